package kg.bench;

import java.util.List;

/**
 * The figures for one archive size.
 *
 * @param issues          issues in the archive
 * @param storeQuads      quads in the store (all issue graphs and the ontology)
 * @param batch           the ingest of the issues that brought the archive to this size
 * @param total           the ingest of every issue so far
 * @param reference       tdb2.tdbloader on the same N-Quads into an empty database, as its command runs by default
 * @param parallel        the same with {@code --loader=parallel}, the loader the store uses
 * @param storeBytes      size of the store's files
 * @param queries         latency of every canned query
 * @param peakHeapBytes   the heap's peak while reaching this size and measuring it (sum of the pools' peaks)
 * @param reingestMillis  median time to re-ingest one issue (read to load) into the store of this size
 * @param aloneMillis     median time to read the same issue to its validated graph as if the archive were empty
 *                        (no resolution against the store, no load): the reference the re-ingest is measured against
 * @param coldStartMillis a fresh JVM serving the store ({@code kg serve}) until it has answered its first query
 */
public record SizeResult(int issues, long storeQuads, IngestBatch batch, IngestBatch total, ReferenceLoad reference,
                         ReferenceLoad parallel, long storeBytes, List<QueryLatency> queries, long peakHeapBytes, double reingestMillis,
                         double aloneMillis, double coldStartMillis) {
    public SizeResult {
        queries = List.copyOf(queries);
    }

    /** Re-ingesting against the archive as a multiple of preparing the issue alone. */
    public double reingestRatio() {
        return reingestMillis / aloneMillis;
    }

    /** The store's own load path (writing validated graphs) as a fraction of the reference's rate. */
    public double loadRatio() {
        return total.loadTriplesPerSecond() / reference.triplesPerSecond();
    }
}
