package kg.validate;

import java.util.stream.Collectors;
import kg.rdf.IssueGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * Checks an issue's graph against {@code ontology/shapes.ttl} before it may be loaded. The graph is read
 * together with the ontology so that subclasses (kg:Article) meet the shapes of their superclasses (kg:Work).
 */
public final class GraphValidator {
    private final Graph shapesGraph = OntologyResources.shapes();
    private final Shapes shapes = Shapes.parse(shapesGraph);
    private final Graph ontology = OntologyResources.ontology();

    /** The graph, once it conforms; otherwise throws, naming each offending node and its shape. */
    public ValidGraph validate(IssueGraph issue) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(issue.graph(), ontology));
        if (!report.conforms()) {
            String problems = report.getEntries().stream().limit(10).map(this::describe)
                    .collect(Collectors.joining("; "));
            int more = report.getEntries().size() - 10;
            throw new ValidationException("graph of " + issue.issueKey() + " breaks the shapes: " + problems
                    + (more > 0 ? " (and " + more + " more)" : ""));
        }
        return new ValidGraph(issue);
    }

    private String describe(ReportEntry e) {
        return "node " + e.focusNode() + " fails shape " + shapeName(e.source())
                + (e.resultPath() == null ? "" : " at " + e.resultPath()) + ": " + e.message();
    }

    /** A property shape is a blank node: name the node shape it belongs to. */
    private String shapeName(Node source) {
        if (!source.isBlank()) {
            return source.getURI();
        }
        return shapesGraph.find(Node.ANY, SHACL.property, source).nextOptional()
                .map(t -> t.getSubject().toString()).orElse(source.toString());
    }
}
