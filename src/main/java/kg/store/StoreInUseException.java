package kg.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The store's directory is held by another process (a running server or ingest); TDB2 allows one at a time. When
 * the holder is a {@code kg serve} that left its {@link ServingNote}, {@link #servedAt} says where it answers.
 */
public class StoreInUseException extends RuntimeException {
    private final transient Optional<String> servedAt;

    public StoreInUseException(Path dir, String holder, Optional<String> servedAt, Throwable cause) {
        super(servedAt.map(url -> "store '" + dir + "' is served by kg serve at " + url + " (pid " + holder
                        + "); stop the server to write to the store, then serve it again")
                .orElse("store '" + dir + "' is in use by another process" + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + ", such as a running kg ingest; wait for it to end, stop it, or use another --store"), cause);
        this.servedAt = servedAt;
    }

    /** The base address of the server holding the store, if a kg serve holds it. */
    public Optional<String> servedAt() {
        return servedAt;
    }
}
