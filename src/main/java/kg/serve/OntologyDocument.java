package kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kg.rdf.Ontology;
import org.apache.jena.graph.Graph;

/**
 * {@code /def}, the ontology's own IRI ({@code https://kg.ess.tsinghua.edu.cn/def}, whose terms are
 * {@code …/def#Term}): {@code ontology/kg.ttl} in Turtle, JSON-LD or N-Triples, or for a browser the page that lists
 * its classes and properties with their English and Chinese labels. It is read from the jar, not the store, so it
 * is the same over a remote endpoint.
 */
final class OntologyDocument extends HttpServlet {
    private final transient Graph ontology = Ontology.graph();
    private final Page page = new Page("ontology.html");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = RdfResponse.negotiate(req, resp);
        if (type == null) {
            RdfResponse.notAcceptable(resp);
        } else if (type.equals(RdfResponse.HTML)) {
            page.doGet(req, resp);
        } else {
            RdfResponse.write(resp, ontology, type);
        }
    }
}
