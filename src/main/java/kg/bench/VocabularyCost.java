package kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kg.extract.Contributor;
import kg.pipeline.Pipeline;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.query.QueryTarget;
import kg.rdf.IssueGraph;
import kg.rdf.Ontology;
import kg.rdf.RdfMapper;
import kg.rdf.StandardTerms;
import kg.resolve.CuratedPeople;
import kg.resolve.ResolvedDocument;
import kg.source.SourceReader;
import kg.store.KgStore;
import kg.validate.GraphValidator;
import kg.validate.ValidGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * {@code kg bench --vocabularies}: the two ways of letting FOAF, schema.org, ORG, BIBO and Dublin Core queries
 * answer, measured in one process over one archive. <em>Map time</em>: the mapper writes the standard terms the
 * ontology aligns kg's with (what kg does). <em>Inferred view</em>: the graph in kg's terms only, queried through
 * Jena's RDFS view ({@link RDFSFactory#graphRDFS}) with the ontology as its vocabulary. For each: triples, the time
 * to map, validate and load the archive into a TDB2 store, and the latency of each {@code std-*} query; the
 * ratios are inferred view ÷ map time. The authorship shortcuts ({@code schema:author}) are written at map time
 * both ways: no RDFS rule derives them from the authorship nodes.
 */
public final class VocabularyCost {
    private static final int WARM_UP_ISSUES = 3;
    private static final long QUERY_BUDGET_NANOS = 20_000_000_000L;

    /** One way's ingest: its triples and how long each step took over the whole archive. */
    record Ingest(long triples, long mapNanos, long validateNanos, long loadNanos, long storeBytes) {
        double triplesPerSecond() {
            return triples / ((mapNanos + validateNanos + loadNanos) / 1e9);
        }
    }

    /** One std query: its latency and rows at map time and through the view. */
    record Timing(String query, Latency mapped, long mappedRows, Latency viewed, long viewedRows) {
    }

    private final Path baseIssue;
    private final int issues;
    private final int poolSize;
    private final int runs;

    public VocabularyCost(Path baseIssue, int issues, int poolSize, int runs) {
        if (issues < 1) {
            throw new IllegalArgumentException("--issues must be at least 1, not " + issues);
        }
        this.baseIssue = baseIssue;
        this.issues = issues;
        this.poolSize = poolSize;
        this.runs = Math.max(1, runs);
    }

    /** Runs the measurement in a temporary directory and returns the report as Markdown. */
    public String run() {
        try {
            Path dir = Files.createTempDirectory("kg-vocab-bench");
            try {
                return measure(dir);
            } finally {
                Bench.deleteTree(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String measure(Path dir) throws IOException {
        Pipeline pipeline = new Pipeline(new CuratedPeople(List.of()));
        ResolvedDocument base = pipeline.resolve(baseIssue);
        ArchiveGenerator generator = ArchiveGenerator.of(new SourceReader().read(baseIssue).text(), base, poolSize);
        List<ResolvedDocument> docs = new ArrayList<>();
        for (int k = 0; k < issues + WARM_UP_ISSUES; k++) {
            Path file = dir.resolve(String.format("issue-%05d.txt", k));
            Files.writeString(file, generator.issue(k));
            docs.add(pipeline.resolve(file));
        }
        List<ResolvedDocument> warmUp = docs.subList(issues, docs.size());
        List<ResolvedDocument> archive = docs.subList(0, issues);
        RdfMapper kgOnly = new RdfMapper(StandardTerms.none());
        RdfMapper standard = new RdfMapper();
        GraphValidator validator = new GraphValidator();
        for (RdfMapper m : List.of(kgOnly, standard)) {
            try (KgStore scratch = KgStore.open(dir.resolve("warm-up"))) {
                ingest(m, validator, warmUp, scratch, dir.resolve("warm-up"));
            }
            Bench.deleteTree(dir.resolve("warm-up"));
        }
        // each way twice, in the order A B B A, the faster run kept: neither gains from going second
        Ingest plainIngest = ingestInto(kgOnly, validator, archive, dir.resolve("kg-only-1"));
        Ingest mappedIngest = ingestInto(standard, validator, archive, dir.resolve("mapped-1"));
        mappedIngest = faster(mappedIngest, ingestInto(standard, validator, archive, dir.resolve("mapped")));
        plainIngest = faster(plainIngest, ingestInto(kgOnly, validator, archive, dir.resolve("kg-only")));
        try (KgStore plain = KgStore.open(dir.resolve("kg-only")); KgStore mapped = KgStore.open(dir.resolve("mapped"))) {
            Graph view = RDFSFactory.graphRDFS(plain.dataset().asDatasetGraph().getUnionGraph(), RDFSFactory.setupRDFS(Ontology.graph()));
            Dataset inferred = DatasetFactory.wrap(DatasetGraphFactory.wrap(view));
            Map<String, String> params = Map.of("person", generator.rename(mostCredited(base), 0),
                    "organisation", base.orgs().publisher().name());
            List<Timing> timings = new ArrayList<>();
            for (CannedQuery q : QueryCatalog.load().all()) {
                if (q.name().startsWith("std-")) {
                    Map<String, String> bound = new LinkedHashMap<>();
                    q.parameters().forEach(p -> bound.put(p.name(), params.get(p.name())));
                    long[] mappedRows = new long[1];
                    long[] viewedRows = new long[1];
                    Latency a = time(new QueryRunner(mapped.dataset()), q, bound, mappedRows);
                    Latency b = time(new QueryRunner(QueryTarget.local(inferred)), q, bound, viewedRows);
                    timings.add(new Timing(q.name(), a, mappedRows[0], b, viewedRows[0]));
                }
            }
            return markdown(plainIngest, mappedIngest, timings);
        }
    }

    private static Ingest ingestInto(RdfMapper mapper, GraphValidator validator, List<ResolvedDocument> docs, Path dir) {
        try (KgStore store = KgStore.open(dir)) {
            return ingest(mapper, validator, docs, store, dir);
        }
    }

    private static Ingest faster(Ingest a, Ingest b) {
        return a.mapNanos() + a.validateNanos() + a.loadNanos() <= b.mapNanos() + b.validateNanos() + b.loadNanos() ? a : b;
    }

    /** The person credited with the most works of the issue: the one whose works and co-authors say most. */
    private static String mostCredited(ResolvedDocument base) {
        return base.facts().items().stream().flatMap(f -> f.works().stream()).flatMap(w -> w.contributors().stream())
                .collect(Collectors.groupingBy(Contributor::name, TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException(base.issueKey() + " credits no one with a work"));
    }

    private static Ingest ingest(RdfMapper mapper, GraphValidator validator, List<ResolvedDocument> docs, KgStore store, Path dir) {
        long t0 = System.nanoTime();
        List<IssueGraph> graphs = docs.stream().map(mapper::map).toList();
        long t1 = System.nanoTime();
        List<ValidGraph> valid = graphs.stream().map(validator::validate).toList();
        long t2 = System.nanoTime();
        long triples = store.replaceAll(valid);
        long t3 = System.nanoTime();
        return new Ingest(triples, t1 - t0, t2 - t1, t3 - t2, DirectorySize.of(dir));
    }

    private Latency time(QueryRunner runner, CannedQuery q, Map<String, String> params, long[] rows) {
        rows[0] = runner.select(q, params, rs -> (long) rs.size()); // untimed: warms the query and the caches
        List<Long> nanos = new ArrayList<>();
        long spent = 0;
        while (nanos.size() < runs && spent < QUERY_BUDGET_NANOS) {
            long t0 = System.nanoTime();
            runner.select(q, params, rs -> (long) rs.size());
            long t = System.nanoTime() - t0;
            nanos.add(t);
            spent += t;
        }
        return Latency.of(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    private String markdown(Ingest plain, Ingest mapped, List<Timing> timings) {
        StringBuilder md = new StringBuilder();
        md.append(fmt("## Standard vocabularies: map time against an RDFS view, %d issues%n%n", issues));
        md.append(fmt("Machine: %s. Archive: variants of `%s`, as `kg bench` makes them. Map time is what kg does; "
                + "the inferred view is Jena's `RDFSFactory.graphRDFS` over the union of the graphs in kg's terms only, "
                + "with `ontology/kg.ttl` as its vocabulary. Ratio: map time ÷ kg's terms only for ingest, inferred "
                + "view ÷ map time for queries.%n%n", Machine.describe().summary(), baseIssue.getFileName()));
        md.append("| | kg's terms only (for the view) | with the standard terms (map time) | ratio |\n|---|---:|---:|---:|\n");
        md.append(fmt("| triples | %d | %d | %.2f× |%n", plain.triples(), mapped.triples(), (double) mapped.triples() / plain.triples()));
        md.append(fmt("| triples per issue | %.0f | %.0f | |%n", (double) plain.triples() / issues, (double) mapped.triples() / issues));
        md.append(row("map ms", plain.mapNanos(), mapped.mapNanos()));
        md.append(row("SHACL validation ms", plain.validateNanos(), mapped.validateNanos()));
        md.append(row("load ms", plain.loadNanos(), mapped.loadNanos()));
        long plainTotal = plain.mapNanos() + plain.validateNanos() + plain.loadNanos();
        long mappedTotal = mapped.mapNanos() + mapped.validateNanos() + mapped.loadNanos();
        md.append(row("map + validate + load ms", plainTotal, mappedTotal));
        md.append(fmt("| triples/s (map + validate + load) | %.0f | %.0f | %.2f× |%n", plain.triplesPerSecond(),
                mapped.triplesPerSecond(), mapped.triplesPerSecond() / plain.triplesPerSecond()));
        md.append(fmt("| store MB | %.1f | %.1f | %.2f× |%n%n", plain.storeBytes() / 1048576.0, mapped.storeBytes() / 1048576.0,
                (double) mapped.storeBytes() / plain.storeBytes()));
        md.append("| query | map time p50 / p95 ms (rows) | inferred view p50 / p95 ms (rows) | ratio of p50 |\n|---|---:|---:|---:|\n");
        for (Timing t : timings) {
            md.append(fmt("| %s | %.1f / %.1f (%d) | %.1f / %.1f (%d) | %.1f× |%n", t.query(), t.mapped().p50(), t.mapped().p95(),
                    t.mappedRows(), t.viewed().p50(), t.viewed().p95(), t.viewedRows(), t.viewed().p50() / t.mapped().p50()));
        }
        return md.toString();
    }

    private static String row(String what, long plainNanos, long mappedNanos) {
        return fmt("| %s | %.0f | %.0f | %.2f× |%n", what, plainNanos / 1e6, mappedNanos / 1e6, (double) mappedNanos / plainNanos);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
