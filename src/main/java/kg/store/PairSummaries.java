package kg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import kg.rdf.KG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The pair summaries of one issue graph, as {@code queries/derived/pair-years.rq} defines them, computed by walking
 * the graph's ties: what a bulk load of new issues adds to the derived graph. ARQ takes some 35 ms an issue to
 * evaluate that query over one graph, which at a thousand issues is most of a load; this takes about one. The query
 * stays the definition (rebuilds and re-ingests use it), and {@code PairSummariesTest} holds the two equal.
 */
final class PairSummaries {
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final String PAIR_IRI = KG.DATA + "pair-year/";
    private static final String YEAR_IRI = KG.DATA + "year/";

    private PairSummaries() {
    }

    static Graph of(Graph issue) {
        Graph out = GraphFactory.createGraphMem();
        Node series = series(issue);
        List<Node> ties = issue.find(Node.ANY, RDF.type.asNode(), KG.Tie.asNode()).mapWith(Triple::getSubject).toList();
        for (Node tie : ties) {
            List<Node> as = objects(issue, tie, KG.personA.asNode());
            List<Node> bs = objects(issue, tie, KG.personB.asNode());
            List<Node> bases = objects(issue, tie, KG.basis.asNode());
            List<Node> vias = objects(issue, tie, KG.via.asNode());
            List<Node> items = objects(issue, tie, PROV_DERIVED);
            List<Node> years = objects(issue, tie, KG.year.asNode());
            if (vias.isEmpty() || items.isEmpty()) {
                continue; // the definition's pattern needs both
            }
            for (Node a : as) {
                for (Node b : bs) {
                    for (Node basis : bases) {
                        for (Node year : years.isEmpty() ? Collections.<Node>singletonList(null) : years) {
                            Node pair = NodeFactory.createURI(PAIR_IRI + md5(a.getURI() + " " + b.getURI() + " "
                                    + series.getLiteralLexicalForm() + " " + (year == null ? "" : year.getLiteralLexicalForm())
                                    + " " + basis.getLiteralLexicalForm()));
                            out.add(pair, RDF.type.asNode(), KG.PairYear.asNode());
                            out.add(pair, KG.pairA.asNode(), a);
                            out.add(pair, KG.pairB.asNode(), b);
                            out.add(pair, KG.pairSeries.asNode(), series);
                            out.add(pair, KG.pairBasis.asNode(), basis);
                            if (year != null) {
                                out.add(pair, KG.pairYear.asNode(), year);
                                out.add(NodeFactory.createURI(YEAR_IRI + year.getLiteralLexicalForm()), KG.yearValue.asNode(), year);
                            }
                            vias.forEach(v -> out.add(pair, KG.pairVia.asNode(), v));
                            items.forEach(i -> out.add(pair, KG.pairItem.asNode(), i));
                            orgNames(issue, a).forEach(o -> out.add(pair, KG.pairOrgA.asNode(), o));
                            orgNames(issue, b).forEach(o -> out.add(pair, KG.pairOrgB.asNode(), o));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The newsletter of the graph's issue; "" for a document of no newsletter. */
    private static Node series(Graph issue) {
        for (Node i : issue.find(Node.ANY, RDF.type.asNode(), KG.NewsletterIssue.asNode()).mapWith(Triple::getSubject).toList()) {
            List<Node> named = objects(issue, i, KG.series.asNode());
            if (!named.isEmpty()) {
                return named.get(0);
            }
        }
        return NodeFactory.createLiteralString("");
    }

    private static List<Node> orgNames(Graph issue, Node person) {
        return objects(issue, person, KG.affiliation.asNode()).stream()
                .flatMap(org -> objects(issue, org, KG.name.asNode()).stream()).toList();
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java platform", e);
        }
    }
}
