package kg.source;

import java.nio.file.Path;
import java.util.List;

/** Reads plain text in UTF-8 (with or without a byte-order mark), UTF-16, GB18030/GBK or Big5. */
final class TextReader implements DocumentReader {

    @Override
    public SourceDocument read(Path file, byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes).orElseThrow(() -> new InputException(file,
                TextDecoder.looksBinary(bytes) ? "holds binary data, not text"
                        : "is not text in an encoding kg recognises (UTF-8, UTF-16, GB18030/GBK, Big5)"));
        if (TextDecoder.looksBinary(decoded.text())) {
            throw new InputException(file, "holds binary data, not text");
        }
        return new SourceDocument(file, decoded.text(), SourceFormat.TEXT, decoded.encoding(), List.of());
    }
}
