package kg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg rebuild}: recomputes the derived graph from the issue graphs, for a store whose view is in doubt. */
@Command(name = "rebuild", mixinStandardHelpOptions = true, resourceBundle = "kg.cli.ExistingStore",
        description = {"Recompute the store's derived graph (one summary per person, the ties of each pair by "
                + "newsletter, year and basis) from its issue graphs, in one transaction.",
                "Every ingest keeps it up to date for what it changed; this is for a store whose derived graph is in "
                        + "doubt, and what a test compares every ingest against."})
public final class RebuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        try (KgStore kg = KgStore.open(store.existing())) {
            long triples = kg.rebuildDerived();
            out.printf("rebuilt the derived graph of %s: %d triples in %d ms%n", store.store, triples,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        out.flush();
        return Main.OK;
    }
}
