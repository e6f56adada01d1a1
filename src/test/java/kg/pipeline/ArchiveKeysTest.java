package kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.resolve.CuratedPeople;
import kg.resolve.Resolution;
import kg.resolve.ResolvedPerson;
import kg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys that stay when documents are added or ingested again, and curated lines that reverse a doubtful decision. */
class ArchiveKeysTest {
    private static final Path NAMESAKES = Path.of("src/test/resources/golden/resolve/namesakes-in-unrelated-units");
    private static final Path UNIVERSITY = NAMESAKES.resolve("1-university-news.txt");
    private static final Path INSTITUTE = NAMESAKES.resolve("2-institute-news.txt");

    @TempDir
    Path tmp;

    private static ResolvedPerson ingest(Pipeline pipeline, KgStore store, Path doc, String name) {
        PreparedDocument p = pipeline.prepare(doc, Pipeline.peopleOf(store));
        pipeline.load(p, store);
        return p.doc().person(name);
    }

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static List<Map<String, String>> doubts(KgStore store) {
        List<Map<String, String>> rows = new ArrayList<>();
        new QueryRunner(store.dataset()).select(QueryCatalog.load().get("doubtful-people").orElseThrow(), Map.of(), rs -> {
            rs.forEachRemaining(r -> rows.add(Map.of("name", r.getLiteral("name").getString(),
                    "outcome", r.getLiteral("outcome").getString(), "line", r.getLiteral("line").getString())));
            return null;
        });
        return rows;
    }

    @Test
    void keysStayWhenDocumentsAreAddedOrIngestedAgain() throws IOException {
        Pipeline pipeline = new Pipeline(CuratedPeople.none());
        try (KgStore store = KgStore.inMemory()) {
            String photographer = ingest(pipeline, store, UNIVERSITY, "王明").key();
            ResolvedPerson meteorologist = ingest(pipeline, store, INSTITUTE, "王明");
            assertNotEquals(photographer, meteorologist.key());
            assertEquals(Resolution.Outcome.APART, meteorologist.resolution().outcome());

            ResolvedPerson again = ingest(pipeline, store, INSTITUTE, "王明");
            assertEquals(meteorologist.key(), again.key(), "ingesting a document again keeps its people's keys");
            assertEquals(Resolution.Outcome.APART, again.resolution().outcome(),
                    "a document ingested again is no evidence for itself: " + again.resolution().reason());
            assertEquals(photographer, ingest(pipeline, store, UNIVERSITY, "王明").key());

            Path later = write("3-institute-later.txt", "东川气象研究所举办青年学术论坛\n\n"
                    + "2025年3月20日，我所举办青年学术论坛。王明研究员作题为“强对流的临近预报”的特邀报告。\n");
            assertEquals(meteorologist.key(), ingest(pipeline, store, later, "王明").key(),
                    "a later document of the same unit joins the person it holds");
            assertEquals(photographer, ingest(pipeline, store, UNIVERSITY, "王明").key(), "and renumbers no one");
        }
    }

    @Test
    void theLineOfADoubtfulSplitJoinsThemOnTheNextIngest() throws IOException {
        try (KgStore store = KgStore.inMemory()) {
            Pipeline pipeline = new Pipeline(CuratedPeople.none());
            String photographer = ingest(pipeline, store, UNIVERSITY, "王明").key();
            ingest(pipeline, store, INSTITUTE, "王明");
            List<Map<String, String>> doubts = doubts(store);
            assertEquals(1, doubts.size(), doubts.toString());
            assertEquals("apart", doubts.get(0).get("outcome"));

            Path people = write("people.json", "{\"people\": [" + doubts.get(0).get("line") + "]}");
            Pipeline curated = new Pipeline(CuratedPeople.read(people));
            ResolvedPerson joined = ingest(curated, store, INSTITUTE, "王明");
            assertEquals(photographer, joined.key(), "the curated line wins over the evidence");
            assertEquals(Resolution.Outcome.CURATED, joined.resolution().outcome());
            assertTrue(doubts(store).isEmpty(), "a curated decision is no longer doubtful");
        }
    }

    @Test
    void theLineOfADoubtfulMergeKeepsThemApartOnTheNextIngest() throws IOException {
        // one name and title, no affiliation either time, in the news of two units: joined, but on thin evidence
        Path march = write("1-march.txt", "东川气象研究所举办学术报告会\n\n2025年3月12日，我所举办学术报告会，"
                + "刘洋院士作题为“讲好气候故事”的报告。\n");
        Path may = write("2-may.txt", "海岳大学举办学术讲座\n\n2025年5月21日，我校举办学术讲座，"
                + "刘洋院士作题为“从实验室到产业”的报告。\n");
        try (KgStore store = KgStore.inMemory()) {
            Pipeline pipeline = new Pipeline(CuratedPeople.none());
            String first = ingest(pipeline, store, march, "刘洋").key();
            ResolvedPerson second = ingest(pipeline, store, may, "刘洋");
            assertEquals(first, second.key());
            assertTrue(second.resolution().doubtful(), second.resolution().reason());

            List<Map<String, String>> doubts = doubts(store);
            assertEquals(List.of("joined"), doubts.stream().map(d -> d.get("outcome")).toList());
            Path people = write("people.json", "{\"people\": [" + doubts.get(0).get("line") + "]}");
            ResolvedPerson apart = ingest(new Pipeline(CuratedPeople.read(people)), store, may, "刘洋");
            assertNotEquals(first, apart.key());
            assertEquals(first, ingest(new Pipeline(CuratedPeople.read(people)), store, march, "刘洋").key(),
                    "the line names one document; the other keeps its person");
        }
    }
}
