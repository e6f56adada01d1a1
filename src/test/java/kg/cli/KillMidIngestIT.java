package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.store.DerivedGraph;
import kg.store.KgStore;
import kg.testkit.Jar;
import kg.testkit.Newsletters;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a long ingest: the store opens, and every document the ingest reported is
 * there whole. A document being written when the process died is there whole or not at all.
 */
class KillMidIngestIT {
    private static final int DOCUMENTS = 8;
    private static final Pattern REPORTED = Pattern.compile("→ graph (\\S+): .* (\\d+) triples$");

    @TempDir
    Path dir;

    @Test
    void everyReportedDocumentSurvivesAKillNine() throws Exception {
        for (int i = 0; i < DOCUMENTS; i++) {
            Newsletters.write(dir.resolve("issues/issue-" + (2001 + i) + ".txt"), Newsletters.asIssueOf(2001 + i));
        }
        Path store = dir.resolve("store");
        Path stdout = dir.resolve("stdout.txt");
        Process ingest = Jar.command("ingest", "--store", store.toString(), dir.resolve("issues").toString())
                .redirectOutput(stdout.toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        // kill as soon as the first document is reported written; the output file keeps what was printed
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (ingest.isAlive() && reported(stdout).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        ingest.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the store
        assertTrue(ingest.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, ingest.exitValue(), "the ingest was killed, not finished");
        Map<String, Long> reported = reported(stdout);
        assertTrue(reported.size() >= 1 && reported.size() < DOCUMENTS, "killed mid-way: " + reported.keySet());

        try (KgStore kg = KgStore.open(store)) {
            DatasetGraph dsg = kg.dataset().asDatasetGraph();
            long full = reported.values().iterator().next();
            Map<String, Long> stored = Txn.calculateRead(dsg, () -> {
                Map<String, Long> sizes = new HashMap<>();
                dsg.listGraphNodes().forEachRemaining((Node g) -> {
                    if (!g.equals(KgStore.ONTOLOGY_GRAPH) && !g.equals(DerivedGraph.NAME)) {
                        sizes.put(g.getURI().replaceFirst(".*/graph/", ""), (long) dsg.getGraph(g).size());
                    }
                });
                return sizes;
            });
            reported.forEach((key, triples) -> assertEquals(triples, stored.get(key), key + " is there whole"));
            stored.forEach((key, triples) -> assertEquals(full, triples, key + " is whole or absent"));
            assertTrue(stored.size() <= reported.size() + 1, "at most the document in flight besides: " + stored);
            // the derived graph is the one the surviving issue graphs give
            Graph derived = Txn.calculateRead(dsg, () -> copy(dsg.getGraph(DerivedGraph.NAME)));
            kg.rebuildDerived();
            assertTrue(derived.size() > 0 && derived.isIsomorphicWith(Txn.calculateRead(dsg, () -> copy(dsg.getGraph(DerivedGraph.NAME)))),
                    "the derived graph after the kill equals a rebuild");
            TDBInternal.expel(dsg);
        }
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createGraphMem();
        g.find().forEach(out::add);
        return out;
    }

    /** The documents the ingest said it wrote: issue key and triples. */
    private static Map<String, Long> reported(Path stdout) throws IOException {
        Map<String, Long> reported = new HashMap<>();
        for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
            Matcher m = REPORTED.matcher(line);
            if (m.find()) {
                reported.put(m.group(1), Long.parseLong(m.group(2)));
            }
        }
        return reported;
    }
}
