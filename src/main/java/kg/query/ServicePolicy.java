package kg.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Where a SPARQL {@code SERVICE} call may go: nowhere (the default), or to the hosts named, each call bounded by
 * a timeout. A query names its own URLs, so without this a read-only endpoint fetches whatever a client asks for,
 * from wherever it runs, for as long as the far end keeps the connection open.
 *
 * <p>Two layers: {@link #check} refuses a query at once, before it runs, when a {@code SERVICE} it holds is not
 * allowed; {@link #applyTo} puts Jena's own switch ({@link ARQ#httpServiceAllowed}) and an executor
 * ({@link AllowedServices}) into a dataset's context, so that whatever evaluates SPARQL there obeys the same rule,
 * including a {@code SERVICE ?var} whose address is known only while it runs.
 */
public final class ServicePolicy {
    private static final Duration NO_TIMEOUT = Duration.ofDays(1);
    private final Set<String> hosts;
    private final Duration timeout;

    private ServicePolicy(Set<String> hosts, Duration timeout) {
        this.hosts = hosts;
        this.timeout = timeout;
    }

    /** No SERVICE at all. */
    public static ServicePolicy off() {
        return new ServicePolicy(Set.of(), NO_TIMEOUT);
    }

    /** SERVICE calls to these hosts only (none: {@link #off()}), each given up after {@code timeout}. */
    public static ServicePolicy allowing(Collection<String> hosts, Duration timeout) {
        Set<String> normal = new TreeSet<>();
        for (String h : hosts) {
            String host = h.strip().toLowerCase(Locale.ROOT);
            if (host.isEmpty() || host.contains("/") || host.contains(":") && !host.startsWith("[")) {
                throw new IllegalArgumentException("'" + h + "' is not a host name or address (e.g. example.org, 127.0.0.1)");
            }
            normal.add(host);
        }
        return new ServicePolicy(Set.copyOf(normal), timeout);
    }

    public boolean enabled() {
        return !hosts.isEmpty();
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Throws {@link QueryDeniedException}, with a one-line message, when the query holds a SERVICE that is not
     * allowed: any SERVICE when none is, and one whose address is a host not on the list. Whether it holds any
     * SERVICE: its answer then depends on more than the store.
     */
    public boolean check(Query query) {
        boolean[] callsOut = {false};
        Op op = Algebra.compile(query);
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                callsOut[0] = true;
                Node where = service.getService();
                if (!enabled() || where.isURI()) {
                    // SERVICE ?var is checked when it runs, against the address it is bound to.
                    refuseUnlessAllowed(where.isURI() ? where.getURI() : where.toString());
                }
            }
        });
        return callsOut[0];
    }

    /** Refuses a call to this address unless its host is on the list. */
    void refuseUnlessAllowed(String address) {
        if (!enabled()) {
            throw new QueryDeniedException("SERVICE is off here: a query may not fetch " + address
                    + " (kg serve --allow-service HOST opens it to a host)");
        }
        String host = host(address);
        if (host == null || !hosts.contains(host)) {
            throw new QueryDeniedException("SERVICE " + address + ": " + (host == null ? "not an http(s) address" : "host "
                    + host + " is not allowed") + " (allowed: " + String.join(", ", hosts) + ")");
        }
    }

    private static String host(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * Makes queries over a dataset with this context follow the policy: Jena's switch off when no host is
     * allowed; else the executor that checks each call's host and bounds it, and an HTTP client that neither
     * waits longer than the timeout to connect nor follows a redirect (which could lead off the list).
     */
    public void applyTo(Context context) {
        context.set(ARQ.httpServiceAllowed, enabled());
        if (!enabled()) {
            return;
        }
        context.set(Service.httpQueryTimeout, timeout.toMillis());
        context.set(Service.httpQueryClient, HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink(new AllowedServices(this));
        ServiceExecutorRegistry.set(context, registry);
    }
}
