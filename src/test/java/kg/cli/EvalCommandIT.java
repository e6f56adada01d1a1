package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import kg.testkit.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg eval} writes per document exactly what {@code kg query NAME --format csv} prints for it. */
class EvalCommandIT {
    @TempDir
    Path tmp;

    @Test
    void eachContractQueryAsTheQueryCommandPrintsIt() throws Exception {
        Path issue = Path.of("data/newsletters/gongzuo-dongtai-2025-1.txt");
        Path bad = Files.writeString(tmp.resolve("empty.txt"), "");
        Path out = tmp.resolve("out");
        // the same document ingested alone, without curated people (the eval's setting), beside the eval
        String store = tmp.resolve("store").toString();
        CompletableFuture<Jar.Run> ingesting = CompletableFuture.supplyAsync(() -> Jar.run("ingest", "--store", store,
                "--people", tmp.resolve("none.json").toString(), issue.toString()));
        Jar.Run eval = Jar.run("eval", "--out", out.toString(), issue.toString(), bad.toString());
        assertEquals(1, eval.exit(), "a document that cannot be read fails the run: " + eval.err());
        assertTrue(eval.err().contains("empty.txt"), eval.err());
        assertFalse(Files.exists(out.resolve("empty")), "a failed document gets no folder");

        Jar.Run ingest = ingesting.join();
        assertEquals(0, ingest.exit(), ingest.err());
        for (String q : EvalCommand.CONTRACT) {
            Path csv = out.resolve("gongzuo-dongtai-2025-1").resolve(q + ".csv");
            assertTrue(Files.isRegularFile(csv), csv.toString());
            if (q.equals("people") || q.equals("collaborations") || q.equals("works")) {
                Jar.Run query = Jar.run("query", q, "--store", store, "--format", "csv");
                assertEquals(0, query.exit(), query.err());
                assertEquals(query.out(), Files.readString(csv, StandardCharsets.UTF_8), q);
            }
        }
    }
}
