package kg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * The ties an issue shows: every pair of people that one work, project, research group or event of one item
 * brings together, one {@code kg:Tie} each. They are written with the issue's graph so that the network,
 * collaborations and review queries read pairs instead of joining every credit with every other at query
 * time, which grows with the square of a work's authors and with the whole archive. Re-ingesting the issue
 * replaces them with the rest of its graph.
 */
final class TieWriter {
    /** The people one thing brings together in one item. */
    private record Clique(String basis, Resource via, Resource item, Integer year, Set<Resource> people) {
    }

    private final Model model;
    private final Iris iris;
    private final String issueKey;
    private final Property derivedFrom;
    private final Map<List<Object>, Clique> cliques = new LinkedHashMap<>();

    TieWriter(Model model, Iris iris, String issueKey, Property derivedFrom) {
        this.model = model;
        this.iris = iris;
        this.issueKey = issueKey;
        this.derivedFrom = derivedFrom;
    }

    /** {@code person} is one of the people {@code via} (shown by {@code item}, dated {@code year}) brings together. */
    void add(String basis, Resource via, Resource item, Integer year, Resource person) {
        cliques.computeIfAbsent(List.of(basis, via, item),
                k -> new Clique(basis, via, item, year, new LinkedHashSet<>())).people().add(person);
    }

    void write() {
        for (Clique c : cliques.values()) {
            List<Resource> people = new ArrayList<>(c.people());
            people.sort((x, y) -> x.getURI().compareTo(y.getURI()));
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    tie(c, people.get(i), people.get(j));
                }
            }
        }
    }

    /** {@code a} is the person whose IRI sorts first, as the queries expect. */
    private void tie(Clique c, Resource a, Resource b) {
        Resource t = iris.fact("tie", issueKey, localName(c.item()), c.basis(), Iris.digest(c.via().getURI()),
                        localName(a), localName(b))
                .addProperty(RDF.type, KG.Tie)
                .addProperty(KG.personA, a)
                .addProperty(KG.personB, b)
                .addProperty(KG.basis, model.createTypedLiteral(c.basis(), XSDDatatype.XSDstring))
                .addProperty(KG.via, c.via())
                .addProperty(derivedFrom, c.item());
        if (c.year() != null) {
            t.addProperty(KG.year, model.createTypedLiteral(String.valueOf(c.year()), XSDDatatype.XSDinteger));
        }
    }

    private static String localName(Resource r) {
        String uri = r.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
