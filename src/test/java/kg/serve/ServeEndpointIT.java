package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.store.LoopbackFuseki;
import kg.testkit.BundledStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg serve --endpoint} as a user starts it, over a real Fuseki in a process of its own that
 * {@code kg ingest --endpoint} filled with the bundled issue. The reference is the same issue in an embedded
 * store, read by the command line: the canned queries must give the same rows, the review the same page.
 */
class ServeEndpointIT {
    private static final String ISSUE = "data/newsletters/gongzuo-dongtai-2025-1.txt";

    @TempDir
    static Path dir;

    static LoopbackFuseki.Running fuseki;
    static ServerProcess server;
    static Http http;
    static String store;
    static long ingestedTriples;

    @BeforeAll
    static void start() throws IOException {
        fuseki = LoopbackFuseki.start();
        ServerProcess.Result remote = ServerProcess.run("ingest", "--endpoint", fuseki.dataset(), ISSUE);
        assertEquals(0, remote.exit(), remote.err());
        ingestedTriples = Long.parseLong(remote.out().replaceAll("(?s).*, (\\d+) triples, .*", "$1"));
        store = BundledStore.copyTo(dir.resolve("store")).toString();
        server = ServerProcess.serve("--endpoint", fuseki.sparql());
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Test
    void servesTheEndpointAndOpensNoStore() {
        assertTrue(server.output().startsWith("serving " + fuseki.sparql() + " at "), server.output());
        assertFalse(server.output().contains("was empty"), server.output());
    }

    @Test
    void collaborationsAreTheRowsOfTheEmbeddedStore() {
        List<String> expected = csvRows("collaborations");
        assertTrue(expected.size() > 100, "the bundled issue has hundreds of ties: " + expected.size());
        HttpResponse<String> r = http.get("api/queries/collaborations?format=csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(expected, sorted(r.body()));
    }

    @Test
    void networkAnswersWithItsParametersBound() {
        List<String> expected = csvRows("network", "--param", "internalOnly=true");
        List<Map<String, String>> all = http.rows("api/queries/network");
        HttpResponse<String> internal = http.get("api/queries/network?internalOnly=true&format=csv");
        assertEquals(200, internal.statusCode(), internal.body());
        assertEquals(expected, sorted(internal.body()));
        assertTrue(expected.size() - 1 < all.size() && expected.size() > 1,
                "internal ties are some of all " + all.size() + ", not " + (expected.size() - 1));
        assertEquals(400, http.get("api/queries/network?from=abc").statusCode());
    }

    @Test
    void reviewIsTheCommandLinesReview() {
        ServerProcess.Result expected = ServerProcess.run("review", "--year", "2025", "--format", "html", "--store", store);
        assertEquals(0, expected.exit(), expected.err());
        HttpResponse<String> page = http.get("review/2025");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Annual review 2025"), page.body().substring(0, 200));
        // the same review, but served it links each item it cites to the item's page on this server
        assertTrue(page.body().contains("<a class=\"item\" href=\"../items/"), "served citations link the items");
        String unlinked = page.body().replaceAll("<a class=\"item\" href=\"\\.\\./items/[^\"]*\">(.*?)</a>", "$1");
        assertEquals(expected.out().strip(), unlinked.strip());
    }

    @Test
    void pagesAreServed() {
        for (String page : List.of("network", "people/fu-haohuan-25bd", "queries")) {
            HttpResponse<String> r = http.get(page);
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.body().contains("<script"), page);
        }
        assertEquals(200, http.get("assets/network.js").statusCode());
    }

    @Test
    void iriDereferenceThroughTheEndpoint() {
        String person = "https://kg.ess.tsinghua.edu.cn/id/person/fu-haohuan-25bd";
        HttpResponse<String> turtle = http.get("id/person/fu-haohuan-25bd", "Accept", "text/turtle");
        assertEquals(200, turtle.statusCode(), turtle.body());
        Graph g = RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(NodeFactory.createURI(person), RDF.type.asNode(), NodeFactory.createURI("http://xmlns.com/foaf/0.1/Person")));
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), Node.ANY), "with its sources");
        assertEquals(303, http.get("id/person/fu-haohuan-25bd", "Accept", "text/html").statusCode());
        assertEquals(404, http.get("id/person/no-such-person-0000", "Accept", "text/turtle").statusCode());
        assertEquals(200, http.get("def", "Accept", "text/turtle").statusCode());
    }

    @Test
    void sparqlIsPassedOnToTheEndpointReadOnly() {
        assertTrue(ingestedTriples > 1000, "the bundled issue gives thousands of triples");
        assertEquals(ingestedTriples, http.count("count-triples.rq"));
        String drop = Http.resource("drop-all.ru");
        for (String path : List.of("kg/update", "kg", "kg/sparql")) {
            int status = http.postForm(path, Map.of("update", drop), null, null).statusCode();
            assertTrue(status >= 400 && status < 500, "update at /" + path + " answered " + status);
        }
        HttpResponse<String> asQuery = http.postForm("kg/sparql", Map.of("query", drop), null, null);
        assertEquals(400, asQuery.statusCode(), "an update is no query: " + asQuery.body());
        assertEquals(404, http.get("kg/get?default").statusCode(), "no Graph Store here");
        assertEquals(ingestedTriples, http.count("count-triples.rq"), "the endpoint's store is untouched");
        assertTrue(Http.json(http.get("$/server").body()).toString().contains("/kg"), "the query UI finds dataset kg");
    }

    @Test
    void anEndpointThatDoesNotAnswerIsOneLineNamingIt() {
        ServerProcess.Result r = ServerProcess.run("serve", "--endpoint", "http://127.0.0.1:9/kg/sparql", "--port", "0");
        assertEquals(1, r.exit(), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("kg: http://127.0.0.1:9/kg/sparql: "), r.err());
    }

    /** {@code kg query NAME ARGS --format csv} over the embedded store: the header, then the rows sorted. */
    private static List<String> csvRows(String query, String... args) {
        List<String> command = new ArrayList<>(List.of("query", query, "--store", store, "--format", "csv"));
        command.addAll(List.of(args));
        ServerProcess.Result r = ServerProcess.run(command.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return sorted(r.out());
    }

    /**
     * A CSV answer as its header and its rows in order: ORDER BY a, b leaves the order of one pair's rows to the
     * store, and two stores need not agree on it.
     */
    private static List<String> sorted(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> out = new ArrayList<>(lines.subList(0, 1));
        out.addAll(lines.subList(1, lines.size()).stream().sorted().toList());
        return out;
    }
}
