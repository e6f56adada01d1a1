package kg.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** What a run of the benchmark measured, size by size, and the targets it met; written as Markdown. */
public record BenchReport(Machine machine, String baseIssue, int poolSize, List<SizeResult> sizes) {
    private static final double MB = 1024 * 1024;

    public BenchReport {
        sizes = List.copyOf(sizes);
    }

    public Optional<SizeResult> at(int issues) {
        return sizes.stream().filter(s -> s.issues() == issues).findFirst();
    }

    /** The least rows a dump's rate is judged on: a smaller answer's time is its query's, not its rows'. */
    static final int DUMP_ROWS = 1000;

    /** Each target of the benchmark and whether this run met it, missed it, or did not reach its size. */
    public List<Target> targets() {
        List<Target> out = new ArrayList<>();
        Optional<SizeResult> s10 = at(10);
        Optional<SizeResult> s100 = at(100);
        Optional<SizeResult> s1000 = at(1000);
        out.add(s10.isPresent() && s1000.isPresent()
                ? Target.of("ingest cost per item at 1,000 issues ≤ 1.2× that at 10",
                s1000.get().batch().millisPerItem() / s10.get().batch().millisPerItem() <= 1.2,
                fmt("%.2f ms vs %.2f ms: %.2f×", s1000.get().batch().millisPerItem(), s10.get().batch().millisPerItem(),
                        s1000.get().batch().millisPerItem() / s10.get().batch().millisPerItem()))
                : Target.notReached("ingest cost per item at 1,000 issues ≤ 1.2× that at 10"));
        List<SizeResult> tenAndUp = sizes.stream().filter(s -> s.issues() >= 10).toList();
        out.add(tenAndUp.isEmpty() ? Target.notReached("loading at ≥ 1.0× tdb2.tdbloader's rate, derived graph included (10 issues and above)")
                : Target.of("loading at ≥ 1.0× tdb2.tdbloader's rate, derived graph included (10 issues and above)",
                tenAndUp.stream().allMatch(s -> s.loadRatio() >= 1.0),
                String.join(", ", sizes.stream().map(s -> fmt("%.2f× at %d", s.loadRatio(), s.issues())).toList())));
        // A question about one thing is asked of a new thing each time, so it is held to its computed figure; the
        // lists, pages and the network's years are what every visitor asks alike, answered as a server keeps them.
        out.add(queryTarget("every query about one person, item or fact (computed), and the network page (answered), p95 ≤ 50 ms at 1,000 issues", s1000, 50,
                q -> q.kind() == QueryLatency.Kind.ONE_THING || q.query().equals(Bench.NETWORK_PAGE + Bench.ANSWERED)));
        out.add(queryTarget("the first page (" + Bench.PAGE + " rows) of every list, answered, p95 ≤ 100 ms at 1,000 issues", s1000, 100,
                q -> q.kind() == QueryLatency.Kind.FIRST_PAGE && q.answered()));
        out.add(queryTarget("people in full, answered, p95 ≤ 500 ms at 1,000 issues", s1000, 500,
                q -> q.query().equals("people" + Bench.ANSWERED)));
        out.add(queryTarget("the whole faculty's network for one year, answered, p95 ≤ 300 ms at 1,000 issues", s1000, 300,
                q -> q.query().equals(Bench.NETWORK_YEAR + Bench.ANSWERED)));
        String dumps = "every list of " + DUMP_ROWS + " rows or more streamed whole, answered, at ≥ 100,000 rows/s at 1,000 issues";
        out.add(s1000.map(s -> {
            List<QueryLatency> streamed = s.queries().stream().filter(q -> q.kind() == QueryLatency.Kind.STREAM && q.answered()
                    && q.rows() >= DUMP_ROWS).toList();
            List<String> slow = streamed.stream().filter(q -> q.error() != null || q.rowsPerSecond() < 100_000)
                    .map(q -> q.error() != null ? q.query() + " failed" : fmt("%s %.0f rows/s (%d rows)", q.query(), q.rowsPerSecond(), q.rows()))
                    .toList();
            return Target.of(dumps, slow.isEmpty() && !streamed.isEmpty(), slow.isEmpty()
                    ? fmt("slowest %.0f rows/s", streamed.stream().mapToDouble(QueryLatency::rowsPerSecond).min().orElse(0))
                    : "under: " + String.join(", ", slow));
        }).orElse(Target.notReached(dumps)));
        out.add(s1000.map(s -> Target.of("re-ingesting one issue into the 1,000-issue store ≤ 2 s",
                        s.reingestMillis() <= 2000, fmt("%.0f ms", s.reingestMillis())))
                .orElse(Target.notReached("re-ingesting one issue into the 1,000-issue store ≤ 2 s")));
        return out;
    }

    private static Target queryTarget(String what, Optional<SizeResult> size, double millis, Predicate<QueryLatency> which) {
        if (size.isEmpty()) {
            return Target.notReached(what);
        }
        List<QueryLatency> asked = size.get().queries().stream().filter(which).toList();
        List<String> over = asked.stream().filter(q -> q.error() != null || q.latency().p95() > millis)
                .map(q -> q.error() != null ? q.query() + " failed" : fmt("%s %.0f ms", q.query(), q.latency().p95()))
                .toList();
        QueryLatency slowest = asked.stream().filter(q -> q.error() == null)
                .max((a, b) -> Double.compare(a.latency().p95(), b.latency().p95())).orElse(null);
        if (slowest == null) {
            return Target.of(what, false, "no such query ran");
        }
        return Target.of(what, over.isEmpty(), over.isEmpty()
                ? fmt("slowest %s, p95 %.1f ms", slowest.query(), slowest.latency().p95())
                : "over: " + String.join(", ", over));
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Run of ").append(sizes.get(sizes.size() - 1).issues()).append(" issues\n\n");
        md.append("Machine: ").append(machine.summary()).append(".\n");
        md.append(fmt("Archive: variants of `%s`, people named from a pool of %d names per name length.%n%n",
                baseIssue, poolSize));

        md.append("### Ingest\n\n");
        md.append("Extraction is read → normalise → segment → extract → resolve → RDF (ties included) → SHACL "
                + "validation; loading is `KgStore.replaceAll` on those validated issues: one write transaction, or "
                + "TDB2's parallel bulk loader for a batch of new issues at least as large as the store, the derived graph "
                + "(the person summaries) updated in the same load. Ingest cost per item is "
                + "both together. Throughput and cost per item are over the issues that took the archive to this size. Cold start is that of `kg serve` "
                + "until the first answered query: a fresh JVM serving the store, from process start until it has "
                + "answered `GET /api/queries/items`. Re-ingest resolves the issue's people against the archive and writes "
                + "it; the ratio beside it is to reading the same issue to its validated graph as if the archive were "
                + "empty, in the same process.\n\n");
        md.append("| issues | items | quads in store | extraction chars/s | extraction items/s | ingest ms/item | "
                + "store MB | peak heap MB | re-ingest one issue ms | re-ingest ÷ issue alone | cold start ms |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult s : sizes) {
            md.append(fmt("| %d | %d | %d | %.0f | %.1f | %.2f | %.1f | %.0f | %.0f | %.2f× | %.0f |%n", s.issues(),
                    s.total().items(), s.storeQuads(), s.batch().charsPerSecond(), s.batch().itemsPerSecond(),
                    s.batch().millisPerItem(), s.storeBytes() / MB, s.peakHeapBytes() / MB, s.reingestMillis(),
                    s.reingestRatio(), s.coldStartMillis()));
        }
        md.append("\n### Load: the store's path against tdb2.tdbloader\n\n");
        md.append("The same issue quads (every issue graph so far and the ontology): the store's load path over all issues "
                + "ingested so far, derived graph included (its quads are written besides, and not counted in the rate), "
                + "(the graphs validated beforehand, as `kg ingest` validates every document before it "
                + "writes any; TDB2's parallel loader for a new batch), and `tdb2.tdbloader` on their N-Quads into an "
                + "empty database, as its command runs by default (the ratio is against this) and with "
                + "`--loader=parallel`, "
                + "in the same run. Before the first size, every path is run once on twenty issues outside the archive "
                + "(the store's bulk load, a single write, a re-ingest, both reference loaders), so that neither times "
                + "the JIT compiling its code.\n\n");
        md.append("| issues | triples | store's path triples/s | tdb2.tdbloader triples/s | ratio | "
                + "tdb2.tdbloader --loader=parallel triples/s | ratio to it | tdbloader DB MB |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult s : sizes) {
            md.append(fmt("| %d | %d | %.0f | %.0f | %.2f× | %.0f | %.2f× | %.1f |%n", s.issues(), s.total().triples(),
                    s.total().loadTriplesPerSecond(), s.reference().triplesPerSecond(), s.loadRatio(),
                    s.parallel().triplesPerSecond(), s.total().loadTriplesPerSecond() / s.parallel().triplesPerSecond(),
                    s.reference().bytes() / MB));
        }
        md.append("\n### Query latency\n\n");
        md.append("Milliseconds, p50 / p95 (rows), each query run as `kg query` runs it (results copied), after two "
                + "untimed runs, on a heap collected once after the loads (a full GC, as a server opening the store starts "
                + "without the load's garbage); \"(first " + Bench.PAGE + ")\" is the first page of a list (its LIMIT and OFFSET, as the API's "
                + "`limit`/`offset` ask it), \"(streamed whole)\" the whole answer written as CSV row by row, as the API sends a "
                + "dump, with its rate at the median run. \"" + Bench.ANSWERED.strip() + "\": as `kg serve` answers it, from the "
                + "whole answer it keeps for the store's state (`kg.query.Answers`), which the first request after a write "
                + "computes (the figure of the same row without it).\n\n");
        md.append("| query |");
        sizes.forEach(s -> md.append(' ').append(s.issues()).append(" issues |"));
        md.append("\n|---|");
        sizes.forEach(s -> md.append("---:|"));
        md.append('\n');
        Set<String> names = new LinkedHashSet<>();
        sizes.forEach(s -> s.queries().forEach(q -> names.add(q.query())));
        for (String n : names) {
            md.append("| ").append(n).append(" |");
            for (SizeResult s : sizes) {
                md.append(s.queries().stream().filter(q -> q.query().equals(n)).findFirst()
                        .map(q -> q.error() != null ? " failed: " + q.error().replace('|', '/') + " |"
                                : q.kind() == QueryLatency.Kind.STREAM
                                ? fmt(" %.1f / %.1f (%d; %.0f rows/s) |", q.latency().p50(), q.latency().p95(), q.rows(), q.rowsPerSecond())
                                : fmt(" %.1f / %.1f (%d) |", q.latency().p50(), q.latency().p95(), q.rows()))
                        .orElse(" – |"));
            }
            md.append('\n');
        }
        md.append("\n### Targets\n\n");
        for (Target t : targets()) {
            md.append("- ").append(t.verdict()).append(": ").append(t.what()).append(" — ").append(t.detail()).append('\n');
        }
        return md.toString();
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** One target: what it asks, whether the run met it (null: the run did not reach its size), and the figures. */
    public record Target(String what, Boolean met, String detail) {
        static Target of(String what, boolean met, String detail) {
            return new Target(what, met, detail);
        }

        static Target notReached(String what) {
            return new Target(what, null, "not measured at this run's sizes");
        }

        public String verdict() {
            return met == null ? "not reached" : met ? "**met**" : "**missed**";
        }
    }
}
