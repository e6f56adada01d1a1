package kg.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A document as read from disk: where it came from, its text as lines and paragraphs, and how it was read.
 *
 * @param path        the file
 * @param text        the text in reading order, one line or paragraph per line; page furniture removed where the
 *                    format tells it apart (PDF, Word), links that were only annotations written out in place
 * @param format      the kind of document it was read as
 * @param encoding    the character encoding the bytes were decoded with (text and HTML), null for binary formats
 * @param pageHeaders the running headers taken off the pages, in order, each once; they name the issue
 */
public record SourceDocument(Path path, String text, SourceFormat format, String encoding, List<String> pageHeaders) {
    public SourceDocument {
        pageHeaders = List.copyOf(pageHeaders);
    }

    /** UTF-8 text as it stands, with no page headers taken off. */
    public SourceDocument(Path path, String text) {
        this(path, text, SourceFormat.TEXT, "UTF-8", List.of());
    }

    /** The file name, which names the document in messages and provenance. */
    public String name() {
        return path.getFileName().toString();
    }

    /** How the document was read, for the user: {@code PDF}, {@code text, GB18030}. */
    public String readAs() {
        return encoding == null ? format.label() : format.label() + ", " + encoding;
    }
}
