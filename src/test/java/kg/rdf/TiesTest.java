package kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kg:Tie resources of an issue graph are exactly the pairs its credits make, each dated and sourced. */
class TiesTest {
    private static final String ISSUE = "2025 年第二期《工作动态》总第 67 期\n一、科研进展\n"
            + "1.地学系在《自然》发表气候研究成果\n"
            + "2025 年 3 月 5 日，地球系统科学系张明远课题组在 Nature 发表论文。地学系博士生刘思琪为论文第一作者，"
            + "张明远教授为通讯作者，合作者包括清华大学王建国教授。\n"
            + "2.地学系举办学术沙龙\n"
            + "2025 年 4 月 3 日，地球系统科学系举办学术沙龙，赵一鸣研究员、孙晓峰副教授作报告。\n";

    @TempDir
    Path tmp;

    @Test
    void everyPairOfCreditsIsOneTieFromItsItem() throws Exception {
        Path f = tmp.resolve("issue.txt");
        Files.writeString(f, ISSUE, StandardCharsets.UTF_8);
        Pipeline pipeline = new Pipeline(CuratedPeople.none());
        Graph g = pipeline.graph(pipeline.resolve(f)).graph();

        // the pairs as the graph's credits make them, computed here without the ties
        Set<String> expected = rows(g, """
                PREFIX kg: <https://kg.ess.tsinghua.edu.cn/def#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?a ?b ?basis ?via ?item WHERE {
                  { ?x kg:work ?via ; kg:agent ?a . ?y kg:work ?via ; kg:agent ?b . BIND("coauthor" AS ?basis) }
                  UNION { ?x kg:event ?via ; kg:agent ?a . ?y kg:event ?via ; kg:agent ?b . BIND("event" AS ?basis) }
                  UNION { ?x kg:project ?via ; kg:agent ?a . ?y kg:project ?via ; kg:agent ?b . BIND("project" AS ?basis) }
                  UNION { ?m kg:organization ?via . ?via kg:leader ?a . ?m kg:member ?b . BIND("group" AS ?basis) }
                  FILTER (STR(?a) < STR(?b))
                  ?x prov:wasDerivedFrom ?item .
                }""");
        Set<String> ties = rows(g, """
                PREFIX kg: <https://kg.ess.tsinghua.edu.cn/def#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?a ?b ?basis ?via ?item WHERE {
                  ?t a kg:Tie ; kg:personA ?a ; kg:personB ?b ; kg:basis ?basis ; kg:via ?via ; prov:wasDerivedFrom ?item .
                }""");
        assertTrue(ties.stream().filter(t -> t.contains(" coauthor ")).count() >= 3,
                "the paper's three authors make three ties: " + ties);
        assertTrue(ties.stream().anyMatch(t -> t.contains(" event ")), "the salon's two speakers make a tie: " + ties);
        assertEquals(expected, ties);

        Set<String> years = rows(g, """
                PREFIX kg: <https://kg.ess.tsinghua.edu.cn/def#>
                SELECT DISTINCT ?year WHERE { ?t a kg:Tie ; kg:year ?year }""");
        assertEquals(Set.of("2025"), years, "each tie counts for its item's year");
    }

    private static Set<String> rows(Graph g, String sparql) {
        Set<String> out = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(sparql).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(String.join(" ", rs.getResultVars().stream()
                        .map(v -> s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()).toList()));
            }
        }
        return out;
    }
}
