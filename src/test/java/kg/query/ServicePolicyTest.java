package kg.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** SERVICE is refused wherever it hides in a query, unless its host is allowed; and refused again as it runs. */
class ServicePolicyTest {
    private static final List<String> HIDDEN = List.of(
            "SELECT * { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }",
            "SELECT * { { SELECT ?s { SERVICE SILENT <http://10.0.0.1/sparql> { ?s ?p ?o } } } }",
            "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } } }",
            "ASK { OPTIONAL { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } } }");

    @Test
    void offRefusesEverySericeBeforeItRuns() {
        for (String q : HIDDEN) {
            QueryDeniedException e = assertThrows(QueryDeniedException.class, () -> ServicePolicy.off().check(QueryFactory.create(q)), q);
            assertTrue(e.getMessage().contains("SERVICE is off"), e.getMessage());
        }
        assertDoesNotThrow(() -> ServicePolicy.off().check(QueryFactory.create("SELECT * { ?s ?p ?o }")));
    }

    @Test
    void onlyTheHostsNamedAreAllowed() {
        ServicePolicy p = ServicePolicy.allowing(List.of("127.0.0.1", "Example.org"), Duration.ofSeconds(1));
        for (String q : HIDDEN) {
            QueryDeniedException e = assertThrows(QueryDeniedException.class, () -> p.check(QueryFactory.create(q)), q);
            assertTrue(e.getMessage().contains("10.0.0.1"), e.getMessage());
        }
        assertDoesNotThrow(() -> p.check(QueryFactory.create("SELECT * { SERVICE <http://example.ORG:8080/q> { ?s ?p ?o } }")));
        assertDoesNotThrow(() -> p.check(QueryFactory.create("SELECT * { SERVICE <https://127.0.0.1/q> { ?s ?p ?o } }")));
        assertThrows(QueryDeniedException.class, () -> p.check(QueryFactory.create("SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }")));
        assertThrows(IllegalArgumentException.class, () -> ServicePolicy.allowing(List.of("http://x/"), Duration.ofSeconds(1)));
    }

    @Test
    void theDatasetRefusesTooWhateverRunsOnIt() {
        Dataset off = DatasetFactory.createTxnMem();
        ServicePolicy.off().applyTo(off.getContext());
        assertThrows(QueryDeniedException.class, () -> ask(off, "ASK { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }"));

        // SERVICE ?where passes the static check; the executor refuses the address it is bound to
        Dataset some = DatasetFactory.createTxnMem();
        ServicePolicy.allowing(List.of("example.org"), Duration.ofSeconds(1)).applyTo(some.getContext());
        QueryDeniedException e = assertThrows(QueryDeniedException.class,
                () -> ask(some, "ASK { BIND(<http://127.0.0.1:9/x> AS ?where) SERVICE ?where { ?s ?p ?o } }"));
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
    }

    private static boolean ask(Dataset ds, String q) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                return qe.execAsk();
            }
        });
    }
}
