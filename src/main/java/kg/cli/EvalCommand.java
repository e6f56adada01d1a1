package kg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kg.pipeline.Pipeline;
import kg.pipeline.PreparedDocument;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.query.ResultFormat;
import kg.resolve.CuratedPeople;
import kg.source.InputException;
import kg.store.KgStore;
import kg.validate.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg eval}: each document on its own, as a scorer reads it. Every document is ingested alone into an
 * in-memory store of its own, without the curated people file (what is measured is what the text gives), and the
 * contract queries are written as CSV exactly as {@code kg query NAME --format csv} prints them. One JVM for the
 * whole set, so that a development set is scored in seconds, not a JVM start per document and query.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Ingest each document alone into an in-memory store (no curated people) and write the "
                + "contract queries as OUT/<file stem>/<query>.csv, for scoring against gold.",
                "A document that cannot be read or breaks the shapes is named on standard error and gets no "
                        + "folder; the others are still written, and the exit code is then 1."})
public final class EvalCommand implements Callable<Integer> {
    /** The contract queries a scorer reads. */
    static final List<String> CONTRACT = List.of("items", "people", "works", "authorships", "collaborations",
            "events", "awards", "projects");

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where the per-document folders go.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or directories.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        QueryCatalog catalog = QueryCatalog.load();
        List<CannedQuery> queries = CONTRACT.stream().map(n -> catalog.get(n).orElseThrow()).toList();
        Pipeline pipeline = new Pipeline(CuratedPeople.none());
        int failed = 0;
        List<Path> files = DocumentFiles.expand(inputs);
        for (Path file : files) {
            PreparedDocument doc;
            try {
                doc = pipeline.prepare(file);
            } catch (InputException | ValidationException e) {
                err.println("kg: " + e.getMessage());
                failed++;
                continue;
            }
            Path dir = out.resolve(stem(file));
            Files.createDirectories(dir);
            try (KgStore store = KgStore.inMemory()) {
                pipeline.load(doc, store);
                QueryRunner runner = new QueryRunner(store.dataset());
                for (CannedQuery q : queries) {
                    try (OutputStream csv = Files.newOutputStream(dir.resolve(q.name() + ".csv"))) {
                        runner.write(q, Map.of(), ResultFormat.CSV, csv);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            doc.doc().facts().warnings().forEach(w -> err.println("warning: " + file + ": " + w));
        }
        err.flush();
        stdout.printf("evaluated %d of %d document(s) into %s%n", files.size() - failed, files.size(), out);
        stdout.flush();
        return failed == 0 ? Main.OK : Main.INPUT_FAILED;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
