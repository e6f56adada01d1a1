package kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kg.bench.Bench;
import kg.bench.BenchReport;
import kg.bench.VocabularyCost;
import kg.query.QueryCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg bench}: builds archives of 1, 10, 100, 1,000 … issues and reports what ingest and queries cost. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Build archives of 1, 10, 100, 1000 issues (up to --issues) from the bundled issue and report "
                + "extraction and load throughput (against tdb2.tdbloader), store size, p50/p95 of every canned "
                + "query (and of each list's first page and its whole answer streamed), peak heap, re-ingest and cold "
                + "start, with the targets met, as Markdown.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--issues", paramLabel = "N", defaultValue = "1000",
            description = "The largest archive, in issues (default: ${DEFAULT-VALUE}).")
    int issues;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Work directory for the archive's issues, store and N-Quads, kept afterwards "
                    + "(default: a temporary directory, deleted). Must not hold a store yet.")
    Path workDir;

    @Option(names = "--base", paramLabel = "FILE", defaultValue = "data/newsletters/gongzuo-dongtai-2025-1.txt",
            description = "The issue the archive is made from (default: ${DEFAULT-VALUE}).")
    Path base;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Also time the .rq files of this directory (repeatable); they replace built-in queries of the same name.")
    List<Path> extraQueries = new ArrayList<>();

    @Option(names = "--pool", paramLabel = "N", defaultValue = "1500",
            description = "People per name length the archive draws its names from (default: ${DEFAULT-VALUE}).")
    int pool;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20",
            description = "Timed runs of each query at each size (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--vocabularies",
            description = "Instead: over one archive of --issues issues, measure the standard vocabularies written at map "
                    + "time against an RDFS view over kg's terms only (triples, map/validate/load time, std-* query latency).")
    boolean vocabularies;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(base)) {
            throw new IllegalArgumentException(base + ": no such issue to build the archive from (see --base)");
        }
        if (vocabularies) {
            String report = new VocabularyCost(base, issues, pool, runs).run();
            if (out == null) {
                spec.commandLine().getOut().print(report);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(out, report);
            }
            return Main.OK;
        }
        BenchReport report = Bench.create().issues(issues).workDir(workDir).baseIssue(base).poolSize(pool)
                .queryRuns(runs).catalog(QueryCatalog.load(extraQueries)).progress(spec.commandLine().getErr())
                .sizeDone(this::writePartial).build().run();
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(report.toMarkdown());
            w.flush();
        } else {
            Files.writeString(out, report.toMarkdown());
        }
        return Main.OK;
    }

    private void writePartial(BenchReport soFar) {
        if (out != null) {
            try {
                Files.writeString(out, soFar.toMarkdown());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
