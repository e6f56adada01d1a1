package kg.testkit;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.source.SourceReader;

/**
 * What reading the bundled issue costs in each format, as ratios to reading its UTF-8 text in the same process:
 * the read alone and the whole preparation (read to validated graph). Rerun with
 * {@code java -cp target/kg.jar:target/test-classes kg.testkit.ReadCost} after {@code mvn package}.
 */
public final class ReadCost {
    private static final int ROUNDS = 5;

    private ReadCost() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("kg-read-cost");
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("text, UTF-8", Newsletters.BUNDLED);
        files.put("text, GB18030", Files.write(dir.resolve("gb18030.txt"),
                Newsletters.bundledText().getBytes(Charset.forName("GB18030"))));
        files.put("text, UTF-16", Files.write(dir.resolve("utf16.txt"),
                Newsletters.bundledText().getBytes(StandardCharsets.UTF_16)));
        files.put("PDF", NewsletterPdf.bundledIssue().write(dir.resolve("issue.pdf")));
        SourceReader reader = new SourceReader();
        Pipeline pipeline = new Pipeline(CuratedPeople.read(Path.of("data/people.json")));
        double readBase = 0;
        double prepareBase = 0;
        for (Map.Entry<String, Path> f : files.entrySet()) {
            double read = median(f.getValue(), reader::read);
            double prepare = median(f.getValue(), pipeline::prepare);
            if (readBase == 0) {
                readBase = read;
                prepareBase = prepare;
            }
            System.out.printf("%-14s read %6.1f ms (%5.2f x)   prepare %6.1f ms (%5.2f x)%n",
                    f.getKey(), read, read / readBase, prepare, prepare / prepareBase);
        }
    }

    /** The median of a few timed runs after one to warm up, in milliseconds. */
    private static double median(Path file, Consumer<Path> work) {
        work.accept(file);
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            work.accept(file);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[ROUNDS / 2];
    }
}
