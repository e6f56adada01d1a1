package kg.bench;

import java.util.Arrays;

/** The median and 95th percentile (nearest rank) of some timings, in milliseconds. */
record Latency(int runs, double p50, double p95) {

    static Latency of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no timings");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(sorted.length, millis(rank(sorted, 0.50)), millis(rank(sorted, 0.95)));
    }

    private static long rank(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
