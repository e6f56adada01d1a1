package kg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The departmental ontology as the build put it on the classpath from {@code ontology/kg.ttl}: this stage reads
 * its alignment to the standard vocabularies ({@link StandardTerms}), the later ones its classes and shapes.
 */
public final class Ontology {
    public static final String RESOURCE = "/kg/ontology/kg.ttl";

    private Ontology() {
    }

    public static Graph graph() {
        return turtle(RESOURCE);
    }

    /** A Turtle file of the classpath, which the jar must hold. */
    public static Graph turtle(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
