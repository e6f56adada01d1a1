package kg.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.store.KgStore;

/** The bundled issue(s) of {@code data/newsletters} ingested into a TDB2 store, as the command line would. */
final class BundledIssue {
    private BundledIssue() {
    }

    static KgStore ingest(Path storeDir) throws IOException {
        KgStore kg = KgStore.open(storeDir);
        Pipeline pipeline = new Pipeline(CuratedPeople.read(Path.of("data/people.json")));
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("data/newsletters"))) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            pipeline.ingest(f, kg);
        }
        return kg;
    }
}
