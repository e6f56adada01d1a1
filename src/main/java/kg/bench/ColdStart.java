package kg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cold start of {@code kg serve}: a fresh JVM that opens the store and starts the server, timed from process
 * start until it has answered its first canned query ({@code GET /api/queries/items}) — what a user waits for
 * after starting the server. The store must not be open in this process: TDB2 lets one JVM hold it.
 */
final class ColdStart {
    /** The line {@code kg serve} prints once it listens; {@code --port 0} leaves the port to it. */
    private static final Pattern SERVING = Pattern.compile("^serving .* at (http://\\S+/)$");
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final String FIRST_QUERY = "api/queries/items?format=csv";

    private ColdStart() {
    }

    /**
     * Milliseconds until the server answered; fails when it did not answer with at least {@code minRows} rows.
     * The server's own log goes to {@code scratch}, and stays there when the measurement fails.
     */
    static double measure(Path store, Path scratch, long minRows) {
        Path log = scratch.resolve("cold-start-serve.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), "kg.cli.Main",
                "serve", "--store", store.toString(), "--port", "0");
        Process p = null;
        try {
            long start = System.nanoTime();
            p = new ProcessBuilder(command).redirectError(log.toFile()).start();
            long deadline = start + PATIENCE.toNanos();
            String base = address(p, deadline, log);
            long rows = firstAnswer(base + FIRST_QUERY, deadline, log);
            long nanos = System.nanoTime() - start;
            if (rows < minRows) {
                throw new IllegalStateException("cold start: 'kg serve' answered " + FIRST_QUERY + " with " + rows
                        + " rows, expected " + minRows);
            }
            stop(p);
            Files.delete(log);
            return nanos / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing the cold start", e);
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    /** The server's base address from its startup line; its later output is read on and dropped. */
    private static String address(Process p, long deadline, Path log) throws InterruptedException {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = SERVING.matcher(line);
                    if (m.matches()) {
                        url.complete(m.group(1));
                    }
                }
                url.completeExceptionally(new IllegalStateException("'kg serve' ended before it served"));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        }, "cold-start-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return url.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cold start: 'kg serve' did not start (" + e.getMessage() + "; see " + log + ")", e);
        }
    }

    /** Asks until the server answers 200 and returns the number of rows; a refused or failed request is asked again. */
    private static long firstAnswer(String url, long deadline, Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    return r.body().lines().count() - 1;
                }
                last = r.statusCode() + " " + r.body().strip();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("cold start: 'kg serve' never answered " + url + " (" + last + "; see " + log + ")");
    }

    /** Stops the server as Ctrl-C would, so that it closes the store; a server that does not stop is killed. */
    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
