package kg.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The collaboration network: people who have a tie (by pinyin) and one undirected edge per pair, weighted by
 * the number of works, projects and groups that show it, with its basis (coauthor;group;project).
 */
public record Network(List<Person> nodes, List<Edge> edges) {
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** One pair who worked together. */
    public record Edge(Person source, Person target, int weight, String basis) {
    }

    /** The network of the ties whose evidence passes {@code keep} (all of it, or a year's). */
    public static Network of(GraphFacts facts, Predicate<TieEvidence> keep) {
        Map<String, Person> nodes = new TreeMap<>();
        List<Edge> edges = facts.ties(keep).stream().map(t -> {
            nodes.put(t.person().iri(), t.person());
            nodes.put(t.collaborator().iri(), t.collaborator());
            return new Edge(t.person(), t.collaborator(), t.evidence().size(), t.basis());
        }).sorted(Comparator.comparing(Edge::source, Person.BY_PINYIN).thenComparing(Edge::target, Person.BY_PINYIN))
                .toList();
        return new Network(nodes.values().stream().sorted(Person.BY_PINYIN).toList(), edges);
    }
}
