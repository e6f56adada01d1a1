package kg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import tdb2.cmdline.CmdTDB;
import tdb2.tdbloader;

/**
 * Jena's own bulk loader, {@code tdb2.tdbloader} of jena-cmds, run in this process exactly as its command
 * line runs it: the yardstick for the store's load path. As it is run by default it picks its phased loader;
 * {@code --loader=parallel} is the one the store uses.
 */
final class ReferenceLoader {
    private ReferenceLoader() {
    }

    /**
     * Loads the N-Quads file into a new database in {@code dir}, which must not exist yet or be empty, with
     * {@code tdb2.tdbloader}'s default loader ({@code loader} null) or the one named ({@code phased}, {@code parallel} …).
     */
    static ReferenceLoad load(Path nquads, Path dir, String loader) {
        CmdTDB.init();
        long start = System.nanoTime();
        // a subclass only to reach mainRun(exitOnSuccess, exitOnFailure): the command must not exit the JVM
        List<String> args = new ArrayList<>(List.of("--quiet", "--loc", dir.toString()));
        if (loader != null) {
            args.add("--loader=" + loader);
        }
        args.add(nquads.toString());
        int status = new tdbloader(args.toArray(String[]::new)) {
        }.mainRun(false, false);
        long nanos = System.nanoTime() - start;
        if (status != 0) {
            throw new IllegalStateException("tdb2.tdbloader failed on " + nquads + " (status " + status + ")");
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
        TDBInternal.expel(dsg);
        return new ReferenceLoad(loader == null ? "tdb2.tdbloader" : "tdb2.tdbloader --loader=" + loader, quads, nanos,
                DirectorySize.of(dir));
    }
}
