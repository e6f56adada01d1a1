package kg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kg.pipeline.IngestReport;
import kg.pipeline.IngestSummary;
import kg.pipeline.Pipeline;
import kg.pipeline.PreparedDocument;
import kg.resolve.BatchPeople;
import kg.resolve.KnownPeople;
import kg.source.InputException;
import kg.source.SourceReader;
import kg.store.IssueStore;
import kg.store.KgStore;
import kg.store.RemoteGraphStore;
import kg.validate.ValidationException;
import org.apache.jena.http.auth.AuthEnv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg ingest}: reads newsletter documents into the store, one issue graph each.
 *
 * <p>Every document is read and checked before any is written, so that one bad file leaves the store as it
 * was; then each is written in a transaction of its own and reported once it is committed (on a terminal, when
 * the progress bar is done), so that an ingest cut short keeps every document it reported.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read newsletter documents into the store: PDF, Word .docx, an HTML article page, or text "
                + "in UTF-8, UTF-16, GB18030/GBK or Big5 (detected). Directories are searched recursively.",
                "Re-ingesting an issue replaces its graph and nothing else. Every document is checked before any "
                        + "is written: if one cannot be read, each such file is named on standard error, the exit "
                        + "code is 1 and the store is left as it was."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    PeopleOption people;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Write each issue's named graph to this SPARQL 1.1 Graph Store Protocol endpoint (HTTP PUT, "
                    + "so re-ingesting replaces it) instead of the store; for Fuseki, the dataset's URL.")
    String endpoint;

    @Option(names = "--query-endpoint", paramLabel = "URL",
            description = "Where that store answers SPARQL queries, for the people it already holds (default: the "
                    + "--endpoint URL with a last /data, /sparql-graph-crud or /sparql-graph-crud-auth made /sparql, "
                    + "as Fuseki and Virtuoso lay them out).")
    String queryEndpoint;

    @Option(names = "--user", paramLabel = "NAME",
            description = "The user to give the endpoint when it asks (HTTP basic or digest authentication); "
                    + "with --password-file.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is that user's password.")
    Path passwordFile;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "32",
            description = "Refuse documents larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    int maxSizeMb;

    @Option(names = "--max-text", paramLabel = "MB", defaultValue = "32",
            description = "Refuse documents whose text is longer than this many megabytes (UTF-8): a document's "
                    + "graph is held in memory whole, and 30 MB of text needs a 2 GB heap (default: ${DEFAULT-VALUE}).")
    int maxTextMb;

    @Option(names = {"-q", "--quiet"},
            description = "Print only the summary and warnings: no progress bar, no line per document.")
    boolean quiet;

    @Option(names = LibraryLogging.VERBOSE,
            description = "Show what the libraries reading a document say (PDFBox, POI) and the full error behind "
                    + "a refusal; without it, a bad input is one line.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or directories to ingest.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkCredentials();
        List<Path> files = DocumentFiles.expand(inputs);
        Pipeline pipeline = new Pipeline(people.read(), new SourceReader(maxSizeMb * 1024L * 1024L, maxTextMb * 1024L * 1024L));
        IngestSummary summary = new IngestSummary();
        List<PreparedDocument> prepared;
        try (IssueStore target = endpoint != null ? new RemoteGraphStore(endpoint, queryEndpoint()) : KgStore.open(store.store)) {
            KnownPeople archive = endpoint != null ? Pipeline.peopleAt(queryEndpoint())
                    : Pipeline.peopleOf((KgStore) target);
            prepared = prepare(pipeline, files, archive);
            write(pipeline, prepared, target, summary, out);
        }
        List<String> warnings = new ArrayList<>(sameIssueWarnings(prepared));
        warnings.addAll(summary.warnings());
        warnings.forEach(w -> err.println("warning: " + w));
        err.flush();
        out.printf("ingested %d document(s): %d items, %d people, %d works, %d triples, %d warning(s) into %s%n",
                summary.documents(), summary.items(), summary.people(), summary.works(), summary.triples(),
                warnings.size(), endpoint != null ? endpoint : store.store);
        out.flush();
        return Main.OK;
    }

    /**
     * Fuseki answers queries at a dataset's URL, and at {@code …/sparql} beside its {@code …/data}; Virtuoso at
     * {@code …/sparql} beside its {@code …/sparql-graph-crud(-auth)}.
     */
    static String queryEndpoint(String graphStore) {
        return graphStore.replaceFirst("/(data|sparql-graph-crud|sparql-graph-crud-auth)/?$", "/sparql");
    }

    private String queryEndpoint() {
        return queryEndpoint != null ? queryEndpoint : queryEndpoint(endpoint);
    }

    /** Credentials go with an endpoint, and a user with a password: Jena answers the endpoint's challenge with them. */
    private void checkCredentials() {
        if (endpoint == null && (user != null || passwordFile != null || queryEndpoint != null)) {
            throw new ParameterException(spec.commandLine(), "--user, --password-file and --query-endpoint need --endpoint");
        }
        if ((user == null) != (passwordFile == null)) {
            throw new ParameterException(spec.commandLine(), "--user and --password-file go together");
        }
        if (user != null) {
            String password = PasswordFile.read(passwordFile);
            for (String url : List.of(endpoint, queryEndpoint())) {
                AuthEnv.get().registerUsernamePassword(URI.create(url), user, password);
            }
        }
    }

    private void write(Pipeline pipeline, List<PreparedDocument> prepared, IssueStore target, IngestSummary summary,
                       PrintWriter out) {
        try (Progress progress = Progress.start("writing", prepared.size(), quiet, out)) {
            for (PreparedDocument doc : prepared) {
                IngestReport r = pipeline.load(doc, target);
                summary.add(r);
                progress.step(r.file().getFileName().toString());
                if (!quiet) {
                    progress.println(String.format("%s (%s) → graph %s: %d items, %d people, %d works, %d triples",
                            r.file(), r.readAs(), r.issueKey(), r.items(), r.people(), r.works(), r.triples()));
                }
            }
        }
    }

    /**
     * Reads and checks every document, its people resolved against the archive and the batch's earlier
     * documents; if any fails, names each failure and writes nothing.
     */
    private List<PreparedDocument> prepare(Pipeline pipeline, List<Path> files, KnownPeople archive) {
        BatchPeople batch = new BatchPeople();
        KnownPeople known = archive.and(batch);
        List<PreparedDocument> prepared = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        try (Progress progress = Progress.start("reading", files.size(), quiet, spec.commandLine().getOut())) {
            for (Path f : files) {
                try {
                    PreparedDocument doc = pipeline.prepare(f, known);
                    batch.add(doc.doc());
                    prepared.add(doc);
                } catch (InputException | ValidationException e) {
                    failures.add(e);
                }
                progress.step(f.getFileName().toString());
            }
        }
        if (failures.size() > 1) {
            PrintWriter err = spec.commandLine().getErr();
            failures.subList(0, failures.size() - 1).forEach(e -> err.println("kg: " + e.getMessage()));
            err.flush();
        }
        if (!failures.isEmpty()) {
            throw failures.get(failures.size() - 1); // Main prints it, as every error, and exits with 1
        }
        return prepared;
    }

    /** Two documents of one issue: the later replaces the earlier, which the user should know. */
    private static List<String> sameIssueWarnings(List<PreparedDocument> prepared) {
        Map<String, Path> first = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (PreparedDocument d : prepared) {
            Path earlier = first.putIfAbsent(d.doc().issueKey(), d.file());
            if (earlier != null) {
                warnings.add(earlier + " and " + d.file() + " are both issue " + d.doc().issueKey()
                        + "; the graph from " + d.file() + " stands");
            }
        }
        return warnings;
    }
}
