package kg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.testkit.Jar;

/** The built jar run as a user runs it: {@code kg serve} in its own process, or any other command to its end. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("^serving .* at (http://\\S+/)$");

    private final Process process;
    private final String url;
    private final StringBuffer output;

    private ServerProcess(Process process, String url, StringBuffer output) {
        this.process = process;
        this.url = url;
        this.output = output;
    }

    /** Runs {@code kg serve ARGS --port 0} and returns once it says where it serves. */
    static ServerProcess serve(String... args) throws IOException {
        return serve(Jar.QUICK_START, args);
    }

    /** {@link #serve(String...)} with these options to the server's JVM. */
    static ServerProcess serve(List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("serve"));
        command.addAll(List.of(args));
        command.addAll(List.of("--port", "0"));
        Process p = new ProcessBuilder(Jar.commandLine(jvm, command.toArray(String[]::new))).redirectErrorStream(true).start();
        StringBuffer output = new StringBuffer();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.append(line).append('\n');
                    Matcher m = SERVING.matcher(line);
                    if (m.matches()) {
                        url.complete(m.group(1));
                    }
                }
                url.completeExceptionally(new IllegalStateException("kg serve ended:\n" + output));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        }, "kg-serve-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(p, url.get(180, TimeUnit.SECONDS), output);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("kg serve did not start: " + e + "\n" + output, e);
        }
    }

    /** Runs another command of the jar to its end. */
    static Result run(String... args) {
        try {
            Process p = Jar.command(args).start();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            String out = read(p.getInputStream());
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "kg " + String.join(" ", args) + " did not end");
            return new Result(p.exitValue(), out, err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's process id, for the JDK's tools (jcmd). */
    long pid() {
        return process.pid();
    }

    /** Its base address, ending in a slash. */
    String url() {
        return url;
    }

    /** What it has printed so far (standard output and error). */
    String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    record Result(int exit, String out, String err) {
    }
}
