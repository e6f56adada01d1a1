package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.store.KgStore;
import kg.testkit.Newsletters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list asked a page at a time gives, page after page, exactly its whole answer in its order; a query's own
 * LIMIT still bounds its pages; a query with no order has none; and the streamed answer is the held one, byte for byte.
 */
class QueryPagesTest {
    private static KgStore store;
    private static QueryRunner runner;
    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        store = KgStore.inMemory();
        new Pipeline(CuratedPeople.none()).ingest(Newsletters.BUNDLED, store);
        runner = new QueryRunner(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void pagesOfAListAreItsWholeAnswerInOrder() {
        for (String name : List.of("people", "collaborations", "authorships", "review-ties")) {
            CannedQuery q = QueryCatalog.load().get(name).orElseThrow();
            List<String> whole = rows(q, null);
            assertTrue(whole.size() > 25, name + " has " + whole.size() + " rows: several pages of 10");
            List<String> paged = new ArrayList<>();
            for (long offset = 0; ; offset += 10) {
                List<String> page = rows(q, new QueryRunner.Window(offset, 10));
                paged.addAll(page);
                if (page.size() < 10) {
                    break;
                }
            }
            assertEquals(whole, paged, name);
        }
    }

    @Test
    void aQuerysOwnLimitBoundsItsPagesAndAQueryWithNoOrderHasNone() throws Exception {
        Files.writeString(tmp.resolve("first-names.rq"), """
                # title: The first names
                # description: Five names, in order.
                # returns: n
                PREFIX kg: <https://kg.ess.tsinghua.edu.cn/def#>
                SELECT DISTINCT ?n WHERE { ?p a kg:Person ; kg:name ?n } ORDER BY ?n LIMIT 5
                """, StandardCharsets.UTF_8);
        CannedQuery first = QueryCatalog.load(List.of(tmp)).get("first-names").orElseThrow();
        List<String> five = rows(first, null);
        assertEquals(5, five.size());
        assertEquals(five.subList(3, 5), rows(first, new QueryRunner.Window(3, 10)), "the page stops at the query's own limit");
        assertEquals(List.of(), rows(first, new QueryRunner.Window(7, 10)));
        CannedQuery item = QueryCatalog.load().get("item").orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.select(item,
                Map.of("item", "https://kg.ess.tsinghua.edu.cn/id/item/gongzuodongtai-2025-1/1.1"),
                new QueryRunner.Window(0, 5), rs -> rs.size()));
        assertTrue(e.getMessage().contains("no order"), e.getMessage());
    }

    @Test
    void aStreamedAnswerIsTheHeldOneAndCountsItsRows() {
        CannedQuery q = QueryCatalog.load().get("collaborations").orElseThrow();
        for (ResultFormat f : List.of(ResultFormat.CSV, ResultFormat.TSV, ResultFormat.JSON)) {
            ByteArrayOutputStream held = new ByteArrayOutputStream();
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            runner.write(q, Map.of(), f, held);
            long rows = runner.stream(q, Map.of(), f, streamed);
            assertEquals(held.toString(StandardCharsets.UTF_8), streamed.toString(StandardCharsets.UTF_8), f.toString());
            assertEquals(rows(q, null).size(), rows, f + ": the rows it wrote");
        }
    }

    private static List<String> rows(CannedQuery q, QueryRunner.Window w) {
        return runner.select(q, Map.of(), w, rs -> {
            List<String> out = new ArrayList<>();
            rs.forEachRemaining(r -> out.add(r.toString()));
            return out;
        });
    }
}
