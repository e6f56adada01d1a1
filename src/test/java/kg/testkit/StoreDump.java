package kg.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 store as sorted N-Quads, read in this JVM and then let go, so that a child process (the jar) can
 * open the store next: TDB2 lets one process at a time hold it.
 */
public final class StoreDump {
    private StoreDump() {
    }

    public static String nquads(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            return String.join("\n", lines);
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
