package kg.bench;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import tdb2.cmdline.CmdTDB;
import tdb2.tdbloader;

/**
 * Jena's own bulk loader, {@code tdb2.tdbloader} of jena-cmds, run in this process exactly as its command
 * line runs it (on an empty database it picks its phased loader): the yardstick for the store's load path.
 */
final class ReferenceLoader {
    private ReferenceLoader() {
    }

    /** Loads the N-Quads file into a new database in {@code dir}, which must not exist yet or be empty. */
    static ReferenceLoad load(Path nquads, Path dir) {
        CmdTDB.init();
        long start = System.nanoTime();
        // a subclass only to reach mainRun(exitOnSuccess, exitOnFailure): the command must not exit the JVM
        int status = new tdbloader(new String[] {"--quiet", "--loc", dir.toString(), nquads.toString()}) {
        }.mainRun(false, false);
        long nanos = System.nanoTime() - start;
        if (status != 0) {
            throw new IllegalStateException("tdb2.tdbloader failed on " + nquads + " (status " + status + ")");
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
        TDBInternal.expel(dsg);
        return new ReferenceLoad("tdb2.tdbloader (phased)", quads, nanos, DirectorySize.of(dir));
    }
}
