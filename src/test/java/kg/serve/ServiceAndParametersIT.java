package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import kg.testkit.BundledStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one client cannot do to {@code kg serve} (issue #14), over real HTTP: make it fetch a URL (SERVICE is
 * refused at once unless {@code --allow-service} names the host, and then it gives up within the timeout against a
 * far end that never answers, while cheap requests are still served); ask an iri parameter for garbage or leave
 * out a required one; or get a formula into an analyst's spreadsheet. The figures go to
 * {@code target/service-timing.txt}.
 */
class ServiceAndParametersIT {
    private static final String USER = "editor";
    private static final String PASSWORD = "correct horse battery staple";
    private static final int TIMEOUT_SECONDS = 2;
    private static final int HANGING_QUERIES = 8;

    @TempDir
    static Path dir;

    static ServerProcess closed;
    static ServerProcess open;
    static Hang hang;
    static final List<String> figures = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        hang = new Hang();
        closed = ServerProcess.serve("--store", BundledStore.copyTo(dir.resolve("closed")).toString(), "--timeout", "5");
        Path password = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        open = ServerProcess.serve("--store", BundledStore.copyTo(dir.resolve("open")).toString(), "--timeout", String.valueOf(TIMEOUT_SECONDS),
                "--allow-service", "127.0.0.1", "--allow-update", "--user", USER, "--password-file", password.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServerProcess s : new ServerProcess[] {closed, open}) {
            if (s != null) {
                s.close();
            }
        }
        if (hang != null) {
            hang.close();
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "service-timing.txt"), figures);
    }

    @Test
    void serviceIsRefusedAtOnceByDefault() {
        Http http = new Http(closed.url());
        int calledBefore = hang.accepted.get();
        for (String endpoint : List.of("kg/sparql", "kg/query")) {
            long start = System.nanoTime();
            HttpResponse<String> r = http.get(endpoint + "?" + Http.query(Map.of("query", hang.query())),
                    "Accept", "application/sparql-results+json");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("SERVICE is off"), r.body());
            assertTrue(ms < 1000, "refused at once, not after a timeout: " + ms + " ms");
            figures.add("default server: SERVICE refused at /" + endpoint + " in " + ms + " ms");
        }
        HttpResponse<String> post = http.postForm("kg/sparql", Map.of("query", hang.query()), null, null);
        assertEquals(400, post.statusCode(), post.body());
        assertEquals(calledBefore, hang.accepted.get(), "nothing called the listener");
    }

    @Test
    void anAllowedServiceGivesUpWithinTheTimeoutAndTheServerStillAnswers() throws Exception {
        Http http = new Http(open.url());
        int calledBefore = hang.accepted.get();
        List<CompletableFuture<long[]>> calls = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < HANGING_QUERIES; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                HttpResponse<String> r = http.get("kg/sparql?" + Http.query(Map.of("query", hang.query())),
                        "Accept", "application/sparql-results+json");
                return new long[] {r.statusCode(), (System.nanoTime() - start) / 1_000_000};
            }));
        }
        Thread.sleep(500);
        List<Long> cheap = new ArrayList<>();
        while (calls.stream().anyMatch(c -> !c.isDone())) {
            long t = System.nanoTime();
            assertTrue(!http.rows("api/queries/find?name=" + Http.enc("陈德亮")).isEmpty());
            cheap.add((System.nanoTime() - t) / 1_000_000);
            Thread.sleep(100);
        }
        long slowest = 0;
        for (CompletableFuture<long[]> c : calls) {
            long[] r = c.get();
            assertTrue(r[0] >= 500, "a SERVICE call that never answers fails, status " + r[0]);
            slowest = Math.max(slowest, r[1]);
        }
        assertTrue(hang.accepted.get() > calledBefore, "the calls did reach the listener");
        assertTrue(slowest < (TIMEOUT_SECONDS + 2) * 1000L, "all gave up within the timeout: " + slowest + " ms");
        assertTrue(!cheap.isEmpty() && cheap.stream().allMatch(ms -> ms < 1000), "cheap requests meanwhile: " + cheap);
        figures.add("--allow-service 127.0.0.1 --timeout " + TIMEOUT_SECONDS + ": " + HANGING_QUERIES
                + " SERVICE queries to a listener that never answers all ended after at most " + slowest + " ms (status "
                + calls.get(0).get()[0] + "); find?name= meanwhile took " + cheap + " ms");
    }

    @Test
    void aHostNotOnTheListIsRefused() {
        Http http = new Http(open.url());
        long start = System.nanoTime();
        HttpResponse<String> r = http.get("kg/sparql?" + Http.query(Map.of("query",
                "SELECT * WHERE { SERVICE <http://10.255.255.1/sparql> { ?s ?p ?o } }")));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("10.255.255.1 is not allowed"), r.body());
        figures.add("--allow-service 127.0.0.1: SERVICE to 10.255.255.1 refused in " + ms + " ms");
        // an address known only while the query runs is refused as it runs
        HttpResponse<String> bound = http.get("kg/sparql?" + Http.query(Map.of("query",
                "SELECT * WHERE { BIND(<http://10.255.255.1/sparql> AS ?where) SERVICE ?where { ?s ?p ?o } }")));
        assertTrue(bound.statusCode() >= 400 && bound.statusCode() < 500, bound.statusCode() + " " + bound.body());
    }

    @Test
    void iriParametersAreCheckedAndRequiredOnesRequired() {
        Http http = new Http(closed.url());
        for (String path : List.of("api/queries/explain?subject=" + Http.enc("not an iri"), "api/queries/explain",
                "api/queries/explain?subject=", "api/queries/ties?person=" + Http.enc("x> } ; DROP ALL ; #"))) {
            HttpResponse<String> r = http.get(path);
            assertEquals(400, r.statusCode(), path + " → " + r.body());
            assertTrue(r.body().contains(path.contains("ties") ? "person" : "subject"), r.body());
            assertEquals(1, r.body().strip().lines().count(), "one line: " + r.body());
        }
        assertEquals(200, http.get("api/queries/explain?subject=" + Http.enc("https://kg.ess.tsinghua.edu.cn/id/person/fu-haohuan-25bd")).statusCode());
        assertEquals(200, http.get("api/queries/network?from=").statusCode(), "a parameter with a default may be empty");
    }

    @Test
    void aTitleThatWouldRunInASpreadsheetArrivesAsText() {
        Http http = new Http(open.url());
        assertEquals(200, http.postForm("kg/update", Map.of("update", Http.resource("formula-title.ru")), USER, PASSWORD).statusCode());
        String csv = http.get("api/queries/items?format=csv").body();
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\","), csv);
        assertTrue(!csv.contains(",=HYPERLINK"), csv);
        String tsv = http.get("api/queries/items?format=tsv").body();
        assertTrue(tsv.contains("\t\"'=HYPERLINK("), tsv);
    }

    /** A listener that accepts connections and never answers, holding each until it is closed. */
    static final class Hang implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger accepted = new AtomicInteger();
        final List<Socket> held = new CopyOnWriteArrayList<>();

        Hang() throws IOException {
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        held.add(socket.accept());
                        accepted.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "hanging-listener");
            t.setDaemon(true);
            t.start();
        }

        String query() {
            return "SELECT * WHERE { SERVICE <http://127.0.0.1:" + socket.getLocalPort() + "/hang> { ?s ?p ?o } }";
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
