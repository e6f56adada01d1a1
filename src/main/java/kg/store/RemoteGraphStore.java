package kg.store;

import java.util.List;
import kg.rdf.IssueGraph;
import kg.validate.OntologyResources;
import kg.validate.ValidGraph;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * Issue graphs written to any SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB, Virtuoso, Neptune …):
 * each issue's named graph is PUT, so re-ingesting an issue replaces its graph and nothing else; the
 * ontology's graph is PUT once per run. It takes only graphs that have met the shapes, so a broken one never leaves.
 * Queries over the endpoint expect its default graph to be the union of the named graphs.
 */
public final class RemoteGraphStore implements IssueStore {
    private final String endpoint;
    private boolean ontologySent;

    /** A store at the Graph Store Protocol URL (for Fuseki: {@code http://host:3030/dataset} or {@code …/data}). */
    public RemoteGraphStore(String endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public long replaceAll(List<ValidGraph> valid) {
        List<IssueGraph> issues = valid.stream().map(ValidGraph::issue).toList();
        if (!ontologySent) {
            put(KgStore.ONTOLOGY_GRAPH, OntologyResources.ontology());
            ontologySent = true;
        }
        issues.forEach(i -> put(i.graphName(), i.graph()));
        return issues.stream().mapToLong(i -> i.graph().size()).sum();
    }

    private void put(Node graphName, Graph graph) {
        try {
            GSP.service(endpoint).graphName(graphName).PUT(graph);
        } catch (HttpException e) {
            throw new IllegalStateException("endpoint " + endpoint + " refused graph " + graphName.getURI() + ": "
                    + (e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " : "") + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
    }
}
