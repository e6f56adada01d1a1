package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.store.KgStore;
import kg.testkit.Newsletters;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The network query against the collaborations it draws: the same pairs when nothing is filtered, and its
 * newsletter and year filters pick issue graphs. The store holds the bundled issue and a web article, which
 * belongs to no newsletter and has only its item's date.
 */
class NetworkQueryTest {
    private static final Path ARTICLE = Path.of("src/test/resources/golden/extract/paper-web-article/input.txt");
    private static KgStore store;
    private static QueryRunner runner;
    private static final QueryCatalog CATALOG = QueryCatalog.load();

    @BeforeAll
    static void load() {
        store = KgStore.inMemory();
        Pipeline pipeline = new Pipeline(CuratedPeople.none());
        pipeline.ingest(Newsletters.BUNDLED, store);
        pipeline.ingest(ARTICLE, store);
        runner = new QueryRunner(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void unfilteredItDrawsExactlyTheCollaborations() {
        Set<String> collaborations = pairs("collaborations", Map.of(), "a", "b");
        Set<String> network = pairs("network", Map.of(), "aName", "bName");
        assertTrue(collaborations.size() > 323, "the bundled issue's 323 pairs and the article's: " + collaborations.size());
        assertEquals(collaborations, network);
    }

    @Test
    void aNewsletterKeepsItsOwnIssuesAndLeavesTheArticleOut() {
        Set<String> all = pairs("network", Map.of(), "a", "b");
        Set<String> newsletter = pairs("network", Map.of("series", "工作动态"), "a", "b");
        Set<String> article = new TreeSet<>(all);
        article.removeAll(newsletter);
        assertEquals(323, newsletter.size());
        assertFalse(article.isEmpty(), "the article's pairs belong to no newsletter");
        assertEquals(Set.of(), pairs("network", Map.of("series", "no such newsletter"), "a", "b"));
    }

    @Test
    void theArticlesTiesCountForTheirItemsYearThoughItHasNoIssueYear() {
        Set<String> article = pairs("network", Map.of(), "a", "b");
        article.removeAll(pairs("network", Map.of("series", "工作动态"), "a", "b"));
        Set<String> in2025 = pairs("network", Map.of("from", "2025", "to", "2025"), "a", "b");
        assertTrue(in2025.containsAll(article), "the article is dated 2025");
        Set<String> in2024 = pairs("network", Map.of("from", "2024", "to", "2024"), "a", "b");
        assertTrue(in2024.stream().noneMatch(article::contains), "and not 2024");
    }

    private static Set<String> pairs(String query, Map<String, String> params, String a, String b) {
        return runner.select(CATALOG.get(query).orElseThrow(), params, rs -> {
            Set<String> out = new TreeSet<>();
            rs.forEachRemaining((QuerySolution r) -> out.add(r.get(a) + " " + r.get(b)));
            return out;
        });
    }
}
