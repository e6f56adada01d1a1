package kg.testkit;

import java.io.IOException;
import java.nio.file.Path;
import kg.store.KgStore;

/**
 * A second process that holds a store open, as a running server does: it opens the store, says "holding" and
 * keeps it until its standard input closes.
 */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            System.out.println("holding " + store.dataset().getClass().getSimpleName());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }

    /** Starts one holding the store and returns once it holds it. */
    public static Process start(Path store) throws IOException {
        Process p = new ProcessBuilder(Jar.javaBinary(), "-cp", System.getProperty("java.class.path"),
                HoldStore.class.getName(), store.toString()).redirectErrorStream(true).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        if (line == null || !line.startsWith("holding")) {
            p.destroyForcibly();
            throw new IllegalStateException("the holding process did not open " + store + ": " + line);
        }
        return p;
    }
}
