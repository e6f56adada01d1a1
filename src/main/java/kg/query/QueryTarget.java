package kg.query;

import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.system.Txn;

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
        return new Local(dataset);
    }

    /** A SPARQL query endpoint, e.g. {@code http://host:3030/kg/sparql} for Fuseki. */
    static QueryTarget remote(String endpoint) {
        return new Remote(endpoint);
    }

    record Local(Dataset dataset) implements QueryTarget {
        @Override
        public QueryExecutionBuilder execution() {
            return QueryExecution.dataset(dataset);
        }

        @Override
        public <T> T read(Supplier<T> action) {
            return Txn.calculateRead(dataset, action);
        }
    }

    record Remote(String endpoint) implements QueryTarget {
        @Override
        public QueryExecutionBuilder execution() {
            return QueryExecution.service(endpoint);
        }

        @Override
        public <T> T read(Supplier<T> action) {
            return action.get();
        }
    }
}
