package kg.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * A Fuseki server for the endpoint tests, run as a process of its own: dataset {@code /kg} (an in-memory TDB2
 * whose default graph is the union of its named graphs, as GraphDB's and Virtuoso's are), read-write, on a
 * free loopback port, which it prints as its first line of output.
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
}
