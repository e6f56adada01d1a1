package kg.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.source.SourceReader;
import kg.store.KgStore;

/**
 * Measures, in one JVM, the ingest cost per megabyte of a big document against that of the bundled issue
 * (ingested twice first, so that neither figure carries the JVM's warm-up), each into a fresh store. Prints the
 * seconds per MB of each and their ratio; asserts nothing, since wall time depends on the machine.
 * Run by src/test/scripts/ingest-cost.sh.
 */
public final class IngestCost {
    private IngestCost() {
    }

    public static void main(String[] args) throws IOException {
        Path big = Path.of(args[0]);
        Pipeline pipeline = new Pipeline(CuratedPeople.none(), new SourceReader(Long.MAX_VALUE, Long.MAX_VALUE));
        secondsPerMb(pipeline, Newsletters.BUNDLED);
        double issue = secondsPerMb(pipeline, Newsletters.BUNDLED);
        double doc = secondsPerMb(pipeline, big);
        System.out.printf(Locale.ROOT, "bundled issue %.2f s/MB, %s %.2f s/MB, ratio %.2f%n", issue, big, doc,
                doc / issue);
    }

    private static double secondsPerMb(Pipeline pipeline, Path file) throws IOException {
        Path dir = Files.createTempDirectory("kg-cost");
        long start = System.nanoTime();
        try (KgStore store = KgStore.open(dir)) {
            pipeline.ingest(file, store);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mb = Files.size(file) / 1048576.0;
        System.out.printf(Locale.ROOT, "%s: %.1f MB in %.1f s%n", file, mb, seconds);
        return seconds / mb;
    }
}
