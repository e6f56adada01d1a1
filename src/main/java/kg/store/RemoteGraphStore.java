package kg.store;

import java.util.List;
import kg.rdf.IssueGraph;
import kg.validate.OntologyResources;
import kg.validate.ValidGraph;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * Issue graphs written to any SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB, Virtuoso, Neptune …):
 * each issue's named graph is PUT, so re-ingesting an issue replaces its graph and nothing else; the
 * ontology's graph is PUT once per run. It takes only graphs that have met the shapes, so a broken one never leaves.
 * Queries over the endpoint expect its default graph to be the union of the named graphs.
 *
 * <p>The derived graph ({@link DerivedGraph}) is recomputed whole at the store's query endpoint once the run's
 * issues are written, and PUT: a remote store offers no transaction to update it in step with each graph.
 */
public final class RemoteGraphStore implements IssueStore {
    /**
     * A long query goes as an HTML form, which every SPARQL 1.1 endpoint takes: Virtuoso 7 never answers one
     * POSTed as {@code application/sparql-query}, Jena's default.
     */
    public static final QuerySendMode SEND = QuerySendMode.asGetWithLimitForm;
    private final String endpoint;
    private final String queryEndpoint;
    private boolean ontologySent;
    private boolean written;

    /**
     * A store at the Graph Store Protocol URL (for Fuseki: {@code http://host:3030/dataset} or {@code …/data}),
     * which answers SPARQL queries at {@code queryEndpoint}.
     */
    public RemoteGraphStore(String endpoint, String queryEndpoint) {
        this.endpoint = endpoint;
        this.queryEndpoint = queryEndpoint;
    }

    @Override
    public long replaceAll(List<ValidGraph> valid) {
        List<IssueGraph> issues = valid.stream().map(ValidGraph::issue).toList();
        if (!ontologySent) {
            put(KgStore.ONTOLOGY_GRAPH, OntologyResources.ontology());
            ontologySent = true;
        }
        issues.forEach(i -> put(i.graphName(), i.graph()));
        written |= !issues.isEmpty();
        return issues.stream().mapToLong(i -> i.graph().size()).sum();
    }

    /** Puts the derived graph of what the store now holds, when this run wrote any issue. */
    @Override
    public void close() {
        if (written) {
            written = false;
            put(DerivedGraph.NAME, DerivedGraph.computeAt(q -> QueryExecHTTP.service(queryEndpoint)
                    .query(q).sendMode(SEND).build()));
        }
    }

    private void put(Node graphName, Graph graph) {
        for (int attempt = 1; ; attempt++) {
            try {
                GSP.service(endpoint).graphName(graphName).PUT(graph);
                return;
            } catch (HttpException e) {
                // no answer at all (the connection failed or was dropped): a PUT replaces the graph, so it is sent once more
                if (e.getStatusCode() <= 0 && attempt < 2) {
                    continue;
                }
                throw new IllegalStateException("endpoint " + endpoint + " refused graph " + graphName.getURI() + ": "
                        + (e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " : "") + (e.getMessage() == null ? e.toString() : e.getMessage())
                        + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), e);
            }
        }
    }
}
