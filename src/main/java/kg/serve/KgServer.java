package kg.serve;

import jakarta.servlet.http.HttpServlet;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kg.query.Answers;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.query.QueryTarget;
import kg.query.ServicePolicy;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraphZero;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * The store over HTTP: an embedded Fuseki serving dataset {@value #DATASET} read-only (SPARQL query at
 * {@code /kg/sparql} and {@code /kg/query}, Graph Store reads at {@code /kg/get}), the front page at {@code /}
 * and the Fuseki UI at {@code /?ui} ({@link FrontPage}), the canned queries at {@code /api/queries} and the pages
 * {@code /network}, {@code /people} (a page at a time), {@code /people/…} (and {@code /people/doubtful}, the decisions resolution was unsure of),
 * {@code /items/…}, {@code /about/…} (any other resource), {@code /queries}, {@code /review/…}; the graph's IRIs
 * dereference at {@code /id/…} ({@link LinkedData}) and the ontology's at {@code /def} ({@link OntologyDocument}).
 *
 * <pre>
 * KgServer server = KgServer.create(store.dataset()).port(3030).queryTimeout(Duration.ofSeconds(30)).build().start();
 * </pre>
 *
 * Updates ({@code /kg/update}, Graph Store writes at {@code /kg/data}) exist only when the builder is given an
 * {@link UpdateAccess}, and then only for that user with HTTP basic authentication. Another page or API is one
 * more {@link Builder#servlet} call.
 *
 * <p>{@link #forEndpoint} serves a remote SPARQL query endpoint instead of a store: the canned queries, the pages
 * and the reviews read it, and {@code /kg/sparql} and {@code /kg/query} pass queries on to it (read-only, see
 * {@link RemoteQuery}). There is no Graph Store and no update: the remote store has its own.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "kg";
    private static final String REALM = "kg";
    private static final long SPILL_ROWS = 100_000;

    private final FusekiServer fuseki;

    private KgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create(Dataset dataset) {
        return new Builder(Objects.requireNonNull(dataset, "dataset"), null);
    }

    /**
     * A server over a remote SPARQL 1.1 query endpoint whose default graph is the union of the issue graphs;
     * {@link Builder#build()} fails when the endpoint does not answer a query.
     */
    public static Builder forEndpoint(String sparqlEndpoint) {
        return new Builder(null, Objects.requireNonNull(sparqlEndpoint, "sparqlEndpoint"));
    }

    public KgServer start() {
        fuseki.start();
        return this;
    }

    /** The port it listens on (the one chosen when it was asked for port 0). */
    public int port() {
        return fuseki.getPort();
    }

    /** Its base address, ending in a slash. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    /** Settings of a server; {@link #build()} assembles it. */
    public static final class Builder {
        /** Exactly one of these two: the store's dataset, or a remote endpoint. */
        private final Dataset dataset;
        private final String endpoint;
        private int port = 3030;
        private boolean loopback = true;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private UpdateAccess update;
        private List<String> serviceHosts = List.of();
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

        private Builder(Dataset dataset, String endpoint) {
            this.dataset = dataset;
            this.endpoint = endpoint;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Whether to answer only on the loopback interface (the default) or on every interface. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /** How long any one query (SPARQL or canned) may run before it is cancelled. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive, not " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        /** Opens SPARQL update and Graph Store writes to this user; without it the server is read-only. */
        public Builder allowUpdate(UpdateAccess access) {
            this.update = access;
            return this;
        }

        /** Hosts a SPARQL SERVICE call may go to, each call bounded by the query timeout; none (the default): no SERVICE. */
        public Builder allowService(List<String> hosts) {
            this.serviceHosts = List.copyOf(hosts);
            return this;
        }

        /** Mounts one more servlet at a path. */
        public Builder servlet(String pathSpec, HttpServlet servlet) {
            servlets.put(pathSpec, servlet);
            return this;
        }

        public KgServer build() {
            if (endpoint != null && update != null) {
                throw new IllegalStateException("a server over a remote endpoint is read-only: update the endpoint's own store");
            }
            QueryTarget target;
            ServicePolicy services = ServicePolicy.allowing(serviceHosts, queryTimeout);
            if (dataset != null) {
                // Fuseki and the canned queries both read the timeout from the dataset's context.
                dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
                // ORDER BY and DISTINCT past this many rows go to disk, not the heap: a cross join sorted fills no memory
                dataset.getContext().set(ARQ.spillToDiskThreshold, SPILL_ROWS);
                services.applyTo(dataset.getContext());
                target = QueryTarget.local(dataset);
            } else {
                target = QueryTarget.remote(endpoint, queryTimeout);
                ping(target);
            }
            QueryCatalog catalog = QueryCatalog.load();
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback);
            if (dataset != null) {
                b.add(DATASET, dataset, false)
                        .registerOperation(Operation.Query, new GuardedQuery(services));
            } else {
                // The query operation of this server is the pass-through; the dataset it is handed is never read.
                b.addDataset(DATASET, DatasetGraphZero.create())
                        .registerOperation(Operation.Query, new RemoteQuery(endpoint, queryTimeout, services))
                        .addOperation(DATASET, Operation.Query)
                        .addEndpoint(DATASET, "sparql", Operation.Query)
                        .addEndpoint(DATASET, "query", Operation.Query);
            }
            QueryAdmission admission = QueryAdmission.forMachine(catalog);
            b.maxServerThreads(admission.threads())
                    .addFilter("/" + DATASET + "/*", admission)
                    .addFilter("/api/queries/*", admission)
                    .addFilter("/review/*", admission)
                    .addFilter("/id/*", admission);
            // the lists, pages and network years every visitor asks alike are computed once for each state of the store
            QueryRunner runner = new QueryRunner(target, services).answering(Answers.forHeap());
            b.enablePing(true)
                    .enableStats(true)
                    .staticFileBase(fusekiUi())
                    .addServlet("/$/server", new ActionServerStatus())
                    // "" is the root alone: the UI's own files stay where the static file base serves them
                    .addServlet("", new FrontPage(update == null))
                    .addServlet("/api/queries/*", new QueryApi(catalog, runner))
                    .addServlet("/id/*", new LinkedData(runner))
                    .addServlet("/def", new OntologyDocument())
                    .addServlet("/about/*", new Page("resource.html"))
                    .addServlet("/network", new Page("network.html"))
                    .addServlet("/people", new Page("people.html"))
                    .addServlet("/people/doubtful", new Page("doubtful.html"))
                    .addServlet("/people/*", new Page("person.html"))
                    .addServlet("/items/*", new Page("item.html"))
                    .addServlet("/queries", new Page("queries.html"))
                    .addServlet("/review/*", new ReviewServlet(target))
                    .addServlet("/assets/*", new ClasspathFiles(Page.WEB))
                    .addServlet("/webjars/cytoscape/*", new ClasspathFiles(Webjars.folder("cytoscape")));
            servlets.forEach(b::addServlet);
            if (update != null) {
                b.securityHandler(JettySecurityLib.makeSecurityHandler(REALM,
                                JettySecurityLib.makeUserStore(update.user(), update.password()), AuthScheme.BASIC))
                        .addEndpoint(DATASET, "update", Operation.Update, Auth.policyAllowSpecific(update.user()))
                        .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.policyAllowSpecific(update.user()))
                        .addFilter("/" + DATASET + "/update", new DerivedAfterWrites(dataset))
                        .addFilter("/" + DATASET + "/data", new DerivedAfterWrites(dataset));
            }
            return new KgServer(b.build());
        }

        /** A mistyped or unreachable endpoint fails here, naming it, rather than on every request after the start. */
        private void ping(QueryTarget target) {
            try {
                new QueryRunner(target).ping();
            } catch (QueryExceptionHTTP e) {
                throw new IllegalStateException(endpoint + ": " + EndpointFailure.of(e).message(), e);
            }
        }

        /** The Fuseki UI's files, which jena-fuseki-ui puts on the classpath under {@code webapp}. */
        private static String fusekiUi() {
            URL url = KgServer.class.getClassLoader().getResource("webapp/index.html");
            if (url == null) {
                throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the classpath");
            }
            return url.toExternalForm().replaceFirst("index\\.html$", "");
        }
    }
}
