package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.testkit.BundledStore;
import kg.testkit.Jar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen clients asking for an ORDER BY over a cross join at once, against {@code kg serve} on the bundled issue:
 * the server runs a few, refuses the rest at once with 503 and Retry-After, keeps answering a cheap canned query
 * about as fast as when idle, and its heap comes back once they are done. One run, figures compared within it.
 */
class QueryAdmissionIT {
    private static final String HEAVY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    @TempDir
    static Path dir;

    static ServerProcess server;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        server = ServerProcess.serve(Jar.AS_SHIPPED, "--store", BundledStore.copyTo(dir.resolve("store")).toString(), "--timeout", "10");
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCheapRequestStaysFastWhileHeavyOnesAreRefusedOrRunAndTheHeapComesBack() throws Exception {
        double machineLoad = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        String cheap = "api/queries/find?name=" + Http.enc("陈德亮");
        assertEquals(200, http.get(cheap).statusCode());
        p95(http, cheap, 30);
        double idle = p95(http, cheap, 200);
        long heapBefore = heapUsedAfterGc();

        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, String> retryAfter = new ConcurrentHashMap<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    HttpResponse<String> r = http.postForm("kg/sparql", Map.of("query", HEAVY), null, null);
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    r.headers().firstValue("Retry-After").ifPresent(v -> retryAfter.put("seen", v));
                    if (r.statusCode() == 503) {
                        sleep(200);
                    }
                }
            }, "heavy-" + i);
            t.start();
            clients.add(t);
        }
        sleep(1500);
        double loaded = p95(http, cheap, 200);
        running.set(false);
        for (Thread t : clients) {
            t.join(60_000);
        }
        long heapAfter = heapUsedAfterGc();

        String report = String.format(Locale.ROOT, "cheap request p95: idle %.1f ms, while 16 clients ask for heavy queries "
                        + "%.1f ms (%.2f×); heavy answers by status %s; server heap used after GC: %d MB before, %d MB after; "
                        + "machine load average %.1f on %d cores before the run%n",
                idle, loaded, loaded / idle, statuses, heapBefore >> 20, heapAfter >> 20, machineLoad, cores);
        System.out.print(report);
        Files.writeString(Path.of("target", "admission.txt"), report);
        assertTrue(statuses.getOrDefault(503, 0) > 0, "excess heavy queries are refused: " + statuses);
        assertEquals("5", retryAfter.get("seen"), "a refusal says when to retry");
        // 200 requests each: the 95th percentile of 60 was the third slowest, and one young collection more or less
        // moved it between 2× and 3.4× on two cores; over 200 it stayed within 1.5-1.9× in six runs. On a machine
        // already running more than twice as many processes as it has cores (seen: load 9 on two cores, 4.5-6.8×)
        // the ratio measures the machine, not the server's lanes, so there it is reported and not asserted.
        if (machineLoad <= 2.0 * cores) {
            assertTrue(loaded <= 3 * idle, report);
        }
        assertTrue(heapAfter <= heapBefore + (512L << 20), report);
    }

    /** The 95th percentile, in milliseconds, of {@code n} requests one after the other. */
    private static double p95(Http http, String path, int n) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            assertEquals(200, http.get(path).statusCode());
            nanos[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(nanos);
        return nanos[(int) Math.ceil(0.95 * n) - 1] / 1e6;
    }

    /** The server's used heap after a full collection, as the JDK's jcmd reports it. */
    private static long heapUsedAfterGc() throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(server.pid()), "GC.run").redirectErrorStream(true).start().waitFor();
        Process p = new ProcessBuilder(jcmd, Long.toString(server.pid()), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher m = USED.matcher(out);
        assertTrue(m.find(), "jcmd GC.heap_info: " + out);
        return Long.parseLong(m.group(1)) << 10;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
