package kg.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kg.bench.ArchiveGenerator;
import kg.pipeline.Pipeline;
import kg.rdf.KG;
import kg.resolve.CuratedPeople;
import kg.resolve.ResolvedDocument;
import kg.validate.ValidGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derived graph each load updates equals the one {@code kg rebuild} computes from the issue graphs, after
 * any sequence of loads: a new archive and a batch that adds to it and changes the summaries of people it held (the
 * bulk loader's path), single issues, a re-ingest that renames people, one that drops items, and the same batch
 * again. A store whose derived graph is missing or left pending is rebuilt when it opens.
 */
class DerivedGraphTest {
    private static final Path BUNDLED = Path.of("data/newsletters/gongzuo-dongtai-2025-1.txt");
    private static Pipeline pipeline;
    private static ArchiveGenerator generator;
    @TempDir
    Path tmp;

    @BeforeAll
    static void generator() throws Exception {
        pipeline = new Pipeline(CuratedPeople.none());
        ResolvedDocument base = pipeline.resolve(BUNDLED);
        // a small pool of names, so that issues share people and pairs
        generator = ArchiveGenerator.of(Files.readString(BUNDLED), base, 120);
    }

    private ValidGraph issue(String text, String file) throws Exception {
        Path f = tmp.resolve(file);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return pipeline.validGraph(pipeline.resolve(f));
    }

    private ValidGraph issue(int k) throws Exception {
        return issue(generator.issue(k), "issue-" + k + ".txt");
    }

    @Test
    void everyLoadLeavesTheDerivedGraphARebuildWouldGive() throws Exception {
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            store.replaceAll(List.of(issue(0)));
            assertEqualsRebuild(store, "a new archive of one issue (bulk)");
            Graph before = derived(store);
            store.replaceAll(List.of(issue(1), issue(2), issue(4)));
            assertEqualsRebuild(store, "a batch that triples the archive (bulk, sharing people)");
            assertFalse(difference(before, derived(store)).isEmpty(), "the batch replaced summaries the store held");
            store.replace(issue(5));
            assertEqualsRebuild(store, "one more issue (one write transaction)");

            String one = generator.issue(1);
            String renamed = one;
            List<String> names = new ArrayList<>(generator.names());
            for (int i = 0; i < 6; i++) {
                renamed = renamed.replace(generator.rename(names.get(i), 1), generator.rename(names.get(i), 7));
            }
            store.replace(issue(renamed, "issue-1-renamed.txt"));
            assertEqualsRebuild(store, "a re-ingest that renames people");

            String two = generator.issue(2);
            store.replace(issue(two.substring(0, two.length() / 2), "issue-2-half.txt"));
            assertEqualsRebuild(store, "a re-ingest that drops half the items");

            store.replaceAll(List.of(issue(0), issue(4), issue(6)));
            assertEqualsRebuild(store, "a batch of re-ingests and a new issue");
            Graph derived = derived(store);
            for (var p : List.of(KG.listedName, KG.listedPinyin, KG.memberOfPublisher, KG.anyInternal, KG.listedOrg,
                    KG.listedInstitution, KG.listedInstitutionName, KG.listedTitle)) {
                assertTrue(derived.find(Node.ANY, p.asNode(), Node.ANY).hasNext(), "people are summarised: " + p.getLocalName());
            }
        }
    }

    @Test
    void aStoreWithoutItsDerivedGraphOrWithOneLeftPendingIsRebuiltWhenOpened() throws Exception {
        Path dir = tmp.resolve("store");
        Graph complete;
        try (KgStore store = KgStore.open(dir)) {
            store.replaceAll(List.of(issue(0), issue(1)));
            complete = derived(store);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> dsg.deleteAny(DerivedGraph.NAME, Node.ANY, Node.ANY, Node.ANY));
        }
        try (KgStore store = KgStore.open(dir)) {
            assertTrue(complete.isIsomorphicWith(derived(store)), "a store from before the derived graph gets it");
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> {
                // as a bulk load stopped before the summaries it replaced went leaves it
                Node someone = dsg.find(DerivedGraph.NAME, Node.ANY, KG.listedName.asNode(), Node.ANY).next().getSubject();
                dsg.add(DerivedGraph.NAME, someone, KG.listedName.asNode(), NodeFactory.createLiteralString("a stale name"));
                dsg.add(DerivedGraph.NAME, DerivedGraph.NAME, KG.pendingDerivation.asNode(), NodeFactory.createLiteralByValue(true));
            });
        }
        try (KgStore store = KgStore.open(dir)) {
            Graph now = derived(store);
            assertTrue(complete.isIsomorphicWith(now), "a pending derived graph is rebuilt");
            assertFalse(now.contains(DerivedGraph.NAME, KG.pendingDerivation.asNode(), Node.ANY), "and no longer pending");
        }
    }

    private static void assertEqualsRebuild(KgStore store, String step) {
        Graph incremental = derived(store);
        store.rebuildDerived();
        Graph rebuilt = derived(store);
        assertTrue(rebuilt.size() > 0, step + ": the derived graph is not empty");
        if (!incremental.isIsomorphicWith(rebuilt)) {
            Graph missing = difference(rebuilt, incremental);
            Graph extra = difference(incremental, rebuilt);
            throw new AssertionError(step + ": the derived graph differs from a rebuild; missing " + missing.size()
                    + " triple(s), e.g. " + sample(missing) + "; extra " + extra.size() + ", e.g. " + sample(extra));
        }
    }

    private static Graph derived(KgStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createGraphMem();
            dsg.getGraph(DerivedGraph.NAME).find().forEach(g::add);
            return g;
        });
    }

    private static Graph difference(Graph a, Graph b) {
        Graph out = GraphFactory.createGraphMem();
        a.find().filterDrop(b::contains).forEach(out::add);
        return out;
    }

    private static String sample(Graph g) {
        return g.find().toList().stream().limit(3).map(Object::toString).toList().toString();
    }
}
