package kg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kg.pipeline.IngestReport;
import kg.pipeline.Pipeline;
import kg.serve.KgServer;
import kg.serve.UpdateAccess;
import kg.store.KgStore;
import kg.store.ServingNote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kg serve}: the store over HTTP (SPARQL, canned queries, the network and people pages), or with
 * {@code --endpoint} the same over a remote SPARQL endpoint.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: a front page at / that links the rest, a SPARQL endpoint "
                + "(read-only unless --allow-update) and the Fuseki UI at /?ui, the canned queries at /api/queries, "
                + "the collaboration network at /network, people pages at /people/ID and the annual review at "
                + "/review/YEAR. An empty store is first filled from --data.",
                "With --endpoint URL no store is opened: the pages, /api/queries and /review/YEAR read that SPARQL "
                + "endpoint, and /kg/sparql passes queries on to it, read-only (updates, and Graph Store reads, go to "
                + "the endpoint's own store)."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cancel any query that runs longer (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--all-interfaces",
            description = "Answer on every network interface, not only on this machine's loopback.")
    boolean allInterfaces;

    @Option(names = "--allow-service", paramLabel = "HOST", split = ",",
            description = "Let a SPARQL SERVICE call go to this host (repeatable, or HOST,HOST…), each call bounded "
                    + "by --timeout; without it a query with SERVICE is refused.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--allow-update",
            description = "Open SPARQL update and Graph Store writes, to --user only (HTTP basic authentication).")
    boolean allowUpdate;

    @Option(names = "--user", paramLabel = "NAME", description = "The user who may update (with --allow-update).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "That user's password (visible to other users of this machine; prefer --password-file).")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is that user's password.")
    Path passwordFile;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/newsletters",
            description = "What to ingest when the store is empty (default: ${DEFAULT-VALUE}).")
    Path data;

    @Mixin
    PeopleOption people;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Serve this SPARQL 1.1 query endpoint instead of a store (its default graph must be the "
                    + "union of the issue graphs); for Fuseki, e.g. http://host:3030/kg/sparql. Not with --store, "
                    + "--data, --people or --allow-update.")
    String endpoint;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Duration timeout = timeout();
        if (endpoint != null) {
            refuseStoreOptions();
            run(KgServer.forEndpoint(endpoint), null, timeout, out, null);
            return Main.OK;
        }
        UpdateAccess update = updateAccess();
        try (KgStore kg = KgStore.open(store.store)) {
            if (kg.isEmpty()) {
                ingest(kg, out);
            }
            run(KgServer.create(kg.dataset()).allowUpdate(update), update, timeout, out, store.store);
        }
        return Main.OK;
    }

    /** Serves until stopped; with a local store, leaves the note by which other commands read it meanwhile. */
    private void run(KgServer.Builder builder, UpdateAccess update, Duration timeout, PrintWriter out, Path storeDir) {
        KgServer server = builder.port(port).loopback(!allInterfaces).queryTimeout(timeout).allowService(allowService).build().start();
        if (storeDir != null) {
            ServingNote.write(storeDir, server.url());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (storeDir != null) {
                ServingNote.remove(storeDir);
            }
            server.close();
        }, "kg-serve-stop"));
        describe(out, server, update, timeout);
        server.join();
    }

    /** Options about a local store mean nothing with --endpoint; given both, the user meant one of them. */
    private void refuseStoreOptions() {
        refuse(List.of("--store", "--data", "--people"), "it serves the remote store and opens no local one");
        refuse(List.of("--allow-update", "--user", "--password", "--password-file"),
                "it serves read-only; update the endpoint's own store (e.g. with kg ingest --endpoint)");
    }

    private void refuse(List<String> options, String why) {
        for (String option : options) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), "--endpoint and " + option + " do not go together: " + why);
            }
        }
    }

    private void ingest(KgStore kg, PrintWriter out) {
        List<Path> files = DocumentFiles.expand(List.of(data));
        Pipeline pipeline = new Pipeline(people.read());
        for (Path f : files) {
            IngestReport r = pipeline.ingest(f, kg);
            out.printf("store '%s' was empty: ingested %s → graph %s (%d triples)%n", store.store, f, r.issueKey(), r.triples());
        }
        out.flush();
    }

    private void describe(PrintWriter out, KgServer server, UpdateAccess update, Duration timeout) {
        String u = server.url();
        out.printf("serving %s at %s%n", endpoint != null ? endpoint : store.store, u);
        if (endpoint != null) {
            out.printf("  SPARQL query      %skg/sparql   (passed on to %s, read-only; timeout %s s)%n", u, endpoint,
                    timeout.toMillis() / 1000.0);
            out.println("  Graph Store read  none here: read graphs from the endpoint's own store");
            out.println("  SPARQL update     none here: update the endpoint's own store (kg ingest --endpoint)");
        } else {
            out.printf("  SPARQL query      %skg/sparql   (timeout %s s)%n", u, timeout.toMillis() / 1000.0);
            out.printf("  Graph Store read  %skg/get%n", u);
            out.printf("  SPARQL update     %s%n", update == null ? "off (read-only)" : u + "kg/update and " + u
                    + "kg/data, for user " + update.user() + " only");
        }
        out.printf("  front page        %s   (links the pages below and the query UI)%n", u);
        out.printf("  query UI          %s?ui#/dataset/kg/query   (canned queries as examples: %squeries)%n", u, u);
        out.printf("  canned queries    %sapi/queries/NAME?PARAM=VALUE&format=json|csv|tsv%n", u);
        out.printf("  network           %snetwork%n", u);
        out.printf("  people            %speople/ID (linked from the network; doubtful ones: %speople/doubtful)%n", u, u);
        out.printf("  annual review     %sreview/YEAR%n", u);
        out.printf("  linked data       %sid/… (each IRI of the graph: its page, or Turtle and JSON-LD) and %sdef (the ontology)%n", u, u);
        out.println("Ctrl-C stops the server.");
        out.flush();
    }

    private Duration timeout() {
        if (!(timeoutSeconds > 0) || Double.isInfinite(timeoutSeconds)) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        return Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
    }

    private UpdateAccess updateAccess() {
        boolean credentials = user != null || password != null || passwordFile != null;
        if (!allowUpdate) {
            if (credentials) {
                throw new ParameterException(spec.commandLine(), "--user, --password and --password-file need --allow-update");
            }
            return null;
        }
        if (user == null || (password == null) == (passwordFile == null)) {
            throw new ParameterException(spec.commandLine(),
                    "--allow-update needs --user and one of --password or --password-file");
        }
        return new UpdateAccess(user, password != null ? password : PasswordFile.read(passwordFile));
    }
}
