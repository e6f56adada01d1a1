package kg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg queries}: lists the canned queries. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = "List the canned queries.")
public final class QueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (CannedQuery q : QueryCatalog.load().all()) {
            out.printf("%-22s %s%n", q.name(), q.title());
            if (!q.description().isEmpty()) {
                out.printf("%-22s   %s%n", "", q.description());
            }
            for (CannedQuery.Parameter p : q.parameters()) {
                out.printf("%-22s   --param %s=<%s>  %s%n", "", p.name(), p.type(), p.description());
            }
            out.printf("%-22s   returns: %s%n", "", String.join(", ", q.columns()));
        }
        out.flush();
        return Main.OK;
    }
}
