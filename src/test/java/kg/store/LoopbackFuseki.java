package kg.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import kg.testkit.Jar;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * A Fuseki server for the endpoint tests, run as a process of its own: dataset {@code /kg} (an in-memory TDB2
 * whose default graph is the union of its named graphs, as GraphDB's and Virtuoso's are), read-write, on a
 * free loopback port, which it prints as its first line of output. {@link #start()} runs it from a test.
 */
public final class LoopbackFuseki {
    private LoopbackFuseki() {
    }

    public static void main(String[] args) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/kg", dsg, true).build().start();
        System.out.println("port " + server.getHttpPort());
        System.out.flush();
        server.join();
    }

    /** Starts the server in a child JVM on the test class path and returns once it listens. */
    public static Running start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, Jar.QUICK_START.get(0), "-cp", System.getProperty("java.class.path"),
                LoopbackFuseki.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (first == null || !first.startsWith("port ")) {
            p.destroyForcibly();
            throw new IllegalStateException("Fuseki did not start: " + first);
        }
        return new Running(p, "http://127.0.0.1:" + first.substring(5).strip() + "/kg");
    }

    /** A started server: its process and its dataset's address ({@code …/kg}, Graph Store Protocol included). */
    public record Running(Process process, String dataset) implements AutoCloseable {
        /** The SPARQL query endpoint. */
        public String sparql() {
            return dataset + "/sparql";
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
