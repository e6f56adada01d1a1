package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import kg.testkit.BundledStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's day: {@code kg serve} holds the store, and the read commands run beside it, through the server,
 * giving what they give on the store once it is free again; an ingest into the served store is one line saying
 * what to do, and leaves the server serving.
 */
class CommandsBesideServerIT {
    private static final List<List<String>> READS = List.of(
            List.of("query", "people", "--format", "csv"),
            List.of("explain", "俞乐"),
            List.of("review", "--year", "2025", "--format", "md"));
    private static final List<String> WHOLE_GRAPH = List.of("export", "--format", "trig");

    @TempDir
    Path dir;

    @Test
    void readCommandsGoThroughTheServerAndIngestSaysWhatToDo() throws Exception {
        String store = BundledStore.copyTo(dir.resolve("store")).toString();
        Map<List<String>, ServerProcess.Result> served = new LinkedHashMap<>();
        ServerProcess.Result trigServed;
        ServerProcess.Result ingest;
        try (ServerProcess server = ServerProcess.serve("--store", store)) {
            // one after the other, as one analyst runs them: side by side they would meet the server's admission
            for (List<String> c : READS) {
                served.put(c, run(c, store));
            }
            trigServed = run(WHOLE_GRAPH, store);
            Path doc = Files.writeString(dir.resolve("issue.txt"), "地学系工作动态\n2025年第2期\n");
            ingest = ServerProcess.run("ingest", "--store", store, doc.toString());
            assertEquals(200, new Http(server.url()).get("api/queries/people").statusCode(), "still serving");
            assertEquals(1, ingest.exit(), ingest.err());
            assertEquals(List.of("kg: store '" + store + "' is served by kg serve at " + server.url() + " (pid "
                    + server.pid() + "); stop the server to write to the store, then serve it again"),
                    ingest.err().lines().toList());
        }
        for (List<String> c : READS) {
            ServerProcess.Result beside = served.get(c);
            assertEquals(0, beside.exit(), c + ": " + beside.err());
            assertTrue(beside.err().startsWith("note: store '" + store + "' is served by kg serve at "), beside.err());
            ServerProcess.Result alone = run(c, store);
            assertEquals(0, alone.exit(), c + ": " + alone.err());
            assertEquals("", alone.err(), c + " on a free store says nothing of a server");
            assertFalse(alone.out().isBlank(), c + " prints something");
            assertEquals(alone.out(), beside.out(), c + ": the same through the server as on the store");
        }
        assertEquals(0, trigServed.exit(), trigServed.err());
        ServerProcess.Result trigAlone = run(WHOLE_GRAPH, store);
        assertTrue(IsoMatcher.isomorphic(trig(trigAlone.out()), trig(trigServed.out())),
                "the whole graph through the server is the store's");
    }

    private static ServerProcess.Result run(List<String> command, String store) {
        String[] args = new String[command.size() + 2];
        command.toArray(args);
        args[command.size()] = "--store";
        args[command.size() + 1] = store;
        return ServerProcess.run(args);
    }

    private static DatasetGraph trig(String text) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(Lang.TRIG).parse(dsg);
        assertTrue(dsg.listGraphNodes().hasNext(), "named graphs exported");
        return dsg;
    }
}
