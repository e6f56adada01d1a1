package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.testkit.BundledStore;
import kg.testkit.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code kg review} and {@code kg export} as a user runs them: the shaded jar over a store holding the bundled issue. */
class ReportCommandsIT {
    @TempDir
    static Path dir;

    /** What a run of the jar left: exit code, standard output and standard error. */
    record Run(int code, String out, String err) {
    }

    /** A store of the test's own: a running command holds its store, and the tests run side by side. */
    private static Path store(String name) {
        return BundledStore.copyTo(dir.resolve(name));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void reviewWritesTheGoldenMarkdownToAFile() throws Exception {
        Path out = dir.resolve("review.md");
        Run r = kg("review", "--year", "2025", "--store", store("review").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(Files.readString(Path.of("src/test/resources/kg/report/review-2025.md"), StandardCharsets.UTF_8),
                Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void reviewOfOnePersonAsHtml() throws Exception {
        Run r = kg("review", "--year", "2025", "--person", "俞乐", "--format", "html", "--store", store("person").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"));
        assertTrue(r.out().contains("<b>俞乐</b>"));
        assertTrue(!r.out().contains("Department summary"));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void exportWritesGexf() throws Exception {
        Path out = dir.resolve("net.gexf");
        Run r = kg("export", "--format", "gexf", "--year", "2025", "--store", store("gexf").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String gexf = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(gexf.contains("<gexf version=\"1.3\" xmlns=\"http://gexf.net/1.3\">"));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void badInputIsOneLineNamingTheArgument() throws Exception {
        Path missing = dir.resolve("no-store");
        Run r = kg("review", "--year", "2025", "--store", missing.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("kg: " + missing + ": no store here (run 'kg ingest --store " + missing + " FILE…' first)"),
                r.err().lines().toList());
        assertTrue(!Files.exists(missing), "a review does not create a store");

        Run year = kg("export", "--format", "trig", "--year", "2025", "--store", store("trig").toString());
        assertEquals(2, year.code());
        assertTrue(year.err().startsWith("--year applies to the network"), year.err());
    }

    static Run kg(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = Jar.command(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
