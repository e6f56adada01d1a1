package kg.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.query.QueryTarget;
import kg.rdf.KG;
import kg.resolve.KnownPeople;
import kg.resolve.KnownPerson;
import org.apache.jena.query.QuerySolution;

/**
 * The people a store holds, as resolution asks for them ({@code queries/known-people.rq}): one query per
 * document, for all the forms it prints, over every graph but the document's own.
 */
final class StoredPeople implements KnownPeople {
    private static final String PERSON = KG.DATA + "person/";

    private final QueryRunner runner;
    private final CannedQuery query;

    StoredPeople(QueryTarget target) {
        this.runner = new QueryRunner(target);
        this.query = QueryCatalog.load().get("known-people")
                .orElseThrow(() -> new IllegalStateException("canned query known-people is missing"));
    }

    @Override
    public List<KnownPerson> withAnyOf(Set<String> forms, String besidesIssue) {
        if (forms.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Set<String>>> facets = new LinkedHashMap<>();
        runner.select(query.withValues("form", forms), Map.of("self", KG.GRAPHS + besidesIssue), rs -> {
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String key = key(row.getResource("person").getURI());
                String kind = row.getLiteral("kind").getString();
                String value = row.get("value").isLiteral() ? row.getLiteral("value").getString() : row.get("value").toString();
                facets.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(kind, k -> new LinkedHashSet<>())
                        .add(kind.equals("companion") ? key(value) : value);
            }
            return null;
        });
        return facets.entrySet().stream().map(e -> person(e.getKey(), e.getValue())).toList();
    }

    private static KnownPerson person(String key, Map<String, Set<String>> f) {
        return new KnownPerson(key, f.getOrDefault("name", Set.of()), f.getOrDefault("reading", Set.of()),
                f.getOrDefault("unit", Set.of()), f.getOrDefault("publisher", Set.of()), f.getOrDefault("title", Set.of()),
                f.getOrDefault("companion", Set.of()), f.getOrDefault("previous", Set.of()));
    }

    private static String key(String iri) {
        return iri.startsWith(PERSON) ? iri.substring(PERSON.length()) : iri;
    }
}
