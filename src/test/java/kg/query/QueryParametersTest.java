package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

/**
 * An iri parameter must be an absolute IRI, and a parameter without a default must be given: left unbound, it
 * would match everything ({@code explain} without a subject listed every fact).
 */
class QueryParametersTest {
    private final QueryCatalog catalog = QueryCatalog.load();
    private final Dataset empty = DatasetFactory.createTxnMem();

    @Test
    void anIriParameterMustBeAnAbsoluteIri() {
        CannedQuery.Parameter p = new CannedQuery.Parameter("subject", "iri", "the resource");
        assertEquals("https://kg.ess.tsinghua.edu.cn/id/person/x", QueryRunner.term(p, "<https://kg.ess.tsinghua.edu.cn/id/person/x>").getURI());
        for (String bad : List.of("not an iri", "relative/path", "x> } ; DROP ALL ; #", "http://exa mple.org/")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryRunner.term(p, bad), bad);
            assertTrue(e.getMessage().contains("subject"), e.getMessage());
        }
    }

    @Test
    void aRequiredParameterLeftOutOrEmptyIsRefused() {
        CannedQuery explain = catalog.get("explain").orElseThrow();
        QueryRunner runner = new QueryRunner(empty);
        for (Map<String, String> params : List.of(Map.<String, String>of(), Map.of("subject", ""), Map.of("subject", "  "))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> runner.select(explain, params, rs -> rs.size()), params.toString());
            assertTrue(e.getMessage().contains("subject"), e.getMessage());
        }
        assertEquals(Integer.valueOf(0), runner.select(explain, Map.of("subject", "https://kg.ess.tsinghua.edu.cn/id/person/x"), rs -> (Integer) rs.size()));
    }

    @Test
    void parametersWithADefaultAndBooleansMayBeLeftOut() {
        CannedQuery network = catalog.get("network").orElseThrow();
        assertTrue(network.parameters().stream().allMatch(CannedQuery.Parameter::optional), "network's all have defaults");
        Map<String, String> blank = new HashMap<>();
        blank.put("from", "");
        assertEquals(Integer.valueOf(0), new QueryRunner(empty).select(network, blank, rs -> (Integer) rs.size()));
        CannedQuery ties = catalog.get("ties").orElseThrow();
        assertFalse(ties.parameters().get(0).optional(), "ties needs its person");
        assertTrue(ties.parameters().get(1).optional(), "ties' other person defaults to everyone");
    }
}
