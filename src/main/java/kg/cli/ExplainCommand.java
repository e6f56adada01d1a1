package kg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg explain}: every fact about a person, work, project … with the item and sentence it came from. */
@Command(name = "explain", mixinStandardHelpOptions = true, resourceBundle = "kg.cli.ExistingStore",
        description = "Print each fact about a resource (an IRI, or a name as printed) with the newsletter item "
                + "and the sentence it came from; for a person, also why a document's mention was taken to be "
                + "them wherever that was decided (joined to someone the store holds, kept apart from a namesake, "
                + "curated, or forms of one name joined).")
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "IRI|NAME", description = "An IRI, or a name as printed (张明远).")
    String subject;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalog catalog = QueryCatalog.load();
        try (StoreReader kg = store.reader(spec.commandLine().getErr())) {
            QueryRunner runner = new QueryRunner(kg.target());
            List<String> subjects = subjects(runner, catalog);
            if (subjects.isEmpty()) {
                throw new IllegalArgumentException("nothing in the store is named or identified by '" + subject + "'");
            }
            CannedQuery explain = query(catalog, "explain");
            for (String s : subjects) {
                out.println(s);
                runner.select(explain, Map.of("subject", s), rs -> {
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        out.printf("  %s %s%n    from %s (%s %s「%s」)%n    \"%s\"%n",
                                text(row.get("what")), text(row.get("fact")), text(row.get("item")),
                                text(row.get("issue")), text(row.get("position")), text(row.get("itemTitle")),
                                text(row.get("evidence")));
                        if (row.get("note") != null) {
                            out.printf("    why: %s%n", text(row.get("note")));
                        }
                    }
                    return null;
                });
            }
        }
        out.flush();
        return Main.OK;
    }

    private List<String> subjects(QueryRunner runner, QueryCatalog catalog) {
        if (subject.matches("^<?https?://.*")) {
            return List.of(subject.replaceAll("^<|>$", ""));
        }
        List<String> found = new ArrayList<>();
        runner.select(query(catalog, "find"), Map.of("name", subject), rs -> {
            rs.forEachRemaining(row -> found.add(row.getResource("subject").getURI()));
            return null;
        });
        return found;
    }

    private static CannedQuery query(QueryCatalog catalog, String name) {
        return catalog.get(name).orElseThrow(() -> new IllegalStateException("canned query " + name + " is missing"));
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
