package kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.rdf.IssueGraph;
import kg.validate.GraphValidator;
import kg.validate.OntologyResources;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The TDB2 store: one named graph per issue, the ontology in a graph of its own, and queries over the
 * union of all graphs. Loading an issue validates it first and replaces its graph in one write
 * transaction, so a reader sees the old graph or the new one, and other issues are not touched.
 */
public final class KgStore implements AutoCloseable {
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI("https://kg.ess.tsinghua.edu.cn/graph/ontology");

    private final Dataset dataset;
    private final GraphValidator validator;

    private KgStore(Dataset dataset) {
        this.dataset = dataset;
        this.validator = new GraphValidator();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
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
                throw new StoreInUseException(dir, lockHolder(dir), e);
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

    /** Validates the issue's graph and puts it in place of whatever the store held for that issue. */
    public long replace(IssueGraph issue) {
        validator.validate(issue);
        Graph ontology = OntologyResources.ontology();
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(issue.graphName(), Node.ANY, Node.ANY, Node.ANY);
            issue.graph().find().forEach(t -> dsg.add(issue.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
            if (!dsg.containsGraph(ONTOLOGY_GRAPH) || dsg.getGraph(ONTOLOGY_GRAPH).size() != ontology.size()) {
                dsg.deleteAny(ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY);
                ontology.find().forEach(t -> dsg.add(ONTOLOGY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            return (long) issue.graph().size();
        });
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
