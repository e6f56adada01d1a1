package kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.rdf.IssueGraph;
import kg.validate.OntologyResources;
import kg.validate.ValidGraph;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 store: one named graph per issue, the ontology in a graph of its own, the derived graph
 * ({@link DerivedGraph}, updated by each load in its transaction), and queries over the union of all graphs. It
 * takes only graphs that have met the shapes, and replaces an issue's graph in one write transaction, so a reader
 * sees the old graph or the new one, and other issues are not touched.
 *
 * <p>A batch of issues the store does not hold yet, at least as large as what it holds (a new archive, or one
 * that grows many-fold), goes through TDB2's parallel bulk loader: adding quad by quad pays a random B+tree
 * insert in each of the six quad indexes, while a bulk loader fills one index and then copies it, in order,
 * into the others, and the parallel one builds the indexes on threads of their own (on two cores it loads the
 * 100-issue archive in 60% of the time of the phased loader {@code tdb2.tdbloader} picks). The loader holds the
 * store exclusively until it commits; as it only adds graphs, a reader sees none of the batch or all of it. A batch
 * that replaces a graph the store holds is one write transaction, whatever its size.
 */
public final class KgStore implements IssueStore, AutoCloseable {
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI("https://kg.ess.tsinghua.edu.cn/graph/ontology");

    private final Dataset dataset;

    private KgStore(Dataset dataset) {
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (Txn.calculateRead(dsg, () -> DerivedGraph.needsRebuild(dsg))) {
            // a store from before the derived graph, or a bulk load that stopped before the summaries it replaced went
            rebuildDerived();
        }
    }

    /** Recomputes the derived graph from the issue graphs, in one write transaction ({@code kg rebuild}); its size. */
    public long rebuildDerived() {
        return rebuildDerived(dataset);
    }

    /** The same for a store's dataset served as it is (a server's writes through SPARQL update or the Graph Store). */
    public static long rebuildDerived(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            DerivedGraph.rebuild(dsg);
            return dsg.getGraph(DerivedGraph.NAME).size();
        });
    }

    /**
     * Opens (creating if need be) the store in a directory.
     *
     * @throws StoreInUseException when another process has the store open
     */
    public static KgStore open(Path dir) {
        try {
            return new KgStore(TDB2Factory.connectDataset(dir.toString()));
        } catch (DBOpEnvException e) {
            // TDB2 5.6 says so with this class and message (AlreadyLocked, its subclass, where it can)
            if (e instanceof AlreadyLocked || String.valueOf(e.getMessage()).startsWith("Failed to get a lock")) {
                String holder = lockHolder(dir);
                throw new StoreInUseException(dir, holder, ServingNote.read(dir, holder), e);
            }
            throw e;
        }
    }

    /** The process id TDB2 wrote into the lock file, or "" when it cannot be read. */
    private static String lockHolder(Path dir) {
        try {
            return Files.readString(dir.resolve("tdb.lock")).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** An in-memory store, for tests and benchmarks that need no disk. */
    public static KgStore inMemory() {
        return new KgStore(TDB2Factory.createDataset());
    }

    @Override
    public long replaceAll(List<ValidGraph> batch) {
        // one issue twice in a batch: the later reading wins, as it would one transaction after the other
        Map<Node, IssueGraph> byGraph = new LinkedHashMap<>();
        batch.forEach(v -> byGraph.put(v.issue().graphName(), v.issue()));
        List<IssueGraph> issues = List.copyOf(byGraph.values());
        long triples = issues.stream().mapToLong(i -> i.graph().size()).sum();
        DatasetGraph dsg = dataset.asDatasetGraph();
        boolean bulk = holdsNoneOf(dsg, issues) && storedQuadsBelow(dsg, triples);
        Graph ontology = OntologyResources.ontology();
        if (bulk) {
            boolean current = ontologyCurrent(dsg, ontology);
            if (!current && Txn.calculateRead(dsg, () -> dsg.containsGraph(ONTOLOGY_GRAPH))) {
                // the bulk loader only adds: an ontology graph of another version goes first, in a transaction of its own
                Txn.executeWrite(dsg, () -> dsg.deleteAny(ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY));
            }
            DerivedGraph.BulkUpdate derived = Txn.calculateRead(dsg, () -> DerivedGraph.bulkUpdate(dsg, issues));
            bulkLoad(dsg, issues, derived, current ? null : ontology);
            if (derived.pending()) {
                Txn.executeWrite(dsg, () -> DerivedGraph.completeBulk(dsg, derived));
            }
            return triples;
        }
        Txn.executeWrite(dataset, () -> {
            DerivedGraph.Touched touched = DerivedGraph.touchedBy(dsg, issues);
            for (IssueGraph issue : issues) {
                dsg.deleteAny(issue.graphName(), Node.ANY, Node.ANY, Node.ANY);
                issue.graph().find().forEach(t -> dsg.add(issue.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
            }
            if (!ontologyCurrent(dsg, ontology)) {
                dsg.deleteAny(ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY);
                ontology.find().forEach(t -> dsg.add(ONTOLOGY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            DerivedGraph.update(dsg, touched);
        });
        return triples;
    }

    private static boolean ontologyCurrent(DatasetGraph dsg, Graph ontology) {
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(ONTOLOGY_GRAPH)
                && dsg.getGraph(ONTOLOGY_GRAPH).size() == ontology.size());
    }

    /**
     * Streams the issues, the person summaries computed for them and the ontology, when not null, through the bulk
     * loader, which commits them as one.
     */
    private static void bulkLoad(DatasetGraph dsg, List<IssueGraph> issues, DerivedGraph.BulkUpdate derived, Graph ontology) {
        DataLoader loader = LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            for (IssueGraph issue : issues) {
                issue.graph().find().forEach(t -> out.quad(Quad.create(issue.graphName(), t)));
            }
            DerivedGraph.bulkQuads(derived).forEachRemaining(out::quad);
            if (ontology != null) {
                ontology.find().forEach(t -> out.quad(Quad.create(ONTOLOGY_GRAPH, t)));
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    private static boolean holdsNoneOf(DatasetGraph dsg, List<IssueGraph> issues) {
        return Txn.calculateRead(dsg, () -> issues.stream().noneMatch(i -> dsg.containsGraph(i.graphName())));
    }

    /** Does the store hold fewer than {@code limit} quads? Counts index entries only as far as the limit. */
    private static boolean storedQuadsBelow(DatasetGraph dsg, long limit) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<?> all = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getTupleTable()
                    .getIndex(0).all();
            long n = 0;
            while (n < limit && all.hasNext()) {
                all.next();
                n++;
            }
            return n < limit;
        });
    }

    /** Does the store hold no graph yet (a server then ingests the bundled data first)? */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().listGraphNodes().hasNext());
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Settings for a query execution that make this store look as if it did not hold one graph: TDB2 drops that
     * graph's quads as it reads its indexes (its tuple filter), so queries over the union graph keep their
     * indexed plans. Empty settings when the store has never held the graph.
     */
    public Context hiding(Node graph) {
        Context settings = new Context();
        NodeId id = Txn.calculateRead(dataset, () -> TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph())
                .getQuadTable().getNodeTupleTable().getNodeTable().getNodeIdForNode(graph));
        if (id != null && !NodeId.isDoesNotExist(id)) {
            Predicate<Tuple<NodeId>> visible = quad -> quad.len() != 4 || !quad.get(0).equals(id);
            settings.set(SystemTDB.symTupleFilter, visible);
        }
        return settings;
    }

    @Override
    public void close() {
        // expel, not just close: another process (or a test's temporary directory) may then have the files
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
