package kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.rdf.IssueGraph;
import kg.validate.GraphValidator;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 store: one named graph per issue, the union of them as the default graph. A graph is validated
 * before its write transaction starts, so a graph that breaks a shape never touches the store.
 */
public final class KgStore implements AutoCloseable {
    private final Dataset dataset;

    private KgStore(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Opens the store in {@code dir}, creating it when missing. */
    public static KgStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot create the store directory", e);
        }
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KgStore(ds);
    }

    /** The dataset; its default graph is the union of the issue graphs. */
    public Dataset dataset() {
        return dataset;
    }

    /** Validates the issue's graph and puts it in place of what the store held for that issue; returns its size. */
    public long replace(IssueGraph issue) {
        new GraphValidator().validate(issue);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(issue.graphName());
            dsg.addGraph(issue.graphName(), issue.graph());
        });
        return issue.graph().size();
    }

    /** Whether no issue has been loaded yet. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().listGraphNodes().hasNext());
    }

    /** Releases the store's files, so another process (or a test's temporary directory) can have them. */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
