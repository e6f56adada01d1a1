package kg.source;

import java.nio.file.Path;

/** A document as read from disk: where it came from and its text, decoded. */
public record SourceDocument(Path path, String text) {

    /** The file name, which names the document in messages and provenance. */
    public String name() {
        return path.getFileName().toString();
    }
}
