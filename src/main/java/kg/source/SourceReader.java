package kg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a plain-text newsletter document (UTF-8, with or without a byte-order mark). */
public final class SourceReader {

    public SourceDocument read(Path path) {
        if (!Files.exists(path)) {
            throw new InputException(path, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(path, "is a directory, not a document");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(path, "cannot be read (" + e.getMessage() + ")", e);
        }
        String text = decodeUtf8(path, bytes);
        if (text.isBlank()) {
            throw new InputException(path, "is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputException(path, "holds binary data, not text");
        }
        return new SourceDocument(path, text);
    }

    private static String decodeUtf8(Path path, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(path, "is not UTF-8 text", e);
        }
    }
}
