package kg.query;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Where canned queries run: a local dataset (the embedded store), read in a transaction, or a remote SPARQL
 * 1.1 query endpoint over HTTP, whose default graph is expected to be the union of the issue graphs.
 */
public sealed interface QueryTarget {

    /** A builder for one execution on this target. */
    QueryExecutionBuilder execution();

    /** Runs {@code action} as one read of the target. */
    <T> T read(Supplier<T> action);

    static QueryTarget local(Dataset dataset) {
        return new Local(dataset, null);
    }

    /** A local dataset whose executions carry these settings too (a store's view hiding one graph, say). */
    static QueryTarget local(Dataset dataset, Context settings) {
        return new Local(dataset, settings);
    }

    /** A SPARQL query endpoint, e.g. {@code http://host:3030/kg/sparql} for Fuseki, waited for as long as it takes. */
    static QueryTarget remote(String endpoint) {
        return new Remote(endpoint, null);
    }

    /** A SPARQL query endpoint whose answer must start within {@code timeout}. */
    static QueryTarget remote(String endpoint, Duration timeout) {
        return new Remote(endpoint, timeout);
    }

    record Local(Dataset dataset, Context settings) implements QueryTarget {
        @Override
        public QueryExecutionBuilder execution() {
            QueryExecutionDatasetBuilder b = QueryExecution.dataset(dataset);
            if (settings != null) {
                settings.keys().forEach(k -> b.set(k, settings.get(k)));
            }
            return b;
        }

        @Override
        public <T> T read(Supplier<T> action) {
            return Txn.calculateRead(dataset, action);
        }

        /**
         * Inside a read: the state of the store it reads, which every committed write advances; null for a dataset
         * that is not a TDB2 store, whose changes nothing numbers.
         */
        Answers.State state() {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
            if (tdb == null) {
                return null;
            }
            Transaction txn = tdb.getTxnSystem().getThreadTransaction();
            return txn == null ? null : new Answers.State(tdb, txn.getDataVersion());
        }
    }

    /**
     * A remote endpoint. A local query's timeout comes from its dataset's context; a remote one has none of ours,
     * so the timeout (null: none) bounds the wait for the endpoint's response to begin.
     */
    record Remote(String endpoint, Duration timeout) implements QueryTarget {
        /** As the store's own queries to a remote store go ({@link kg.store.RemoteGraphStore#SEND}). */
        public static final QuerySendMode SEND = kg.store.RemoteGraphStore.SEND;

        @Override
        public QueryExecutionBuilder execution() {
            QueryExecutionBuilder b = QueryExecution.service(endpoint).sendMode(SEND);
            return timeout == null ? b : b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public <T> T read(Supplier<T> action) {
            return action.get();
        }
    }
}
