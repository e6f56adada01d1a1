package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.testkit.Jar;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg bench} runs at a small size and reports every figure; it is not timed here. */
@Tag("slow")
class BenchCommandIT {

    @Test
    void benchAtTwoIssuesReportsEveryFigure(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("bench.md");
        Process p = Jar.command(Jar.AS_SHIPPED, "bench", "--issues", "2", "--runs", "2", "--store", dir.resolve("work").toString(), "--out", report.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        String md = Files.readString(report);

        for (String figure : List.of("extraction chars/s", "extraction items/s", "ingest ms/item", "store MB",
                "peak heap MB", "re-ingest one issue ms", "cold start ms", "tdb2.tdbloader triples/s", "ratio",
                "### Targets")) {
            assertTrue(md.contains(figure), "report lacks " + figure + ":\n" + md);
        }
        // one row per size in the ingest table: 1 and 2 issues, with 19 items per issue
        assertTrue(Pattern.compile("(?m)^\\| 1 \\| 19 \\| \\d+ \\|").matcher(md).find(), md);
        assertTrue(Pattern.compile("(?m)^\\| 2 \\| 38 \\| \\d+ \\|").matcher(md).find(), md);
        // the load comparison has a ratio per size
        assertTrue(Pattern.compile("(?m)^\\| 2 \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+\\.\\d\\d× \\|").matcher(md).find(), md);
        for (CannedQuery q : QueryCatalog.load().all()) {
            assertTrue(Pattern.compile("(?m)^\\| " + Pattern.quote(q.name()) + " \\| [\\d.]+ / [\\d.]+ \\(\\d+\\) \\| [\\d.]+ / [\\d.]+ \\(\\d+\\) \\|$")
                    .matcher(md).find(), "no p50/p95 of " + q.name() + " at both sizes:\n" + md);
        }
        assertTrue(Files.isDirectory(dir.resolve("work").resolve("store")), "--store keeps the archive's store");
    }

    @Test
    void vocabulariesCompareMapTimeWithTheViewWhichGiveTheSameRows(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("vocabularies.md");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", System.getProperty("kg.jar"),
                "bench", "--vocabularies", "--issues", "1", "--runs", "1", "--out", report.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        String md = Files.readString(report);
        Matcher triples = Pattern.compile("(?m)^\\| triples \\| (\\d+) \\| (\\d+) \\|").matcher(md);
        assertTrue(triples.find(), md);
        assertTrue(Long.parseLong(triples.group(2)) > Long.parseLong(triples.group(1)), "the standard terms add triples:\n" + md);
        for (CannedQuery q : QueryCatalog.load().all().stream().filter(q -> q.name().startsWith("std-")).toList()) {
            Matcher row = Pattern.compile("(?m)^\\| " + Pattern.quote(q.name()) + " \\| [\\d.]+ / [\\d.]+ \\((\\d+)\\) \\| [\\d.]+ / [\\d.]+ \\((\\d+)\\) \\|")
                    .matcher(md);
            assertTrue(row.find(), "no row for " + q.name() + ":\n" + md);
            assertEquals(row.group(1), row.group(2), q.name() + ": the view answers as the materialised graph does");
        }
    }

    @Test
    void tooFewIssuesIsAUsageErrorOfOneLine() throws Exception {
        Process p = Jar.command("bench", "--issues", "0").start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor());
        assertEquals("kg: --issues must be at least 1, not 0", err.strip());
    }
}
