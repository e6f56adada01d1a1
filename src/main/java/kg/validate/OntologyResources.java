package kg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology and shapes, as the build put them on the classpath from {@code ontology/}. */
public final class OntologyResources {
    public static final String ONTOLOGY = "/kg/ontology/kg.ttl";
    public static final String SHAPES = "/kg/ontology/shapes.ttl";

    private OntologyResources() {
    }

    public static Graph ontology() {
        return read(ONTOLOGY);
    }

    public static Graph shapes() {
        return read(SHAPES);
    }

    static Graph read(String resource) {
        try (InputStream in = OntologyResources.class.getResourceAsStream(resource)) {
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
