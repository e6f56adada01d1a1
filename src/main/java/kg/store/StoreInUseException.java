package kg.store;

import java.nio.file.Path;

/** The store's directory is held by another process (a running server or ingest); TDB2 allows one at a time. */
public class StoreInUseException extends RuntimeException {
    public StoreInUseException(Path dir, String holder, Throwable cause) {
        super("store " + dir + " is in use by another process" + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                + ", such as a running 'kg' server or ingest; stop it or use another --store", cause);
    }
}
