package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Every canned query parses, says what it answers, and the contract queries return exactly their columns. */
class QueryCatalogTest {
    private static final Map<String, List<String>> CONTRACT = Map.of(
            "items", List.of("item", "section", "number", "title", "date"),
            "people", List.of("person", "name", "internal", "titles", "org"),
            "works", List.of("work", "item", "type", "title", "venue", "doi", "url", "date"),
            "authorships", List.of("work", "name", "first", "corresponding", "team"),
            "collaborations", List.of("a", "b", "basis", "evidence"),
            "events", List.of("event", "item", "type", "date", "location", "name", "role"),
            "awards", List.of("award", "year", "name"),
            "projects", List.of("project", "title", "code", "name", "role"));

    private final QueryCatalog catalog = QueryCatalog.load();

    @Test
    void theHeaderSaysWhichQueriesAnswerAboutOneThing() {
        assertTrue(catalog.get("find").orElseThrow().light(), "# cost: light");
        assertTrue(catalog.get("person-profile").orElseThrow().light());
        assertFalse(catalog.get("people").orElseThrow().light(), "a query over the archive");
        assertFalse(catalog.get("network").orElseThrow().light());
    }

    /** Virtuoso 7 reads a non-ASCII literal of the query text as bytes, so its answer would differ from TDB2's. */
    @Test
    void noQueryHoldsANonAsciiLiteral() {
        for (CannedQuery q : catalog.all()) {
            // serialised from its syntax tree, so that comments, which may be in any script, are gone
            String text = QueryFactory.create(q.sparql()).serialize();
            assertTrue(text.chars().allMatch(c -> c < 128), q.name() + ": " + text.replaceAll("[\\x00-\\x7f]", ""));
        }
    }

    @Test
    void everyQueryParsesAndHasAHeader() {
        assertTrue(catalog.all().size() >= CONTRACT.size() + 5, "the contract queries and the analysts' ones");
        for (CannedQuery q : catalog.all()) {
            Query parsed = QueryFactory.create(q.sparql());
            assertTrue(parsed.isSelectType(), q.name() + " is a SELECT");
            assertFalse(q.title().equals(q.name()) || q.description().isEmpty(), q.name() + " has a title and a description");
            assertEquals(q.columns(), parsed.getResultVars(), q.name() + ": '# returns:' lists the columns it returns");
            for (CannedQuery.Parameter p : q.parameters()) {
                assertTrue(q.sparql().contains("?" + p.name()), q.name() + " uses its parameter " + p.name());
                assertTrue(List.of("string", "iri", "date", "integer", "boolean").contains(p.type()), q.name() + ": type of " + p.name());
            }
        }
    }

    @Test
    void theContractQueriesReturnExactlyTheirColumns() {
        CONTRACT.forEach((name, columns) -> {
            CannedQuery q = catalog.get(name).orElseThrow(() -> new AssertionError("missing canned query " + name));
            assertEquals(columns, QueryFactory.create(q.sparql()).getResultVars(), name);
        });
    }

    /**
     * SAMPLE may give any value of its group, and a LIMIT without ORDER BY any rows: two engines (or two runs) would
     * answer differently, and the answers could not be compared.
     */
    @Test
    void noAnswerDependsOnTheEnginesChoice() {
        for (CannedQuery q : catalog.all()) {
            Query query = QueryFactory.create(q.sparql());
            assertFalse(q.sparql().replaceAll("(?m)#.*$", "").toUpperCase(java.util.Locale.ROOT).contains("SAMPLE("),
                    q.name() + " uses SAMPLE");
            assertTrue(!query.hasLimit() || query.hasOrderBy(), q.name() + " has a LIMIT without an ORDER BY");
        }
    }

    @Test
    void aParameterBecomesAnRdfTermNotText() {
        CannedQuery.Parameter p = new CannedQuery.Parameter("name", "string", "");
        String hostile = "\" } ; DROP ALL ; #";
        assertTrue(QueryRunner.term(p, hostile).isLiteral());
        assertEquals(hostile, QueryRunner.term(p, hostile).getLiteralLexicalForm());
    }

    @Test
    void queriesTheServerNeedsAreThere() {
        for (String name : List.of("network", "series", "ties", "person-profile", "item")) {
            assertTrue(catalog.get(name).isPresent(), name);
        }
        assertEquals(List.of("from", "to", "bases", "series", "internalOnly", "minWeight"), catalog.get("network").orElseThrow()
                .parameters().stream().map(CannedQuery.Parameter::name).toList());
    }

    @Test
    void booleanParametersAcceptOnlyTrueOrFalse() {
        CannedQuery.Parameter p = new CannedQuery.Parameter("internalOnly", "boolean", "");
        assertEquals("true", QueryRunner.term(p, " true ").getLiteralLexicalForm());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryRunner.term(p, "true || 1"));
        assertTrue(e.getMessage().contains("internalOnly"), e.getMessage());
    }
}
