package kg.bench;

/** How long one canned query took at one archive size, and how many rows it answered. */
public record QueryLatency(String query, long rows, Latency latency) {
}
