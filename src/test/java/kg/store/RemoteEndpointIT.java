package kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kg.testkit.Jar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code kg ingest --endpoint} and {@code kg query --endpoint} against a real Fuseki, started as a separate
 * process on loopback, driven through the built jar.
 */
@Tag("slow")
class RemoteEndpointIT {
    private static LoopbackFuseki.Running fuseki;
    private static String dataset;

    @BeforeAll
    static void startFuseki() throws IOException {
        fuseki = LoopbackFuseki.start();
        dataset = fuseki.dataset();
    }

    @AfterAll
    static void stopFuseki() throws InterruptedException {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Test
    void ingestWritesEachIssueGraphAndReingestReplacesIt() throws Exception {
        Run first = kg("ingest", "--endpoint", dataset, "data/newsletters");
        assertEquals(0, first.status, first.err);
        assertTrue(first.out.contains("graph gongzuodongtai-2025-1"), first.out);

        Run items = kg("query", "--endpoint", dataset + "/sparql", "items", "--format", "csv");
        assertEquals(0, items.status, items.err);
        assertEquals(19, items.out.strip().split("\\R").length - 1, items.out);

        Run people = kg("query", "--endpoint", dataset + "/sparql", "people", "--format", "csv");
        Run again = kg("ingest", "--endpoint", dataset, "data/newsletters");
        assertEquals(0, again.status, again.err);
        Run peopleAgain = kg("query", "--endpoint", dataset + "/sparql", "people", "--format", "csv");
        assertEquals(people.out, peopleAgain.out, "re-ingesting must replace the issue's graph, not add to it");
        assertEquals(93, people.out.strip().split("\\R").length - 1);

        Run find = kg("query", "--endpoint", dataset + "/sparql", "find", "--param", "name=陈德亮", "--format", "csv");
        assertTrue(find.out.contains("/id/person/"), "parameters are bound over HTTP too: " + find.out);
    }

    @Test
    void anEndpointThatIsNotThereIsOneLineNamingIt() throws Exception {
        Run r = kg("query", "--endpoint", "http://127.0.0.1:9/kg/sparql", "items");
        assertEquals(1, r.status);
        assertTrue(r.err.startsWith("kg: ") && r.err.strip().split("\\R").length == 1, r.err);
    }

    record Run(int status, String out, String err) {
    }

    static Run kg(String... args) throws IOException, InterruptedException {
        Process p = Jar.command(args).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }
}
