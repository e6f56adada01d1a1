package kg.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A store holding the bundled issue as the jar ingests it, made once per test JVM and copied into each test
 * that starts from it: a copy takes milliseconds where an ingest takes seconds. Tests of how a store is filled
 * (an empty store given to {@code kg serve}, an ingest's own report) fill their own.
 */
public final class BundledStore {
    private static Path template;

    private BundledStore() {
    }

    /** A new store at {@code target} (which must not exist) holding what {@code kg ingest data/newsletters} writes. */
    public static Path copyTo(Path target) {
        Path from = template();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().equals("tdb.lock")) {
                    continue; // it names the ingest's process, long ended; the copy's first user takes a lock of its own
                }
                Files.copy(f, target.resolve(from.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("kg-bundled-store");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path store = dir.resolve("store");
                Jar.Run r = Jar.run("ingest", "--quiet", "--store", store.toString(), "data/newsletters");
                if (r.exit() != 0) {
                    throw new IllegalStateException("kg ingest of the bundled issue failed: " + r.err());
                }
                template = store;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the run for
        }
    }
}
