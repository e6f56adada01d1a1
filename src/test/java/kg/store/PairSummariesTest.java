package kg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.bench.ArchiveGenerator;
import kg.pipeline.Pipeline;
import kg.rdf.IssueGraph;
import kg.resolve.CuratedPeople;
import kg.resolve.ResolvedDocument;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pair summaries a bulk load computes by walking an issue's ties are the ones the derived graph's definition
 * ({@code queries/derived/pair-years.rq}) gives for that issue: on the bundled issue, on generated variants of it
 * (other people, years, newsletters), and on a web article of no newsletter.
 */
class PairSummariesTest {
    private static final Path BUNDLED = Path.of("data/newsletters/gongzuo-dongtai-2025-1.txt");
    private static final Query DEFINITION = QueryFactory.read("queries/derived/pair-years.rq");
    @TempDir
    Path tmp;

    @Test
    void walkingTheTiesGivesWhatTheDefinitionGives() throws Exception {
        Pipeline pipeline = new Pipeline(CuratedPeople.none());
        ResolvedDocument base = pipeline.resolve(BUNDLED);
        assertSame(pipeline.graph(base), "the bundled issue");
        ArchiveGenerator generator = ArchiveGenerator.of(Files.readString(BUNDLED), base, 200);
        for (int k : new int[] {3, 101, 250}) {
            Path f = Files.writeString(tmp.resolve("issue-" + k + ".txt"), generator.issue(k), StandardCharsets.UTF_8);
            assertSame(pipeline.graph(pipeline.resolve(f)), "generated issue " + k);
        }
        Path article = Files.writeString(tmp.resolve("article.txt"), "海岳大学环境学院召开学术研讨会\n2025-05-08\n"
                + "5月6日，海岳大学环境学院梁思远教授与北川大学陶文君教授合作的论文发表于《地理学报》，梁思远为第一作者，陶文君为通讯作者。\n",
                StandardCharsets.UTF_8);
        assertSame(pipeline.graph(pipeline.resolve(article)), "a web article");
    }

    private static void assertSame(IssueGraph issue, String what) {
        Graph walked = PairSummaries.of(issue.graph());
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        one.addGraph(issue.graphName(), issue.graph());
        Graph defined = QueryExec.dataset(one).query(DEFINITION).construct();
        assertTrue(walked.isIsomorphicWith(defined), what + ": " + walked.size() + " triples walked, " + defined.size()
                + " by the definition");
        if (!what.equals("a web article")) {
            assertTrue(defined.size() > 100, what + " has pair summaries: " + defined.size());
        }
    }
}
