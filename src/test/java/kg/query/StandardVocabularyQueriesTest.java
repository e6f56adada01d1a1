package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.store.KgStore;
import kg.testkit.Newsletters;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example queries in FOAF, schema.org, ORG, Dublin Core and BIBO ({@code queries/std-*.rq}) give, on the
 * bundled issue and with no inference, the same people, works and co-authors as the contract queries in kg's terms.
 */
class StandardVocabularyQueriesTest {
    private static final QueryCatalog CATALOG = QueryCatalog.load();
    private static KgStore store;

    @BeforeAll
    static void load() {
        store = KgStore.inMemory();
        new Pipeline(CuratedPeople.none()).ingest(Newsletters.BUNDLED, store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyPersonIsAFoafPersonWithTheirName() {
        Map<String, String> contract = rows("people", Map.of(), StandardVocabularyQueriesTest::person, r -> r.getLiteral("name").getString());
        assertTrue(contract.size() > 30, "the bundled issue names " + contract.size() + " people");
        assertEquals(contract, rows("std-people", Map.of(), StandardVocabularyQueriesTest::person, r -> r.getLiteral("name").getString()));
    }

    @Test
    void theDepartmentsMembersAreThePeopleInternalToIt() {
        Set<String> internal = rows("people", Map.of(), r -> r.getLiteral("internal").getBoolean() ? person(r) : null, r -> "").keySet();
        Set<String> members = rows("std-members", Map.of("organisation", "地球系统科学系"), StandardVocabularyQueriesTest::person, r -> "").keySet();
        assertFalse(internal.isEmpty());
        assertEquals(internal, members);
        assertTrue(rows("std-members", Map.of("organisation", "清华大学"), StandardVocabularyQueriesTest::person, r -> "").keySet()
                .containsAll(members), "the department's people are people of its university too");
    }

    @Test
    void aPersonsWorksAreTheWorksCreditingThemWithTheirDois() {
        Map<String, String> dois = rows("works", Map.of(), StandardVocabularyQueriesTest::work, StandardVocabularyQueriesTest::doi);
        Map<String, Set<String>> credited = new TreeMap<>();
        rows("authorships", Map.of(), r -> r.getLiteral("name").getString() + "\t" + work(r), r -> "").keySet().forEach(k -> {
            String[] nameWork = k.split("\t", 2);
            credited.computeIfAbsent(nameWork[0], n -> new TreeSet<>()).add(nameWork[1]);
        });
        assertTrue(credited.size() > 10, credited.size() + " people credited with works");
        Set<String> withDoi = new TreeSet<>();
        for (Map.Entry<String, Set<String>> e : credited.entrySet()) {
            Map<String, String> works = rows("std-works", Map.of("person", e.getKey()), StandardVocabularyQueriesTest::work,
                    StandardVocabularyQueriesTest::doi);
            assertEquals(e.getValue(), works.keySet(), "works of " + e.getKey());
            works.forEach((w, doi) -> {
                assertEquals(dois.get(w), doi, "DOI of " + w);
                if (!doi.isEmpty()) {
                    withDoi.add(w);
                }
            });
        }
        assertFalse(withDoi.isEmpty(), "some works have DOIs");
    }

    @Test
    void coauthorsAreThoseOfTheContractQuery() {
        Set<String> credited = rows("authorships", Map.of(), r -> r.getLiteral("name").getString(), r -> "").keySet();
        int pairs = 0;
        for (String name : credited) {
            Map<String, String> contract = rows("coauthors", Map.of("person", name), r -> r.getResource("coauthor").getURI(),
                    r -> r.getLiteral("works").getLexicalForm());
            assertEquals(contract, rows("std-coauthors", Map.of("person", name), r -> r.getResource("coauthor").getURI(),
                    r -> r.getLiteral("works").getLexicalForm()), "co-authors of " + name + ", with the number of works");
            pairs += contract.size();
        }
        assertTrue(pairs > 20, pairs + " co-author pairs");
    }

    private static String person(QuerySolution r) {
        return r.getResource("person").getURI();
    }

    private static String work(QuerySolution r) {
        return r.getResource("work").getURI();
    }

    private static String doi(QuerySolution r) {
        return r.contains("doi") ? r.getLiteral("doi").getString() : "";
    }

    /** The query's rows as key → value (a null key leaves the row out). */
    private static Map<String, String> rows(String query, Map<String, String> params, Function<QuerySolution, String> key,
                                            Function<QuerySolution, String> value) {
        return new QueryRunner(store.dataset()).select(CATALOG.get(query).orElseThrow(), params, (ResultSetRewindable rs) -> {
            Map<String, String> out = new TreeMap<>();
            rs.forEachRemaining(r -> {
                String k = key.apply(r);
                if (k != null) {
                    out.put(k, value.apply(r));
                }
            });
            return out;
        });
    }
}
