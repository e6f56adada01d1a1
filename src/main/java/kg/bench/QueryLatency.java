package kg.bench;

/**
 * How long one canned query took at one archive size, and how many rows it answered; or why it failed
 * ({@code error} non-null, no latency).
 */
public record QueryLatency(String query, long rows, Latency latency, String error) {

    static QueryLatency failed(String query, RuntimeException e) {
        return new QueryLatency(query, -1, new Latency(0, Double.NaN, Double.NaN),
                e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
