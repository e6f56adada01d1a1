package kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatencyTest {
    @Test
    void percentilesAreNearestRank() {
        long[] nanos = new long[20];
        for (int i = 0; i < 20; i++) {
            nanos[i] = (20 - i) * 1_000_000L; // 20 ms down to 1 ms, unsorted on purpose
        }
        Latency l = Latency.of(nanos);
        assertEquals(20, l.runs());
        assertEquals(10.0, l.p50());
        assertEquals(19.0, l.p95());
    }

    @Test
    void oneRunIsItsOwnPercentiles() {
        Latency l = Latency.of(new long[] {3_500_000L});
        assertEquals(3.5, l.p50());
        assertEquals(3.5, l.p95());
    }
}
