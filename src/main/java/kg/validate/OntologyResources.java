package kg.validate;

import kg.rdf.Ontology;
import org.apache.jena.graph.Graph;

/** The ontology and shapes, as the build put them on the classpath from {@code ontology/}. */
public final class OntologyResources {
    public static final String SHAPES = "/kg/ontology/shapes.ttl";

    private OntologyResources() {
    }

    public static Graph ontology() {
        return Ontology.graph();
    }

    public static Graph shapes() {
        return Ontology.turtle(SHAPES);
    }
}
