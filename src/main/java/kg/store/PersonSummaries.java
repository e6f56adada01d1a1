package kg.store;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kg.rdf.KG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The person summaries of some people, as {@code queries/derived/person-*.rq} define them, computed by looking each
 * person's facts up in a graph that is the union of the issue graphs. ARQ takes seconds to evaluate those queries
 * for the people of a large load (their property paths and groups over the union); this takes a few lookups a
 * person, so a bulk load can compute them before it writes and send them with its issues. The queries stay the
 * definition ({@code kg rebuild} and a remote store use them), and {@code PersonSummariesTest} holds the two equal.
 */
final class PersonSummaries {
    private static final Pattern HAN_FIRST = Pattern.compile("^[\u3400-\u9fff]");
    private static final Node TYPE = RDF.type.asNode();
    private static final List<Node> READS = List.of(KG.name, KG.pinyin, KG.internal, KG.memberOf, KG.mentionedIn,
            KG.inIssue, KG.publishedBy, KG.affiliation, KG.subOrganizationOf, KG.member, KG.roleTitle).stream()
            .map(Property::asNode).toList();
    // the order SPARQL's MIN gives strings: by their characters
    private static final Comparator<Node> LEXICAL = Comparator.comparing(Node::getLiteralLexicalForm);

    private PersonSummaries() {
    }

    /** Copies the triples of {@code from} that a summary may read: of all its triples, the ones {@link #of} looks up. */
    static void copyWhatItReads(Graph from, Graph into) {
        from.find(Node.ANY, TYPE, KG.Person.asNode()).forEach(into::add);
        READS.forEach(p -> from.find(Node.ANY, p, Node.ANY).forEach(into::add));
    }

    /** The summaries of these people (those the graph types kg:Person) over {@code union}. */
    static Graph of(Graph union, Collection<Node> people) {
        Graph out = GraphFactory.createGraphMem();
        // each issue graph repeats the names and parents of the organisations it names, so that a lookup in the
        // union reads a copy per issue, and many people share an issue: each is looked up once for all these people
        Shared shared = new Shared(union);
        for (Node person : people) {
            summarise(union, shared, person, out);
        }
        return out;
    }

    private static void summarise(Graph union, Shared shared, Node person, Graph out) {
        // person-titles.rq asks only for a membership, not for a kg:Person
        subjects(union, KG.member.asNode(), person).forEach(m ->
                objects(union, m, KG.roleTitle.asNode()).forEach(t -> out.add(person, KG.listedTitle.asNode(), t)));
        if (!union.contains(person, TYPE, KG.Person.asNode())) {
            return;
        }
        List<Node> names = objects(union, person, KG.name.asNode());
        if (!names.isEmpty()) {
            // person-summaries.rq: the Chinese form first, then the least
            Node name = names.stream().min(Comparator.comparing((Node n) -> HAN_FIRST.matcher(n.getLiteralLexicalForm()).find() ? 0 : 1)
                    .thenComparing(LEXICAL)).orElseThrow();
            out.add(person, KG.listedName.asNode(), NodeFactory.createLiteralString(name.getLiteralLexicalForm()));
            least(objects(union, person, KG.pinyin.asNode())).ifPresent(p -> out.add(person, KG.listedPinyin.asNode(), p));
            out.add(person, KG.memberOfPublisher.asNode(), NodeFactory.createLiteralByValue(memberOfPublisher(union, shared, person)));
        }
        List<Node> internal = objects(union, person, KG.internal.asNode());
        if (!internal.isEmpty()) {
            boolean any = internal.stream().anyMatch(n -> Boolean.TRUE.equals(n.getLiteralValue()));
            out.add(person, KG.anyInternal.asNode(), NodeFactory.createLiteralByValue(any));
        }
        List<Node> affiliations = objects(union, person, KG.affiliation.asNode());
        least(affiliations.stream().flatMap(o -> shared.names(o).stream()).toList())
                .ifPresent(o -> out.add(person, KG.listedOrg.asNode(), o));
        Set<Node> tops = tops(shared, affiliations);
        tops.forEach(top -> out.add(person, KG.listedInstitution.asNode(), top));
        least(tops.stream().flatMap(top -> shared.names(top).stream()).toList())
                .ifPresent(i -> out.add(person, KG.listedInstitutionName.asNode(), i));
    }

    /** Some unit the person is a member of publishes an issue that mentions them. */
    private static boolean memberOfPublisher(Graph union, Shared shared, Node person) {
        Set<Node> units = new HashSet<>(objects(union, person, KG.memberOf.asNode()));
        if (units.isEmpty()) {
            return false;
        }
        for (Node item : objects(union, person, KG.mentionedIn.asNode())) {
            for (Node issue : objects(union, item, KG.inIssue.asNode())) {
                if (shared.publishers(issue).stream().anyMatch(units::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The organisations at the top of these affiliations' chains of parents (kg:subOrganizationOf*), cycles included. */
    private static Set<Node> tops(Shared shared, List<Node> affiliations) {
        Set<Node> seen = new HashSet<>(affiliations);
        Deque<Node> todo = new ArrayDeque<>(affiliations);
        Set<Node> tops = new HashSet<>();
        while (!todo.isEmpty()) {
            Node org = todo.pop();
            List<Node> parents = shared.parents(org);
            if (parents.isEmpty()) {
                tops.add(org);
            }
            parents.stream().filter(seen::add).forEach(todo::push);
        }
        return tops;
    }

    /** What many people share, in the union, each looked up once: organisations' names and parents, issues' publishers. */
    private static final class Shared {
        private final Graph union;
        private final Map<Node, List<Node>> names = new HashMap<>();
        private final Map<Node, List<Node>> parents = new HashMap<>();
        private final Map<Node, List<Node>> publishers = new HashMap<>();

        Shared(Graph union) {
            this.union = union;
        }

        List<Node> names(Node org) {
            return names.computeIfAbsent(org, o -> objects(union, o, KG.name.asNode()));
        }

        List<Node> parents(Node org) {
            return parents.computeIfAbsent(org, o -> objects(union, o, KG.subOrganizationOf.asNode()));
        }

        List<Node> publishers(Node issue) {
            return publishers.computeIfAbsent(issue, i -> objects(union, i, KG.publishedBy.asNode()));
        }
    }

    private static Optional<Node> least(List<Node> literals) {
        return literals.stream().min(LEXICAL);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList();
    }
}
