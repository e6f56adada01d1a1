package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kg.testkit.Jar;
import kg.testkit.RepeatedIssue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost of one big document is bounded by its size: a 3 MB document (the bundled issue repeated) ingests in a
 * heap a quarter of what 10 MB needs. Work that grows with the square of the text, or a graph that does, runs
 * out of this heap and fails the test; time is not asserted (src/test/scripts/ingest-cost.sh measures it).
 */
@Tag("slow")
class IngestCostIT {
    @TempDir
    Path dir;

    @Test
    void aThreeMegabyteIssueIngestsInALimitedHeap() {
        Path doc = RepeatedIssue.write(dir.resolve("big.txt"), 3L * 1024 * 1024);
        Jar.Run r = Jar.run(List.of("-Xmx640m"), "ingest", "--quiet", "--store", dir.resolve("store").toString(),
                doc.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("ingested 1 document(s)"), r.out());
    }

    @Test
    void aDocumentOverTheTextLimitIsOneLine() {
        Path doc = RepeatedIssue.write(dir.resolve("long.txt"), 2L * 1024 * 1024);
        Jar.Run r = Jar.run("ingest", "--max-text", "1", "--store", dir.resolve("store").toString(), doc.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("kg: " + doc + ": holds 2.0 MB of text, over the 1 MB"), r.err());
    }
}
