package kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Virtuoso Open Source (Debian's {@code virtuoso-opensource}) in a folder of its own, on free ports: a second,
 * non-Jena SPARQL store. A fresh database has the administrator {@code dba} with password {@code dba}; its
 * Graph Store Protocol endpoint takes writes from that user by HTTP digest authentication.
 */
public final class VirtuosoServer implements AutoCloseable {
    public static final String BINARY = "/usr/bin/virtuoso-t";
    public static final String USER = "dba";
    public static final String PASSWORD = "dba";

    public static final String ISQL = "/usr/bin/isql-vt";
    /** The setup the README gives for a Virtuoso that serves kg: its own graphs kept out of the default graph. */
    public static final Path SETUP = Path.of("src/main/sql/virtuoso-private-system-graphs.sql");

    private final Process process;
    private final String base;
    private final int sqlPort;

    private VirtuosoServer(Process process, String base, int sqlPort) {
        this.process = process;
        this.base = base;
        this.sqlPort = sqlPort;
    }

    public static boolean installed() {
        return Files.isExecutable(Path.of(BINARY));
    }

    /** Starts a new database in {@code dir}, set up as the README says, and returns once its SPARQL endpoint answers. */
    public static VirtuosoServer start(Path dir) throws IOException, InterruptedException {
        int sqlPort = freePort();
        int httpPort = freePort();
        Path ini = Files.writeString(dir.resolve("virtuoso.ini"), ini(dir, sqlPort, httpPort));
        Process p = new ProcessBuilder(BINARY, "+foreground", "+configfile", ini.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("virtuoso.out").toFile()).start();
        VirtuosoServer server = new VirtuosoServer(p, "http://127.0.0.1:" + httpPort, sqlPort);
        server.awaitSparql(Duration.ofSeconds(120), dir);
        server.sql(SETUP, dir);
        return server;
    }

    /** Runs a SQL script as {@link #USER} with Virtuoso's own client; fails on any error it reports. */
    void sql(Path script, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("isql.out");
        Process isql = new ProcessBuilder(ISQL, "127.0.0.1:" + sqlPort, USER, PASSWORD, script.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!isql.waitFor(60, TimeUnit.SECONDS)) {
            isql.destroyForcibly();
            throw new IllegalStateException("isql-vt did not finish " + script + " within 60 s");
        }
        String said = Files.readString(out);
        if (isql.exitValue() != 0 || said.contains("*** Error")) {
            throw new IllegalStateException("isql-vt " + script + " failed (exit " + isql.exitValue() + "):\n" + said);
        }
    }

    /** The SPARQL query endpoint; without FROM, its default graph is the union of all graphs. */
    public String sparql() {
        return base + "/sparql";
    }

    /** The Graph Store Protocol endpoint that takes writes from {@link #USER}. */
    public String graphStore() {
        return base + "/sparql-graph-crud-auth";
    }

    private void awaitSparql(Duration wait, Path dir) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(sparql() + "?query=ASK%7B%7D"))
                .timeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("virtuoso-t ended: " + Files.readString(dir.resolve("virtuoso.out")));
            }
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("virtuoso-t did not answer at " + sparql() + " within " + wait);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String ini(Path dir, int sqlPort, int httpPort) {
        String d = dir.toAbsolutePath().toString();
        return String.join("\n",
                "[Database]",
                "DatabaseFile = " + d + "/virtuoso.db",
                "ErrorLogFile = " + d + "/virtuoso.log",
                "LockFile = " + d + "/virtuoso.lck",
                "TransactionFile = " + d + "/virtuoso.trx",
                "xa_persistent_file = " + d + "/virtuoso.pxa",
                "TempStorage = TempDatabase",
                "[TempDatabase]",
                "DatabaseFile = " + d + "/virtuoso-temp.db",
                "TransactionFile = " + d + "/virtuoso-temp.trx",
                "[Parameters]",
                "ServerPort = 127.0.0.1:" + sqlPort,
                "DisableUnixSocket = 1",
                "CaseMode = 2",
                "DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad",
                "NumberOfBuffers = 10000",
                "MaxDirtyBuffers = 6000",
                "[HTTPServer]",
                "ServerPort = 127.0.0.1:" + httpPort,
                "ServerRoot = /var/lib/virtuoso-opensource-7/vsp",
                "ServerThreads = 10",
                "Charset = UTF-8",
                "[SPARQL]",
                "ResultSetMaxRows = 1000000",
                "MaxQueryExecutionTime = 60",
                "");
    }
}
