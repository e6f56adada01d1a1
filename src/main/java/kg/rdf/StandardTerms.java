package kg.rdf;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The standard vocabularies' terms (FOAF, schema.org, W3C ORG, BIBO, FaBiO, Dublin Core, PROV) that each kg term
 * stands for, as the ontology's {@code rdfs:subClassOf} and {@code rdfs:subPropertyOf} axioms say, followed
 * transitively through kg's own terms ({@code kg:Article} → {@code kg:Work} → {@code schema:CreativeWork}).
 * The mapper writes them beside the kg triples, so that a query in those vocabularies answers on any store,
 * with no inference: Virtuoso, Fuseki and TDB2 as they come do none for these. Only the external terms are
 * written; the kg superclasses stay implied, as the shapes and queries expect.
 */
public final class StandardTerms {
    private final Map<Node, Set<Node>> classes;
    private final Map<Node, Set<Node>> properties;
    private final Map<String, String> prefixes;

    private StandardTerms(Map<Node, Set<Node>> classes, Map<Node, Set<Node>> properties, Map<String, String> prefixes) {
        this.classes = classes;
        this.properties = properties;
        this.prefixes = prefixes;
    }

    /** The alignment of {@code ontology/kg.ttl}. */
    public static StandardTerms ofOntology() {
        Graph ontology = Ontology.graph();
        return new StandardTerms(external(ontology, RDFS.subClassOf.asNode()), external(ontology, RDFS.subPropertyOf.asNode()),
                Map.copyOf(ontology.getPrefixMapping().getNsPrefixMap()));
    }

    /** No standard terms: the graph in kg's terms alone, for an inferred view to add them (as {@code kg bench} compares). */
    public static StandardTerms none() {
        return new StandardTerms(Map.of(), Map.of(), Map.of());
    }

    /** The ontology's prefixes, so that a graph written out names the standard terms as their vocabularies do. */
    Map<String, String> prefixes() {
        return prefixes;
    }

    /**
     * Adds, for each kg type and property of the graph, the standard types and properties it stands for. One term
     * at a time, so that what is held aside while the graph grows is one term's triples, not the whole graph.
     */
    void addTo(Graph g) {
        Node type = RDF.type.asNode();
        classes.forEach((kgClass, standard) -> {
            List<Node> members = g.find(Node.ANY, type, kgClass).mapWith(Triple::getSubject).toList();
            members.forEach(s -> standard.forEach(c -> g.add(s, type, c)));
        });
        properties.forEach((kgProperty, standard) -> {
            List<Triple> stated = g.find(Node.ANY, kgProperty, Node.ANY).toList();
            stated.forEach(t -> standard.forEach(p -> g.add(t.getSubject(), p, t.getObject())));
        });
    }

    /** For each kg term, its superterms (by {@code axiom}, transitively) outside kg's namespace. */
    private static Map<Node, Set<Node>> external(Graph ontology, Node axiom) {
        Map<Node, Set<Node>> out = new HashMap<>();
        ontology.find(Node.ANY, axiom, Node.ANY).forEach(t -> {
            Node term = t.getSubject();
            if (isKg(term) && !out.containsKey(term)) {
                Set<Node> supers = new LinkedHashSet<>();
                collect(ontology, axiom, term, supers, new LinkedHashSet<>());
                out.put(term, Set.copyOf(supers));
            }
        });
        return Map.copyOf(out);
    }

    private static void collect(Graph ontology, Node axiom, Node term, Set<Node> external, Set<Node> seen) {
        if (!seen.add(term)) {
            return;
        }
        ontology.find(term, axiom, Node.ANY).forEach(t -> {
            Node up = t.getObject();
            if (up.isURI() && !isKg(up)) {
                external.add(up);
            }
            collect(ontology, axiom, up, external, seen);
        });
    }

    private static boolean isKg(Node n) {
        return n.isURI() && n.getURI().startsWith(KG.NAMESPACE);
    }
}
