package kg.bench;

/**
 * The ingest of a run of issues: how much text and how many items and triples, and how long extraction
 * (read to graph) and loading (validate and write) took.
 */
public record IngestBatch(int issues, long chars, long items, long triples, long extractNanos, long loadNanos) {

    IngestBatch plus(long chars, long items, long triples, long extractNanos, long loadNanos) {
        return new IngestBatch(issues + 1, this.chars + chars, this.items + items, this.triples + triples,
                this.extractNanos + extractNanos, this.loadNanos + loadNanos);
    }

    static IngestBatch empty() {
        return new IngestBatch(0, 0, 0, 0, 0, 0);
    }

    public double charsPerSecond() {
        return chars / (extractNanos / 1e9);
    }

    public double itemsPerSecond() {
        return items / (extractNanos / 1e9);
    }

    public double loadTriplesPerSecond() {
        return triples / (loadNanos / 1e9);
    }

    /** Milliseconds of extraction and loading per item. */
    public double millisPerItem() {
        return (extractNanos + loadNanos) / 1e6 / items;
    }
}
