/**
 * The benchmark behind {@code kg bench}: from the bundled issue it builds archives of 1, 10, 100, 1,000 …
 * issues ({@link kg.bench.ArchiveGenerator}: people renamed from a {@link kg.bench.NamePool}, dates, grant
 * codes, links and series shifted, so that every issue is a graph of its own and the graph really grows),
 * ingests them through the real pipeline and store, and measures extraction and load throughput (against
 * Jena's {@code tdb2.tdbloader} on the same N-Quads, {@link kg.bench.ReferenceLoader}), store size, query
 * latency, peak heap, re-ingest time and the cold start of {@code kg serve}. Output: a {@link kg.bench.BenchReport}
 * written as Markdown.
 */
package kg.bench;
