package kg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** One issue's facts as RDF: the named graph they go in and the graph itself. */
public record IssueGraph(String issueKey, Node graphName, Graph graph) {
}
