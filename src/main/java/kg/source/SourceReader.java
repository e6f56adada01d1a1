package kg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a newsletter document of any kind kg knows: the file's extension says which, and its first bytes must
 * not say otherwise. Files over a size limit are refused before they are read, so that a stray archive or
 * video cannot exhaust memory.
 */
public final class SourceReader {
    /** The default limit: the newsletter's PDF with its photographs is a few megabytes. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    /**
     * The default limit on a document's text, in UTF-8 bytes. A document's graph is built, checked and written
     * whole, in memory, and grows with its text (30 MB of text is 8.3 M triples and fits a 2 GB heap, just), so the
     * text is bounded as well as the file: a .docx or PDF of a few megabytes can hold far more text than that.
     */
    public static final long DEFAULT_MAX_TEXT_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;
    private final long maxTextBytes;
    private final Map<SourceFormat, DocumentReader> readers = new EnumMap<>(SourceFormat.class);

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_TEXT_BYTES);
    }

    public SourceReader(long maxBytes, long maxTextBytes) {
        this.maxBytes = maxBytes;
        this.maxTextBytes = maxTextBytes;
        readers.put(SourceFormat.TEXT, new TextReader());
        readers.put(SourceFormat.PDF, new PdfReader());
        readers.put(SourceFormat.HTML, new HtmlReader());
        readers.put(SourceFormat.DOCX, new DocxReader());
    }

    /** Whether a file found in a directory is one to read: its extension names a format kg knows. */
    public static boolean isDocument(Path file) {
        return extension(file).flatMap(SourceFormat::byExtension).isPresent();
    }

    public SourceDocument read(Path path) {
        if (!Files.exists(path)) {
            throw new InputException(path, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(path, "is a directory, not a document");
        }
        Optional<String> extension = extension(path);
        Optional<SourceFormat> named = extension.flatMap(SourceFormat::byExtension);
        if (extension.isPresent() && named.isEmpty()) {
            throw new InputException(path, unknownExtension(extension.get()));
        }
        byte[] bytes = bytes(path);
        if (bytes.length == 0) {
            throw new InputException(path, "is empty (0 bytes)");
        }
        Optional<SourceFormat> shown = Sniffer.format(bytes);
        if (named.isPresent() && shown.isPresent() && named.get() != shown.get()) {
            throw new InputException(path, "is named ." + extension.get() + " but holds a "
                    + shown.get().label() + " document; rename it");
        }
        SourceFormat format = named.or(() -> shown).orElse(SourceFormat.TEXT);
        SourceDocument doc = readers.get(format).read(path, bytes);
        if (doc.text().isBlank()) {
            throw new InputException(path, "has no text (" + doc.readAs() + ")");
        }
        long textBytes = Utf8.length(doc.text());
        if (textBytes > maxTextBytes) {
            throw new InputException(path, String.format(Locale.ROOT,
                    "holds %.1f MB of text, over the %d MB kg ingests from one document (--max-text raises it, "
                            + "and the heap needed with it)", textBytes / 1048576.0, maxTextBytes / 1048576));
        }
        return doc;
    }

    private byte[] bytes(Path path) {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InputException(path, String.format(Locale.ROOT,
                        "is %.1f MB, over the %d MB limit for one document (--max-size raises it)",
                        size / 1048576.0, maxBytes / 1048576));
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(path, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static Optional<String> extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? Optional.empty()
                : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String unknownExtension(String extension) {
        if (extension.equals("doc")) {
            return "is a Word 97-2003 document (.doc); kg reads .docx: save it as .docx";
        }
        return "is of a kind kg does not read (." + extension + "); it reads " + SourceFormat.knownExtensions();
    }
}
