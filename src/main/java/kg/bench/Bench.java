package kg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import kg.extract.ItemFacts;
import kg.extract.PersonMention;
import kg.bench.QueryLatency.Kind;
import kg.pipeline.Pipeline;
import kg.query.ResultFormat;
import org.apache.jena.query.QueryFactory;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.query.Answers;
import kg.query.QueryRunner;
import kg.rdf.KG;
import kg.resolve.CuratedPeople;
import kg.resolve.ResolvedDocument;
import kg.source.SourceReader;
import kg.store.KgStore;
import kg.validate.OntologyResources;
import kg.validate.ValidGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Builds archives of 1, 10, 100, 1,000 … issues (up to the number asked for) from the bundled issue and
 * measures, at each size: extraction and load throughput, the reference loader on the same N-Quads, store
 * size, the latency of every canned query (and of the network query as its page asks it), peak heap, re-ingest
 * of one issue and the cold start of {@code kg serve}.
 *
 * <p>The archive grows in one store: the issues that take it from one size to the next are ingested
 * through the store's real load path, so "per item at 1,000" is the cost of adding items to a large archive.
 * Before anything is timed, a few issues go through the whole path into a throw-away store so that the
 * first size does not pay for the JIT.
 */
public final class Bench {
    static final int[] LADDER = {1, 10, 100, 1000, 10000};
    /** The network query as the network page opens it: the newest newsletter's latest year. */
    public static final String NETWORK_PAGE = "network (page: newest newsletter, latest year)";
    public static final String NETWORK_YEAR = "network (whole faculty, latest year)";
    /** The rows a screen shows: the first page of a list. */
    public static final int PAGE = 50;
    /** The label's end of a query answered from the answers a server keeps, not computed for the request. */
    public static final String ANSWERED = " — answered";
    private static final int WARM_UP_ISSUES = 20;
    private static final int REINGEST_RUNS = 3;
    private static final int WARM_UP_QUERY_RUNS = 2;
    private static final long QUERY_BUDGET_NANOS = 20_000_000_000L;

    private final Path baseIssue;
    private final Path workDir;
    private final int issues;
    private final int poolSize;
    private final int queryRuns;
    private final QueryCatalog catalog;
    private final PrintWriter progress;
    private final Consumer<BenchReport> sizeDone;

    private Bench(Builder b) {
        this.baseIssue = b.baseIssue;
        this.workDir = b.workDir;
        this.issues = b.issues;
        this.poolSize = b.poolSize;
        this.queryRuns = b.queryRuns;
        this.catalog = b.catalog;
        this.progress = b.progress;
        this.sizeDone = b.sizeDone;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The archive sizes measured for {@code n} issues: the ladder's steps below n, and n. */
    static List<Integer> sizes(int n) {
        TreeSet<Integer> s = new TreeSet<>();
        Arrays.stream(LADDER).filter(x -> x < n).forEach(s::add);
        s.add(n);
        return List.copyOf(s);
    }

    public BenchReport run() {
        try {
            if (workDir != null) {
                return measure(workDir);
            }
            Path dir = Files.createTempDirectory("kg-bench");
            try {
                return measure(dir);
            } finally {
                deleteTree(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BenchReport measure(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path issueDir = Files.createDirectories(workDir.resolve("issues"));
        Path storeDir = workDir.resolve("store");
        Path nquads = workDir.resolve("archive.nq");
        if (Files.exists(storeDir)) {
            throw new IllegalArgumentException(storeDir + ": already exists; the benchmark needs a fresh work directory");
        }
        Pipeline pipeline = new Pipeline(new CuratedPeople(List.of()));
        String baseText = new SourceReader().read(baseIssue).text();
        ResolvedDocument base = pipeline.resolve(baseIssue);
        ArchiveGenerator generator = ArchiveGenerator.of(baseText, base, poolSize);
        warmUp(pipeline, generator, issueDir, workDir);
        progress.printf("bench: %d issue(s) from %s, work directory %s%n", issues, baseIssue, workDir);
        progress.flush();
        String samplePerson = generator.rename(mostMentioned(base), 0);

        List<SizeResult> results = new ArrayList<>();
        IngestBatch total = IngestBatch.empty();
        KgStore store = KgStore.open(storeDir);
        try (OutputStream nq = Files.newOutputStream(nquads)) {
            StreamRDF quads = StreamRDFWriter.getWriterStream(nq, RDFFormat.NQUADS);
            quads.start();
            write(quads, KgStore.ONTOLOGY_GRAPH, OntologyResources.ontology());
            int next = 0;
            // each size's new issues are read, then written as one batch: the store's path for many issues
            for (int size : sizes(issues)) {
                resetPeakHeap();
                long chars = 0;
                long items = 0;
                long t0 = System.nanoTime();
                List<ValidGraph> graphs = new ArrayList<>();
                for (int k = next; k < size; k++) {
                    Path file = issueDir.resolve(String.format("issue-%05d.txt", k));
                    String text = generator.issue(k);
                    Files.writeString(file, text);
                    ResolvedDocument doc = pipeline.resolve(file);
                    graphs.add(pipeline.validGraph(doc));
                    chars += text.length();
                    items += doc.facts().items().size();
                }
                long t1 = System.nanoTime();
                long triples = store.replaceAll(graphs);
                long t2 = System.nanoTime();
                graphs.forEach(g -> write(quads, g.issue().graphName(), g.issue().graph()));
                graphs.clear();
                IngestBatch batch = new IngestBatch(size - next, chars, items, triples, t1 - t0, t2 - t1);
                next = size;
                total = total.plus(batch);
                quads.finish();
                nq.flush();
                quads.start();
                ReferenceLoad reference = referenceLoad(nquads, workDir.resolve("reference-" + size), null);
                ReferenceLoad parallel = referenceLoad(nquads, workDir.resolve("reference-" + size), "parallel");
                // the queries are timed, not the collection of what the loads left: a server serving this store
                // starts without the batch's graphs and the reference loaders' garbage on its heap
                System.gc();
                SampleBindings samples = samples(store, samplePerson);
                List<QueryLatency> latencies = new ArrayList<>();
                QueryRunner runner = new QueryRunner(store.dataset());
                for (CannedQuery q : catalog.all()) {
                    latencies.add(time(runner, q, samples.bind(q), q.name(), q.light() ? Kind.ONE_THING : Kind.WHOLE));
                }
                for (CannedQuery q : catalog.all()) {
                    if (!q.light() && QueryFactory.create(q.sparql()).hasOrderBy()) {
                        latencies.add(time(runner, q, samples.bind(q), q.name() + " (first " + PAGE + ")", Kind.FIRST_PAGE));
                        latencies.add(time(runner, q, samples.bind(q), q.name() + " (streamed whole)", Kind.STREAM));
                    }
                }
                Map<String, String> page = catalog.get("network").map(q -> networkPage(runner)).orElse(null);
                catalog.get("network").ifPresent(q -> {
                    latencies.add(time(runner, q, page, NETWORK_PAGE, Kind.NETWORK));
                    latencies.add(time(runner, q, networkYear(page), NETWORK_YEAR, Kind.NETWORK));
                });
                // as a server answers them: the first request after a write computes the answer (the figures
                // above), the rest read it from memory
                QueryRunner answering = runner.answering(Answers.forHeap());
                for (CannedQuery q : catalog.all()) {
                    if (!q.light() && QueryFactory.create(q.sparql()).hasOrderBy()) {
                        latencies.add(time(answering, q, samples.bind(q), q.name() + ANSWERED, Kind.WHOLE));
                        latencies.add(time(answering, q, samples.bind(q), q.name() + " (first " + PAGE + ")" + ANSWERED, Kind.FIRST_PAGE));
                        latencies.add(time(answering, q, samples.bind(q), q.name() + " (streamed whole)" + ANSWERED, Kind.STREAM));
                    }
                }
                catalog.get("network").ifPresent(q -> {
                    latencies.add(time(answering, q, page, NETWORK_PAGE + ANSWERED, Kind.NETWORK));
                    latencies.add(time(answering, q, networkYear(page), NETWORK_YEAR + ANSWERED, Kind.NETWORK));
                });
                double reingest = reingest(pipeline, store, issueDir.resolve("issue-00000.txt"));
                double alone = preparedAlone(pipeline, issueDir.resolve("issue-00000.txt"));
                long storeQuads = quadCount(store);
                release(store);
                double coldStart = ColdStart.measure(storeDir, workDir, total.items());
                store = KgStore.open(storeDir);
                SizeResult r = new SizeResult(size, storeQuads, batch, total, reference, parallel, DirectorySize.of(storeDir),
                        latencies, peakHeap(), reingest, alone, coldStart);
                results.add(r);
                sizeDone.accept(new BenchReport(Machine.describe(), baseIssue.getFileName().toString(), poolSize, results));
                progress.printf("bench: %d issue(s): %.0f chars/s, %.2f ms/item, load %.2f× tdb2.tdbloader, "
                                + "slowest query p95 %.1f ms%n", size, batch.charsPerSecond(), batch.millisPerItem(),
                        r.loadRatio(), latencies.stream().filter(l -> l.error() == null).mapToDouble(l -> l.latency().p95()).max().orElse(0));
                progress.flush();
            }
            quads.finish();
        } finally {
            release(store);
        }
        return new BenchReport(Machine.describe(), baseIssue.getFileName().toString(), poolSize, results);
    }

    /**
     * Runs every measured path once on issues far beyond the archive, so that what is measured shares nothing with
     * them: the pipeline, the store's bulk load and single writes, and both reference loaders. Without it the first
     * sizes time the JIT compiling the loaders' code, and the reference, run after the store's path, would find it
     * compiled.
     */
    private void warmUp(Pipeline pipeline, ArchiveGenerator generator, Path issueDir, Path workDir) throws IOException {
        Path dir = Files.createDirectories(workDir.resolve("warm-up"));
        List<ValidGraph> graphs = new ArrayList<>();
        for (int i = 0; i < WARM_UP_ISSUES; i++) {
            Path file = issueDir.resolve("warm-up-" + i + ".txt");
            Files.writeString(file, generator.issue(issues + ArchiveGenerator.ISSUES_PER_SERIES * (i + 1)));
            graphs.add(pipeline.validGraph(pipeline.resolve(file)));
            Files.delete(file);
        }
        try (KgStore scratch = KgStore.open(dir.resolve("store"))) {
            scratch.replaceAll(graphs.subList(1, graphs.size()));
            scratch.replaceAll(graphs.subList(0, 1));
            scratch.replaceAll(graphs.subList(0, 1));
        }
        Path nquads = dir.resolve("warm-up.nq");
        try (OutputStream nq = Files.newOutputStream(nquads)) {
            StreamRDF quads = StreamRDFWriter.getWriterStream(nq, RDFFormat.NQUADS);
            quads.start();
            graphs.forEach(g -> write(quads, g.issue().graphName(), g.issue().graph()));
            quads.finish();
        }
        referenceLoad(nquads, dir.resolve("reference"), null);
        referenceLoad(nquads, dir.resolve("reference"), "parallel");
        deleteTree(dir);
    }

    /** {@link ReferenceLoader#load} into a database that is deleted once measured. */
    private static ReferenceLoad referenceLoad(Path nquads, Path dir, String loader) throws IOException {
        ReferenceLoad load = ReferenceLoader.load(nquads, dir, loader);
        deleteTree(dir);
        return load;
    }

    private static String mostMentioned(ResolvedDocument base) {
        return base.facts().items().stream().map(ItemFacts::people).flatMap(List::stream).map(PersonMention::name)
                .collect(java.util.stream.Collectors.groupingBy(Function.identity(), java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseThrow(() -> new IllegalStateException(base.issueKey() + " names nobody"));
    }

    /** A person of issue 0 (so of every size) and the archive's bounds: its issues go back from 2025 to 2000. */
    private static SampleBindings samples(KgStore store, String name) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        String iri = Txn.calculateRead(dsg, () -> {
            var it = dsg.find(Node.ANY, Node.ANY, KG.name.asNode(), NodeFactory.createLiteralString(name));
            return it.hasNext() ? it.next().getSubject().getURI() : KG.DATA + "person/none";
        });
        return new SampleBindings(iri, name, "2000-01-01", "2025-12-31", 2025);
    }

    /** What the network page asks first: the first newsletter of the series query, in its last year. */
    private Map<String, String> networkPage(QueryRunner runner) {
        CannedQuery series = catalog.get("series").orElseThrow(() -> new IllegalStateException("canned query series is missing"));
        return runner.select(series, Map.of(), rs -> {
            var first = rs.next();
            String year = first.getLiteral("last").getLexicalForm();
            return Map.of("series", first.getLiteral("series").getLexicalForm(), "from", year, "to", year);
        });
    }

    /** The whole faculty's network in the page's year: every newsletter. */
    private static Map<String, String> networkYear(Map<String, String> page) {
        return Map.of("from", page.get("to"), "to", page.get("to"));
    }

    /** Times a query; a query that fails is reported as failed, so one broken query does not lose a long run. */
    private QueryLatency time(QueryRunner runner, CannedQuery q, Map<String, String> params, String label, Kind kind) {
        boolean answered = label.endsWith(ANSWERED);
        try {
            return timeOrFail(runner, q, params, label, kind, answered);
        } catch (RuntimeException e) {
            return QueryLatency.failed(label, kind, answered, e);
        }
    }

    /**
     * One run as the kind asks: the whole answer copied (as {@code kg query} runs it), its first page, or the whole
     * answer streamed as CSV to nowhere (as the API sends a dump); its rows.
     */
    private static long run(QueryRunner runner, CannedQuery q, Map<String, String> params, Kind kind) {
        return switch (kind) {
            case FIRST_PAGE -> runner.select(q, params, new QueryRunner.Window(0, PAGE), rs -> (long) rs.size());
            case STREAM -> runner.stream(q, params, ResultFormat.CSV, OutputStream.nullOutputStream());
            default -> runner.select(q, params, rs -> (long) rs.size());
        };
    }

    private QueryLatency timeOrFail(QueryRunner runner, CannedQuery q, Map<String, String> params, String label, Kind kind,
                                    boolean answered) {
        long rows = 0;
        for (int i = 0; i < WARM_UP_QUERY_RUNS; i++) {
            long t0 = System.nanoTime();
            rows = run(runner, q, params, kind);
            if (System.nanoTime() - t0 > QUERY_BUDGET_NANOS / 10) {
                break; // a slow query is warm after one run
            }
        }
        List<Long> nanos = new ArrayList<>();
        long spent = 0;
        while (nanos.size() < queryRuns && (nanos.size() < 3 ? spent < QUERY_BUDGET_NANOS : spent < QUERY_BUDGET_NANOS / 2)) {
            long t0 = System.nanoTime();
            run(runner, q, params, kind);
            long t = System.nanoTime() - t0;
            nanos.add(t);
            spent += t;
        }
        return new QueryLatency(label, kind, answered, rows, Latency.of(nanos.stream().mapToLong(Long::longValue).toArray()), null);
    }

    private static double reingest(Pipeline pipeline, KgStore store, Path issue) {
        long[] nanos = new long[REINGEST_RUNS];
        for (int i = 0; i < REINGEST_RUNS; i++) {
            long t0 = System.nanoTime();
            pipeline.ingest(issue, store);
            nanos[i] = System.nanoTime() - t0;
        }
        return Latency.of(nanos).p50();
    }

    /** The same issue read to its validated graph with nothing to resolve against and nothing written. */
    private static double preparedAlone(Pipeline pipeline, Path issue) {
        long[] nanos = new long[REINGEST_RUNS];
        for (int i = 0; i < REINGEST_RUNS; i++) {
            long t0 = System.nanoTime();
            pipeline.prepare(issue);
            nanos[i] = System.nanoTime() - t0;
        }
        return Latency.of(nanos).p50();
    }

    private static long quadCount(KgStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var graphs = dsg.listGraphNodes();
            while (graphs.hasNext()) {
                n += dsg.getGraph(graphs.next()).size();
            }
            return n;
        });
    }

    /** Closes the store and lets go of its files, so that another JVM may open it. */
    private static void release(KgStore store) {
        TDBInternal.expel(store.dataset().asDatasetGraph());
        store.close();
    }

    private static void write(StreamRDF out, Node graphName, Graph g) {
        g.find().forEach(t -> out.quad(Quad.create(graphName, t)));
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Options of a run; every one has a default. */
    public static final class Builder {
        private Path baseIssue = Path.of("data/newsletters/gongzuo-dongtai-2025-1.txt");
        private Path workDir;
        private int issues = 1000;
        private int poolSize = 1500;
        private int queryRuns = 20;
        private QueryCatalog catalog;
        private PrintWriter progress = new PrintWriter(OutputStream.nullOutputStream());
        private Consumer<BenchReport> sizeDone = r -> { };

        /** The real issue the archive is made from. */
        public Builder baseIssue(Path p) {
            this.baseIssue = p;
            return this;
        }

        /**
         * Where the issues, the store, the N-Quads and the reference databases go, kept afterwards; must hold no
         * store yet. Without one, the run uses a temporary directory and deletes it.
         */
        public Builder workDir(Path p) {
            this.workDir = p;
            return this;
        }

        /** The largest archive, in issues. */
        public Builder issues(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("--issues must be at least 1, not " + n);
            }
            this.issues = n;
            return this;
        }

        /** How many people (of each name length) the archive's issues draw their names from. */
        public Builder poolSize(int n) {
            this.poolSize = n;
            return this;
        }

        /** Timed runs of each query at each size (fewer once a query has taken 20 s). */
        public Builder queryRuns(int n) {
            this.queryRuns = Math.max(1, n);
            return this;
        }

        /** The queries to time; the canned queries built into kg unless said otherwise. */
        public Builder catalog(QueryCatalog c) {
            this.catalog = c;
            return this;
        }

        /** Where a line goes as each size is done. */
        public Builder progress(PrintWriter w) {
            this.progress = w;
            return this;
        }

        /** Gets the report so far each time a size is done, so a long run leaves figures even if it is stopped. */
        public Builder sizeDone(Consumer<BenchReport> c) {
            this.sizeDone = c;
            return this;
        }

        public Bench build() {
            if (catalog == null) {
                catalog = QueryCatalog.load();
            }
            return new Bench(this);
        }
    }
}
