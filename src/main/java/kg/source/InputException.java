package kg.source;

import java.nio.file.Path;

/** Input that cannot be read as a newsletter document; the message names the file and the problem. */
public class InputException extends RuntimeException {
    private final transient Path file;

    public InputException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public InputException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
