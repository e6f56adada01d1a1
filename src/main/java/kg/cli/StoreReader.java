package kg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import kg.query.QueryTarget;
import kg.serve.KgServer;
import kg.store.KgStore;
import kg.store.StoreInUseException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.exec.http.DSP;

/**
 * What a command that only reads the store reads: the store opened here, or, while a {@code kg serve} holds it
 * (TDB2 lets one process open a store), the same store through that server's SPARQL endpoint and Graph Store.
 * An analyst keeps the server open all day; the read commands work beside it.
 */
final class StoreReader implements AutoCloseable {
    private final KgStore local;
    private final String server;

    private StoreReader(KgStore local, String server) {
        this.local = local;
        this.server = server;
    }

    /** Opens the store, or finds the server that holds it; another holder is the store's own one-line error. */
    static StoreReader open(Path dir, PrintWriter err) {
        try {
            return new StoreReader(KgStore.open(dir), null);
        } catch (StoreInUseException e) {
            String url = e.servedAt().orElseThrow(() -> e);
            err.println("note: store '" + dir + "' is served by kg serve at " + url + "; reading it through the server");
            err.flush();
            return new StoreReader(null, url);
        }
    }

    QueryTarget target() {
        return local != null ? QueryTarget.local(local.dataset())
                : QueryTarget.remote(server + KgServer.DATASET + "/query");
    }

    /** Every graph of the store, for a whole-graph export; from a server, read once over its Graph Store. */
    Dataset dataset() {
        return local != null ? local.dataset()
                : DatasetFactory.wrap(DSP.service(server + KgServer.DATASET + "/get").GET());
    }

    @Override
    public void close() {
        if (local != null) {
            local.close();
        }
    }
}
