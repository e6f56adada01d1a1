package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.store.KgStore;
import kg.testkit.Newsletters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The co-authors query names every work so that a person can tell which it is, titled or not. */
class CoauthorsQueryTest {
    private static final Path UNTITLED = Path.of("src/test/resources/golden/extract/works-untitled-paper/input.txt");
    private static KgStore store;

    @BeforeAll
    static void load() {
        store = KgStore.inMemory();
        Pipeline pipeline = new Pipeline(CuratedPeople.none());
        pipeline.ingest(Newsletters.BUNDLED, store);
        pipeline.ingest(UNTITLED, store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aTitledWorkByItsTitle() {
        assertEquals(Set.of("Reducing transition costs towards carbon neutrality of China’s coal power plants"),
                titles("崔宜筠"));
    }

    @Test
    void anUntitledWorkByItsTypeVenueAndDoi() {
        assertEquals(Set.of("article in Scientific Data (doi:10.1038/s41597-024-03223-1)", "中国长时间序列逐年人造夜间灯光数据集（1984-2020）"),
                titles("付昊桓"));
    }

    @Test
    void anUntitledWorkWithoutVenueOrLinkByTheItemThatReportsIt() {
        assertEquals(Set.of("article (item: 地球系统科学系师生在华北平原地下水研究中取得进展)"), titles("石振宇"));
    }

    /** The titles column of every co-author of this person, split into its works. */
    private static Set<String> titles(String person) {
        return new QueryRunner(store.dataset()).select(QueryCatalog.load().get("coauthors").orElseThrow(),
                Map.of("person", person), rs -> {
                    Set<String> out = new TreeSet<>();
                    rs.forEachRemaining(r -> out.addAll(Set.of(r.getLiteral("titles").getString().split(" \\| "))));
                    return out;
                });
    }
}
