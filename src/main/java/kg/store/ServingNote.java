package kg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The note a running {@code kg serve} leaves in its store's directory, beside TDB2's lock: the address it serves
 * the store at. TDB2 lets one process at a time open a store, so a command that finds the store locked reads it
 * through that server instead. The note counts only while the process that wrote it is alive and is the one TDB2's
 * lock names: a server killed without a chance to remove it leaves a note nobody follows.
 */
public final class ServingNote {
    static final String FILE = "kg-serve.url";

    private ServingNote() {
    }

    /** Written by the server once it listens; removed by {@link #remove} when it stops. */
    public static void write(Path dir, String url) {
        try {
            Files.writeString(dir.resolve(FILE), ProcessHandle.current().pid() + " " + url + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // without the note, other commands say the store is in use, as they did before there was one
        }
    }

    public static void remove(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException e) {
            // a note left behind is ignored by readers once this process is gone
        }
    }

    /** The address of the live server holding this store, if one does. */
    public static Optional<String> read(Path dir, String lockHolder) {
        String[] note;
        try {
            note = Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8).strip().split(" ", 2);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (note.length != 2 || !note[0].equals(lockHolder) || !note[1].startsWith("http")) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(note[0]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> note[1]);
    }
}
