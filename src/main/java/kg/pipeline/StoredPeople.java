package kg.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.query.QueryTarget;
import kg.rdf.KG;
import kg.resolve.KnownPeople;
import kg.resolve.KnownPerson;
import org.apache.jena.query.QuerySolution;

/**
 * The people a store holds, as resolution asks for them: one query per document for all the forms it prints
 * ({@code queries/known-people.rq}), one for the keys its earlier version gave ({@code known-previous.rq}), and
 * one per person whose companions decide ({@code known-companions.rq}). Evidence is read from the archive
 * without the document's own graph, where the store can hide it.
 */
final class StoredPeople implements KnownPeople {
    private static final String PERSON = KG.DATA + "person/";

    private final Function<String, QueryTarget> besides;
    private final QueryTarget whole;
    private final CannedQuery people;
    private final CannedQuery previous;
    private final CannedQuery companions;

    /**
     * @param besides the archive without the graph of an issue, by its key
     * @param whole   the archive with every graph
     */
    StoredPeople(Function<String, QueryTarget> besides, QueryTarget whole) {
        this.besides = besides;
        this.whole = whole;
        QueryCatalog catalog = QueryCatalog.load();
        this.people = query(catalog, "known-people");
        this.previous = query(catalog, "known-previous");
        this.companions = query(catalog, "known-companions");
    }

    private static CannedQuery query(QueryCatalog catalog, String name) {
        return catalog.get(name).orElseThrow(() -> new IllegalStateException("canned query " + name + " is missing"));
    }

    @Override
    public List<KnownPerson> withAnyOf(Set<String> forms, String besidesIssue) {
        if (forms.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Set<String>>> facets = new LinkedHashMap<>();
        new QueryRunner(besides.apply(besidesIssue)).select(people.withValues("form", forms), Map.of(), rs -> {
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                facets.computeIfAbsent(key(row.getResource("person").getURI()), k -> new HashMap<>())
                        .computeIfAbsent(row.getLiteral("kind").getString(), k -> new LinkedHashSet<>())
                        .add(row.getLiteral("value").getString());
            }
            return null;
        });
        new QueryRunner(whole).select(previous.withValues("form", forms), Map.of("self", KG.GRAPHS + besidesIssue), rs -> {
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                facets.computeIfAbsent(key(row.getResource("person").getURI()), k -> new HashMap<>())
                        .computeIfAbsent("previous", k -> new LinkedHashSet<>()).add(row.getLiteral("form").getString());
            }
            return null;
        });
        return facets.entrySet().stream().map(e -> person(e.getKey(), e.getValue())).toList();
    }

    @Override
    public Set<String> companionsOf(String key, String besidesIssue) {
        Set<String> out = new LinkedHashSet<>();
        new QueryRunner(besides.apply(besidesIssue)).select(companions, Map.of("person", PERSON + key), rs -> {
            rs.forEachRemaining(row -> out.add(key(row.getResource("other").getURI())));
            return null;
        });
        return out;
    }

    private static KnownPerson person(String key, Map<String, Set<String>> f) {
        return new KnownPerson(key, f.getOrDefault("name", Set.of()), f.getOrDefault("reading", Set.of()),
                f.getOrDefault("unit", Set.of()), f.getOrDefault("publisher", Set.of()), f.getOrDefault("title", Set.of()),
                Set.of(), f.getOrDefault("previous", Set.of()));
    }

    private static String key(String iri) {
        return iri.startsWith(PERSON) ? iri.substring(PERSON.length()) : iri;
    }
}
