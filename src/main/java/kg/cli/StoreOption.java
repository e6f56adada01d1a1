package kg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.source.InputException;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the graph shares. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}); created when missing.")
    Path store;

    /** The store directory for a command that only reads: one that is missing is an error, not a new empty store. */
    Path existing() {
        if (!Files.isDirectory(store)) {
            throw new InputException(store, "no store here (run 'kg ingest --store " + store + " FILE…' first)");
        }
        return store;
    }

    /** The existing store for a command that only reads, opened here or read through the kg serve holding it. */
    StoreReader reader(PrintWriter err) {
        return StoreReader.open(existing(), err);
    }
}
