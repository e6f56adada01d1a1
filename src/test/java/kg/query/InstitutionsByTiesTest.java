package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.store.KgStore;
import kg.testkit.Newsletters;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * institutions-by-ties counts by institution: the top of an affiliation's chain of parents, so that two
 * departments of one university are that university. Made-up institutions, and the bundled issue.
 */
class InstitutionsByTiesTest {
    /** Two members; two collaborators in two departments of one university, one in an institute of an academy. */
    private static final String TEXT = "一、科研进展\n1.地学系在《地质学》发表俯冲带碳循环研究成果\n"
            + "2025 年 3 月 5 日，清华大学地学系在《地质学》（Geology）发表题为“Deep carbon cycling in subduction zones”的研究论文。"
            + "清华大学地学系博士生尹浩然为论文第一作者，地球系统科学系单文杰教授为通讯作者。"
            + "合作者包括海岳大学海洋科学学院孙立军教授、海岳大学物理系温晓燕，中科院云岭高原研究所蓝海涛。\n";

    @TempDir
    static Path tmp;
    private static KgStore store;
    private static final QueryCatalog CATALOG = QueryCatalog.load();

    @BeforeAll
    static void load() throws Exception {
        Path f = tmp.resolve("orgs.txt");
        Files.writeString(f, TEXT, StandardCharsets.UTF_8);
        store = KgStore.inMemory();
        new Pipeline(CuratedPeople.none()).ingest(f, store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void twoDepartmentsOfOneUniversityCountAsTheUniversity() {
        List<Map<String, String>> rows = rows(store);
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("海岳大学", rows.get(0).get("institution"));
        assertEquals("4", rows.get(0).get("ties"), "two members, each with two people there");
        assertEquals("2", rows.get(0).get("members"));
        assertEquals(Set.of("孙立军", "温晓燕"), Set.of(rows.get(0).get("people").split(";")));
        assertEquals("中国科学院", rows.get(1).get("institution"), "the institute's academy");
        assertEquals("2", rows.get(1).get("ties"));
    }

    @Test
    void inTheBundledIssueEveryInstitutionIsATopOne() {
        try (KgStore bundled = KgStore.inMemory()) {
            new Pipeline(CuratedPeople.none()).ingest(Newsletters.BUNDLED, bundled);
            List<Map<String, String>> rows = rows(bundled);
            assertFalse(rows.isEmpty());
            Set<String> parts = names(bundled, "SELECT ?n WHERE { ?o <https://kg.ess.tsinghua.edu.cn/def#subOrganizationOf> ?p ;"
                    + " <https://kg.ess.tsinghua.edu.cn/def#name> ?n }");
            assertTrue(parts.contains("香港科技大学计算机科学与工程系"), "the issue's units are parts: " + parts);
            List<String> institutions = rows.stream().map(r -> r.get("institution")).toList();
            assertTrue(institutions.stream().noneMatch(parts::contains), "a part of another is no institution: " + institutions);
            assertEquals(institutions.size(), new TreeSet<>(institutions).size(), "one row per institution");
        }
    }

    private static List<Map<String, String>> rows(KgStore s) {
        return new QueryRunner(s.dataset()).select(CATALOG.get("institutions-by-ties").orElseThrow(), Map.of(), rs -> {
            List<Map<String, String>> out = new ArrayList<>();
            List<String> vars = rs.getResultVars();
            rs.forEachRemaining((QuerySolution r) -> {
                Map<String, String> row = new LinkedHashMap<>();
                vars.forEach(v -> row.put(v, r.contains(v) ? (r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm() : r.get(v).toString()) : null));
                out.add(row);
            });
            return out;
        });
    }

    private static Set<String> names(KgStore s, String sparql) {
        Set<String> out = new TreeSet<>();
        s.dataset().begin(ReadWrite.READ);
        try (QueryExecution q = QueryExecution.dataset(s.dataset()).query(sparql).build()) {
            q.execSelect().forEachRemaining(r -> out.add(r.getLiteral("n").getLexicalForm()));
        } finally {
            s.dataset().end();
        }
        return out;
    }
}
