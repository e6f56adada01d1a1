package kg.bench;

/**
 * The ingest of a run of issues: how much text and how many items and triples, and how long extraction
 * (read to a validated graph) and loading (write) took.
 */
public record IngestBatch(int issues, long chars, long items, long triples, long extractNanos, long loadNanos) {

    static IngestBatch empty() {
        return new IngestBatch(0, 0, 0, 0, 0, 0);
    }

    IngestBatch plus(IngestBatch b) {
        return new IngestBatch(issues + b.issues, chars + b.chars, items + b.items, triples + b.triples,
                extractNanos + b.extractNanos, loadNanos + b.loadNanos);
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
