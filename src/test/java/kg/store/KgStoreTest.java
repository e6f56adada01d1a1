package kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import kg.pipeline.Pipeline;
import kg.rdf.IssueGraph;
import kg.rdf.KG;
import kg.resolve.CuratedPeople;
import kg.validate.GraphValidator;
import kg.validate.ValidGraph;
import kg.validate.ValidationException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TDB2 store on disk: replacing an issue's graph touches nothing else, and reloading changes nothing. */
class KgStoreTest {
    private static final GraphValidator VALIDATOR = new GraphValidator();
    private static Pipeline pipeline;
    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(CuratedPeople.none());
    }

    private IssueGraph graphOf(String text, String fileName) throws Exception {
        Path f = tmp.resolve(fileName);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return pipeline.graph(pipeline.resolve(f));
    }

    private static ValidGraph valid(IssueGraph graph) {
        return VALIDATOR.validate(graph);
    }

    private static final String ISSUE_ONE = "2025 年第一期《工作动态》总第 66 期\n一、学生工作\n1.地学系博士生郑雨桐获国家奖学金\n"
            + "2024 年 12 月 20 日，地球系统科学系何文涛副教授课题组博士生郑雨桐荣获国家奖学金。\n";
    private static final String ISSUE_TWO = "2025 年第二期《工作动态》总第 67 期\n一、工作动态\n1.地学系举办学术沙龙\n"
            + "2025 年 4 月 3 日，地球系统科学系在蒙民伟科技大楼举办学术沙龙，博士后赵一鸣作主讲人。\n";

    @Test
    void reingestingAnIssueReplacesItsGraphAndNothingElse() throws Exception {
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            IssueGraph one = graphOf(ISSUE_ONE, "one.txt");
            IssueGraph two = graphOf(ISSUE_TWO, "two.txt");
            store.replace(valid(one));
            store.replace(valid(two));
            String twoBefore = dump(store, two.graphName());

            IssueGraph oneChanged = graphOf(ISSUE_ONE.replace("郑雨桐", "郑雨涵"), "one-again.txt");
            assertEquals(one.graphName(), oneChanged.graphName(), "same issue, same graph");
            store.replace(valid(oneChanged));

            assertEquals(twoBefore, dump(store, two.graphName()), "the other issue's graph is untouched");
            String oneNow = dump(store, one.graphName());
            assertTrue(oneNow.contains("郑雨涵") && !oneNow.contains("郑雨桐"), "the old graph is gone, the new one is in");
        }
    }

    @Test
    void loadingTheSameIssueTwiceGivesTheSameGraph() throws Exception {
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            store.replace(valid(graphOf(ISSUE_ONE, "one.txt")));
            String first = dump(store, null);
            store.replace(valid(graphOf(ISSUE_ONE, "one.txt")));
            assertEquals(first, dump(store, null));
        }
    }

    @Test
    void aGraphThatBreaksAShapeLeavesTheStoreAsItWas() throws Exception {
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            store.replace(valid(graphOf(ISSUE_ONE, "one.txt")));
            String before = dump(store, null);
            IssueGraph broken = graphOf(ISSUE_ONE.replace("郑雨桐", "郑雨涵"), "one.txt");
            Graph g = broken.graph();
            Node person = g.find(Node.ANY, RDF.type.asNode(), KG.Person.asNode()).next().getSubject();
            g.remove(person, KG.name.asNode(), Node.ANY);
            g.add(person, KG.internal.asNode(), NodeFactory.createLiteralString("maybe"));
            assertThrows(ValidationException.class, () -> store.replace(valid(broken)));
            assertEquals(before, dump(store, null));
        }
    }

    @Test
    void queriesSeeTheUnionOfAllIssues() throws Exception {
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            store.replace(valid(graphOf(ISSUE_ONE, "one.txt")));
            store.replace(valid(graphOf(ISSUE_TWO, "two.txt")));
            long people = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <" + KG.Person.getURI() + "> }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(3, people, "SPARQL's default graph is the union of the issues' graphs");
        }
    }

    /** The store (or one graph of it) as sorted N-Quads. */
    private static String dump(KgStore store, Node graph) {
        return Txn.calculateRead(store.dataset(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (graph == null) {
                RDFDataMgr.write(out, store.dataset().asDatasetGraph(), Lang.NQUADS);
            } else {
                RDFDataMgr.write(out, store.dataset().asDatasetGraph().getGraph(graph), Lang.NTRIPLES);
            }
            return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).sorted().collect(Collectors.joining("\n"));
        });
    }
}
