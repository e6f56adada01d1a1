package kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kg.testkit.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The built jar on the bundled issue, as a user runs it; and, where the shared evaluation kit sits beside the
 * project (as in CI), its score against the hand-made gold annotation.
 */
class EndToEndIT {
    private static final Path SHARED = Path.of("..", "shared", "eval");

    @TempDir
    Path tmp;

    record Result(int exit, String out) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        // the evaluation kit starts the jar as KG says
        b.environment().put("KG", String.join(" ", Jar.commandLine(Jar.QUICK_START)));
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
        return new Result(p.exitValue(), out);
    }

    private static List<String> kg(String... args) {
        return Jar.commandLine(Jar.QUICK_START, args);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theJarIngestsTheBundledIssueAndReingestingReplacesIt() throws Exception {
        String store = tmp.resolve("store").toString();
        Result ingest = run(kg("ingest", "--store", store, "data/newsletters"));
        assertEquals(0, ingest.exit(), ingest.out());
        assertTrue(ingest.out().contains("19 items"), ingest.out());
        // what each contract query answers is scored in the next test; here, that the command line reads the store
        Result people = run(kg("query", "people", "--store", store, "--format", "csv"));
        assertEquals(0, people.exit(), people.out());
        assertTrue(people.out().strip().split("\\R").length > 80, people.out());
        Result again = run(kg("ingest", "--store", store, "data/newsletters"));
        assertEquals(0, again.exit(), again.out());
        Result items = run(kg("query", "items", "--store", store, "--format", "csv"));
        assertEquals(20, items.out().strip().split("\\R").length, "re-ingesting replaced the issue, it did not add to it");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theScoreOnTheBundledIssueMeetsTheBar() throws Exception {
        assumeTrue(Files.isExecutable(SHARED.resolve("run-eval.sh")), "the shared evaluation kit is beside the project");
        Path issue = Path.of("data/newsletters/gongzuo-dongtai-2025-1.txt");
        Result r = run(List.of("bash", SHARED.resolve("run-eval.sh").toString(), issue.toString(),
                SHARED.resolve("seed-gold.json").toString(), tmp.resolve("eval").toString()));
        assertEquals(0, r.exit(), r.out());
        Map<String, Double> f1 = new HashMap<>();
        for (String line : r.out().split("\\R")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length >= 5 && cols[1].matches("\\d\\.\\d{3}")) {
                f1.put(cols[0], Double.valueOf(cols[3]));
            }
            if (line.startsWith("macro-F1")) {
                f1.put("macro", Double.valueOf(cols[1]));
            }
        }
        System.out.println(r.out());
        assertTrue(f1.get("items") >= 0.95, r.out());
        assertTrue(f1.get("item_dates") >= 0.90, r.out());
        assertTrue(f1.get("people") >= 0.97, r.out());
        assertTrue(f1.get("collaborations") >= 0.93, r.out());
        assertTrue(f1.get("authorships") >= 0.95, r.out());
        assertTrue(f1.get("macro") >= 0.95, r.out());
    }
}
