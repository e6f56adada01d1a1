package kg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the graph shares. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}); created when missing.")
    Path store;
}
