package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Every canned query parses, returns what its header says, and uses each parameter it declares. */
class QueryCatalogTest {
    private static final Set<String> TYPES = Set.of("string", "iri", "date", "integer", "boolean");

    @Test
    void everyQueryKeepsItsHeader() {
        List<CannedQuery> all = QueryCatalog.load().all();
        assertFalse(all.isEmpty());
        for (CannedQuery q : all) {
            Query parsed = QueryFactory.create(q.sparql());
            assertEquals(q.columns(), parsed.getResultVars(), q.name() + ": # returns: against SELECT");
            for (CannedQuery.Parameter p : q.parameters()) {
                assertTrue(TYPES.contains(p.type()), q.name() + ": parameter " + p.name() + " has type " + p.type());
                assertTrue(q.sparql().matches("(?s).*\\?" + p.name() + "\\b.*"), q.name() + " never uses ?" + p.name());
            }
        }
    }

    @Test
    void queriesTheServerNeedsAreThere() {
        QueryCatalog catalog = QueryCatalog.load();
        for (String name : List.of("network", "ties", "person-profile", "item")) {
            assertTrue(catalog.get(name).isPresent(), name);
        }
        assertEquals(List.of("from", "to", "bases", "internalOnly", "minWeight"), catalog.get("network").orElseThrow()
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
