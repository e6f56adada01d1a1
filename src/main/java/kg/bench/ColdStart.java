package kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A fresh JVM that opens the store and answers its first canned query ({@code kg query items}), timed from
 * process start to its exit. The store must not be open in this process: TDB2 lets one JVM hold it.
 */
final class ColdStart {
    private ColdStart() {
    }

    /** Milliseconds until the child answered; fails when it did not answer with at least {@code minRows} rows. */
    static double measure(Path store, Path scratch, long minRows) {
        Path out = scratch.resolve("cold-start.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), "kg.cli.Main",
                "query", "items", "--store", store.toString(), "--format", "csv");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int status = p.waitFor();
            long nanos = System.nanoTime() - start;
            long rows;
            try (var lines = Files.lines(out)) {
                rows = lines.count() - 1;
            }
            if (status != 0 || rows < minRows) {
                throw new IllegalStateException("cold start: 'kg query items' exited " + status + " with " + rows
                        + " rows, expected " + minRows);
            }
            Files.delete(out);
            return nanos / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing the cold start", e);
        }
    }
}
