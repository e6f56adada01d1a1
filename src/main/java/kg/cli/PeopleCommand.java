package kg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.query.ResultFormat;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg people}: the people the store holds, or, with {@code --doubtful}, the resolutions a curator should
 * look at, each with its evidence and the line for {@code data/people.json} that reverses it.
 */
@Command(name = "people", mixinStandardHelpOptions = true, resourceBundle = "kg.cli.ExistingStore",
        description = {"List the people the store holds (the canned query 'people').",
                "With --doubtful: the uncertain decisions of resolution instead: people joined on thin evidence "
                        + "(possible wrong merges) and people kept apart from one of the same name (possible splits), "
                        + "each with its evidence and a line to add to data/people.json that reverses it the next "
                        + "time that document is ingested."})
public final class PeopleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--doubtful", description = "List the doubtful decisions instead of the people.")
    boolean doubtful;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or csv, tsv, json or table for the query's rows (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        CannedQuery q = QueryCatalog.load().get(doubtful ? "doubtful-people" : "people")
                .orElseThrow(() -> new IllegalStateException("canned query is missing"));
        PrintWriter out = spec.commandLine().getOut();
        try (StoreReader kg = store.reader(spec.commandLine().getErr())) {
            QueryRunner runner = new QueryRunner(kg.target());
            if (!format.equals("text")) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                runner.write(q, Map.of(), ResultFormat.parse(format), buffer);
                out.print(buffer.toString(StandardCharsets.UTF_8));
            } else if (doubtful) {
                int n = runner.select(q, Map.of(), rs -> {
                    int count = 0;
                    while (rs.hasNext()) {
                        printDoubt(out, rs.next());
                        count++;
                    }
                    return count;
                });
                out.printf("%d doubtful decision(s)%n", n);
            } else {
                runner.select(q, Map.of(), rs -> {
                    rs.forEachRemaining(row -> out.printf("%s\t%s\t%s\t%s%n", text(row.get("name")),
                            Boolean.parseBoolean(text(row.get("internal"))) ? "member" : "-", text(row.get("org")),
                            text(row.get("person"))));
                    return null;
                });
            }
        }
        out.flush();
        return Main.OK;
    }

    private static void printDoubt(PrintWriter out, QuerySolution row) {
        boolean apart = text(row.get("outcome")).equals("apart");
        if (apart) {
            out.printf("%s <%s> kept apart from %s <%s>%n", text(row.get("name")), text(row.get("person")),
                    text(row.get("otherName")), text(row.get("other")));
        } else {
            out.printf("%s joined to <%s> on thin evidence%n", text(row.get("name")), text(row.get("person")));
        }
        out.printf("  why: %s%n", text(row.get("reason")));
        out.printf("  in %s, item %s: \"%s\"%n", text(row.get("issue")), text(row.get("item")), text(row.get("evidence")));
        out.printf("  to %s, add to data/people.json: %s%n", apart ? "join them" : "keep them apart", text(row.get("line")));
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
