package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg serve} as a user starts it, read-only, over a store the jar ingested: SPARQL, Graph Store reads, the
 * canned-query API, refused updates, the timeout and inert parameters, all over real HTTP.
 */
class ServeIT {
    @TempDir
    static Path dir;

    static ServerProcess server;
    static Http http;
    static long ingestedTriples;
    static int peopleInStore;

    @BeforeAll
    static void start() throws IOException {
        Path store = dir.resolve("store");
        ServerProcess.Result ingest = ServerProcess.run("ingest", "--store", store.toString(), "data/newsletters");
        assertEquals(0, ingest.exit(), ingest.err());
        ingestedTriples = Long.parseLong(ingest.out().replaceAll("(?s).*, (\\d+) triples, .*", "$1"));
        // The store as the command line sees it, before the server takes it: the server must agree.
        ServerProcess.Result people = ServerProcess.run("query", "people", "--store", store.toString(), "--format", "csv");
        assertEquals(0, people.exit(), people.err());
        peopleInStore = (int) people.out().lines().count() - 1;
        server = ServerProcess.serve("--store", store.toString(), "--timeout", "1");
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sparqlEndpointAnswersOverTheUnionOfIssueGraphs() {
        assertTrue(ingestedTriples > 1000, "the bundled issue gives thousands of triples");
        assertEquals(ingestedTriples, http.count("count-triples.rq"));
        assertEquals(peopleInStore, http.count("count-people.rq"));
        assertFalse(server.output().contains("was empty"), "a filled store is served as it is:\n" + server.output());
    }

    @Test
    void graphStoreReadsTheIssueGraph() {
        HttpResponse<String> r = http.get("kg/get?graph=" + Http.enc("https://kg.ess.tsinghua.edu.cn/graph/gongzuodongtai-2025-1"),
                "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals(ingestedTriples, r.body().lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void anonymousUpdatesAreRefusedAndChangeNothing() {
        String drop = Http.resource("drop-all.ru");
        for (String path : List.of("kg/update", "kg", "kg/sparql")) {
            int status = http.postForm(path, Map.of("update", drop), null, null).statusCode();
            assertTrue(status >= 400 && status < 500, "update at /" + path + " answered " + status);
        }
        int put = http.postForm("kg/get?default", Map.of(), null, null).statusCode();
        assertTrue(put >= 400 && put < 500, "Graph Store POST answered " + put);
        assertEquals(ingestedTriples, http.count("count-triples.rq"));
    }

    @Test
    void heavyQueryIsCancelledByTheTimeout() {
        long started = System.nanoTime();
        HttpResponse<String> r = http.get("kg/sparql?query=" + Http.enc(Http.resource("heavy.rq")));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 20, "cancelled after " + seconds + " s with a 1 s timeout");
        assertEquals(ingestedTriples, http.count("count-triples.rq"), "the server still answers");
    }

    @Test
    void apiListsEveryCannedQueryWithItsParameters() throws IOException {
        JsonNode list = Http.json(http.get("api/queries").body());
        Set<String> names = new HashSet<>();
        list.forEach(q -> names.add(q.get("name").asText()));
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            // the .rq files at the top; a folder (linked-data/) holds queries the server runs itself, not canned ones
            assertEquals(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .map(f -> f.replaceFirst("\\.rq$", "")).collect(Collectors.toSet()), names);
        }
        JsonNode network = find(list, "network");
        assertEquals(List.of("from", "to", "bases", "series", "internalOnly", "minWeight"),
                network.get("parameters").findValuesAsText("name"));
        assertTrue(network.get("columns").toString().contains("weight"));
    }

    @Test
    void apiAnswersInTheFormatAskedFor() {
        List<Map<String, String>> json = http.rows("api/queries/people");
        assertEquals(peopleInStore, json.size());
        HttpResponse<String> csv = http.get("api/queries/people", "Accept", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("person,name,internal,titles,org", csv.body().lines().findFirst().orElse(""));
        assertEquals(peopleInStore + 1, csv.body().lines().count());
        HttpResponse<String> tsv = http.get("api/queries/people?format=tsv", "Accept", "text/csv");
        assertTrue(tsv.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        assertEquals(peopleInStore + 1, tsv.body().lines().count());
        assertEquals(400, http.get("api/queries/people?format=xml").statusCode());
        assertEquals(404, http.get("api/queries/no-such-query").statusCode());
    }

    @Test
    void apiGivesAPageOfTheAnswerInItsOrderWithALinkToTheNext() {
        List<Map<String, String>> all = http.rows("api/queries/people");
        HttpResponse<String> first = http.get("api/queries/people?limit=10", "Accept", "application/sparql-results+json");
        assertEquals(all.subList(0, 10), Http.rows(Http.json(first.body())));
        assertEquals(Optional.of("</api/queries/people?limit=10&offset=10>; rel=\"next\""), first.headers().firstValue("Link"));
        assertEquals(all.subList(10, 20), http.rows("api/queries/people?limit=10&offset=10"));
        HttpResponse<String> last = http.get("api/queries/people?format=csv&limit=10&offset=" + (all.size() - 3));
        assertEquals(4, last.body().lines().count(), "the last three rows and the header");
        assertTrue(last.headers().firstValue("Link").isEmpty(), "no next page after the last");
        for (String bad : List.of("limit=0", "limit=10001", "limit=ten", "offset=5", "limit=5&offset=-1")) {
            HttpResponse<String> r = http.get("api/queries/people?" + bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertEquals(1, r.body().strip().lines().count(), "one line: " + r.body());
        }
        // a query with no order of its own has no pages
        assertEquals(400, http.get("api/queries/item?item=" + Http.enc("https://kg.ess.tsinghua.edu.cn/id/item/gongzuodongtai-2025-1/1.1") + "&limit=5").statusCode());
    }

    @Test
    void parametersAreBoundAsTermsSoInjectionIsInert() {
        assertFalse(http.rows("api/queries/find?name=" + Http.enc("陈德亮")).isEmpty(), "a real name is found");
        for (String attack : List.of("\" } ; DROP ALL ; #", "陈德亮\" } UNION { ?subject ?p ?o } #", "'; }}}{{{ \"\"\"",
                "<https://x> } ; CLEAR DEFAULT ; #")) {
            HttpResponse<String> r = http.get("api/queries/find?name=" + Http.enc(attack), "Accept", "application/json");
            assertEquals(200, r.statusCode(), attack + " → " + r.body());
            assertEquals(List.of(), Http.rows(Http.json(r.body())), "nothing is named " + attack);
        }
        HttpResponse<String> badIri = http.get("api/queries/ties?person=" + Http.enc("x> } ; DROP ALL ; #"));
        assertTrue(badIri.statusCode() == 200 && Http.rows(Http.json(badIri.body())).isEmpty()
                || badIri.statusCode() == 400, badIri.statusCode() + " " + badIri.body());
        assertEquals(400, http.get("api/queries/network?from=" + Http.enc("2025) || true || (1")).statusCode());
        assertEquals(400, http.get("api/queries/network?internalOnly=" + Http.enc("true || 1")).statusCode());
        assertEquals(ingestedTriples, http.count("count-triples.rq"));
    }

    @Test
    void networkQueryFiltersByItsParameters() {
        List<Map<String, String>> all = http.rows("api/queries/network");
        assertFalse(all.isEmpty());
        assertEquals(all, http.rows("api/queries/network?from=2025&to=2025"));
        assertEquals(List.of(), http.rows("api/queries/network?from=2026"));
        List<Map<String, String>> internal = http.rows("api/queries/network?internalOnly=true");
        assertTrue(internal.size() < all.size() && !internal.isEmpty());
        assertTrue(internal.stream().allMatch(r -> r.get("aInternal").equals("true") && r.get("bInternal").equals("true")));
        List<Map<String, String>> heavy = http.rows("api/queries/network?minWeight=2");
        assertTrue(heavy.stream().allMatch(r -> Integer.parseInt(r.get("weight")) >= 2) && heavy.size() < all.size());
        List<Map<String, String>> groups = http.rows("api/queries/network?bases=group");
        assertTrue(groups.stream().allMatch(r -> r.get("basis").equals("group")));
    }

    @Test
    void pagesAreServedFromTheJar() {
        for (String page : List.of("network", "people/fu-haohuan-25bd", "items/gongzuodongtai-2025-1/2.5", "queries")) {
            HttpResponse<String> r = http.get(page);
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), page);
        }
        assertEquals(200, http.get("webjars/cytoscape/dist/cytoscape.min.js").statusCode());
        assertEquals(200, http.get("assets/network.js").statusCode());
        assertTrue(http.get("").body().contains("href=\"/network\""), "the front page links the network");
        assertTrue(http.get("?ui").body().contains("Fuseki"), "the Fuseki UI is at /?ui");
        assertTrue(Http.json(http.get("$/server").body()).toString().contains("/kg"));
        assertEquals(404, http.get("assets/../kg/cli/Main.class").statusCode());
    }

    @Test
    void theStartupMessageNamesAddressesThatAnswer() {
        for (String what : List.of("front page", "query UI", "network", "annual review")) {
            String line = server.output().lines().filter(l -> l.strip().startsWith(what)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + what + " in\n" + server.output()));
            String url = line.strip().substring(what.length()).strip().split("\\s+")[0];
            assertTrue(url.startsWith(server.url()), line);
            String path = url.substring(server.url().length()).replaceFirst("#.*", "").replace("YEAR", "2025");
            assertEquals(200, http.get(path).statusCode(), line);
        }
        assertTrue(server.output().contains(server.url() + "?ui#/dataset/kg/query"), server.output());
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode q : list) {
            if (q.get("name").asText().equals(name)) {
                return q;
            }
        }
        throw new AssertionError("no query " + name + " in " + list);
    }
}
