package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.store.KgStore;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A faculty archive holds documents of several units: each person is internal for the unit whose document
 * shows them as its member, so one college's professor named as a guest in another college's news stays
 * internal in the archive, and a guest of both stays external.
 */
class PeopleInternalTest {
    private static final String COLLEGE_A = "海岳大学环境学院召开学科建设研讨会\n2025-05-08\n"
            + "5月6日，海岳大学环境学院学科建设研讨会召开。我院院长梁思远教授主持会议，北川大学地理学院陶文君教授应邀出席。\n"
            + "我校化学学院刘国栋教授参加研讨。\n";
    private static final String COLLEGE_B = "海岳大学化学学院举办青年学术论坛\n2025-06-10\n"
            + "6月9日，海岳大学化学学院青年学术论坛举办。我院刘国栋教授作主旨报告，我校环境学院梁思远教授、北川大学地理学院陶文君教授应邀出席。\n";

    @TempDir
    Path tmp;

    @Test
    void aPersonIsInternalForTheUnitWhoseDocumentShowsThemAsAMember() throws Exception {
        Path a = Files.writeString(tmp.resolve("college-a.txt"), COLLEGE_A, StandardCharsets.UTF_8);
        Path b = Files.writeString(tmp.resolve("college-b.txt"), COLLEGE_B, StandardCharsets.UTF_8);
        try (KgStore store = KgStore.inMemory()) {
            Pipeline pipeline = new Pipeline(CuratedPeople.none());
            pipeline.ingest(a, store);
            assertEquals(Map.of("梁思远", "true", "刘国栋", "false", "陶文君", "false"), internal(store));
            pipeline.ingest(b, store);
            assertEquals(Map.of("梁思远", "true", "刘国栋", "true", "陶文君", "false"), internal(store),
                    "刘国栋 is a member of the unit of the second document, 梁思远 still of the first's");
        }
    }

    private static Map<String, String> internal(KgStore store) {
        QueryCatalog catalog = QueryCatalog.load();
        return new QueryRunner(store.dataset()).select(catalog.get("people").orElseThrow(), Map.of(), rs -> {
            Map<String, String> out = new TreeMap<>();
            rs.forEachRemaining((QuerySolution r) -> out.put(r.getLiteral("name").getString(),
                    r.getLiteral("internal").getLexicalForm()));
            return out;
        });
    }
}
