package kg.source;

import java.nio.file.Path;

/** Reads one kind of document from its bytes; {@link SourceReader} has already checked size and emptiness. */
interface DocumentReader {

    /**
     * The document's text.
     *
     * @throws InputException naming the file and the problem when the bytes are not a readable document
     */
    SourceDocument read(Path file, byte[] bytes);
}
