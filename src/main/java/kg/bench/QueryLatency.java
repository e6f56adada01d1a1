package kg.bench;

/**
 * How long one canned query took at one archive size, and how many rows it answered; or why it failed
 * ({@code error} non-null, no latency). {@code answered}: read from the whole answer a server keeps for the store's
 * state ({@link kg.query.Answers}), not computed for the request.
 */
public record QueryLatency(String query, Kind kind, boolean answered, long rows, Latency latency, String error) {

    /** What was asked: a canned query whole (about one thing, or the archive), a page of it, or its streamed dump. */
    public enum Kind {
        /** a query the catalog marks {@code # cost: light}: about one person, item or fact */
        ONE_THING,
        /** an archive-wide query, its whole answer held */
        WHOLE,
        /** the first page of an archive-wide query ({@link Bench#PAGE} rows) */
        FIRST_PAGE,
        /** an archive-wide query's whole answer streamed, row by row, to nowhere */
        STREAM,
        /** the network as a page or a year asks for it */
        NETWORK
    }

    static QueryLatency failed(String query, Kind kind, boolean answered, RuntimeException e) {
        return new QueryLatency(query, kind, answered, -1, new Latency(0, Double.NaN, Double.NaN),
                e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** Rows a second at the median run (streamed dumps). */
    public double rowsPerSecond() {
        return rows / (latency.p50() / 1e3);
    }
}
