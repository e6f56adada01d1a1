package kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import kg.pipeline.Pipeline;
import kg.pipeline.PreparedDocument;
import kg.resolve.CuratedPeople;
import kg.testkit.Newsletters;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One transaction per issue in a real TDB2 store: reloads change nothing, readers never see half an issue. */
class StoreTransactionsIT {
    @TempDir
    static Path dir;
    private static Pipeline pipeline;
    private static PreparedDocument whole;
    private static PreparedDocument shortened;

    @BeforeAll
    static void prepareTwoVersionsOfTheIssue() {
        pipeline = new Pipeline(CuratedPeople.read(Path.of("data/people.json")));
        whole = pipeline.prepare(Newsletters.BUNDLED);
        shortened = pipeline.prepare(Newsletters.write(dir.resolve("shortened/gongzuo-dongtai-2025-1.txt"),
                Newsletters.shortened(700)));
        assertEquals(whole.graph().issue().graphName(), shortened.graph().issue().graphName(), "two versions of one issue");
        assertNotEquals(whole.graph().issue().graph().size(), shortened.graph().issue().graph().size());
    }

    @Test
    void twoIngestsOfOneDocumentGiveTheSameGraph() {
        try (KgStore store = KgStore.open(dir.resolve("twice"))) {
            pipeline.ingest(Newsletters.BUNDLED, store);
            String first = nquads(store, whole.graph().issue().graphName());
            pipeline.ingest(Newsletters.BUNDLED, store);
            assertEquals(first, nquads(store, whole.graph().issue().graphName()));
            assertEquals(whole.graph().issue().graph().size(), first.lines().count());
        }
    }

    @Test
    void aReaderSeesAnIssuesOldGraphOrItsNewOneNeverHalfOfEach() throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("concurrent"))) {
            Node graph = whole.graph().issue().graphName();
            pipeline.load(whole, store);
            Set<Integer> allowed = Set.of(whole.graph().issue().graph().size(), shortened.graph().issue().graph().size());
            ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread reader = new Thread(() -> {
                while (writing.get()) {
                    seen.add(Txn.calculateRead(store.dataset(),
                            () -> store.dataset().asDatasetGraph().getGraph(graph).size()));
                }
            });
            reader.start();
            try {
                for (int i = 0; i < 4; i++) {
                    pipeline.load(shortened, store);
                    pipeline.load(whole, store);
                }
            } finally {
                writing.set(false);
                reader.join();
            }
            List<Integer> half = seen.stream().filter(n -> !allowed.contains(n)).distinct().toList();
            assertEquals(List.of(), half, "sizes other than the old and the new graph's " + allowed);
            assertTrue(seen.size() > 8, "the reader read while the writer wrote: " + seen.size());
            assertEquals(allowed, Set.copyOf(seen), "the reader saw both versions");
        }
    }

    private static String nquads(KgStore store, Node graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out,
                store.dataset().asDatasetGraph().getGraph(graph), Lang.NTRIPLES));
        return String.join("\n", new TreeSet<>(out.toString(StandardCharsets.UTF_8).lines().toList()));
    }
}
