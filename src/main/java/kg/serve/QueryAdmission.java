package kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;

/**
 * Admission of queries, so that one kind of request cannot starve the other: a canned query that answers about
 * one thing (its header says {@code # cost: light}: a person's profile, an item, a name's matches) runs in a lane
 * of its own (so does the description of one resource at {@code /id/…}), and everything that may read the
 * archive — any SPARQL, the canned queries over the archive, the reviews — in a narrower one. Beyond a lane's places and its short queue a request is refused at once with 503
 * and {@code Retry-After}; a heavy query therefore never makes a light one wait, and the number of heavy queries
 * running, each bounded by the timeout, bounds what they can take together.
 */
final class QueryAdmission implements Filter {
    private static final String RETRY_AFTER_SECONDS = "5";

    /** Threads for what passes no lane (pages, assets, the UI) and for the server's own acceptors and selectors. */
    private static final int OTHER_THREADS = 24;

    private final QueryCatalog catalog;
    private final Lane light;
    private final Lane heavy;

    QueryAdmission(QueryCatalog catalog, Lane light, Lane heavy) {
        this.catalog = catalog;
        this.light = light;
        this.heavy = heavy;
    }

    /** Lanes sized to the machine: half its cores for heavy queries, and room for many light ones. */
    static QueryAdmission forMachine(QueryCatalog catalog) {
        int cores = Runtime.getRuntime().availableProcessors();
        int heavy = Math.max(1, cores / 2);
        return new QueryAdmission(catalog, new Lane("light", 2 * cores + 2, 16, Duration.ofSeconds(5)),
                new Lane("heavy", heavy, 2 * heavy, Duration.ofSeconds(2)));
    }

    /**
     * The server threads the lanes need, so that requests held in a lane (running or queued) never take the
     * threads every other request is answered on: Jetty's default pool is smaller than sixteen slow queries.
     */
    int threads() {
        return light.capacity() + heavy.capacity() + OTHER_THREADS;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Lane lane = laneOf((HttpServletRequest) request);
        boolean admitted;
        try {
            admitted = lane.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refuse((HttpServletResponse) response, lane);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            lane.leave();
        }
    }

    private Lane laneOf(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/api/queries") || path.equals("/api/queries/")) {
            return light;
        }
        if (path.startsWith("/id/")) {
            return light; // one resource's description, bounded by its LIMIT
        }
        if (path.startsWith("/api/queries/")) {
            Optional<CannedQuery> q = catalog.get(path.substring("/api/queries/".length()));
            return q.isEmpty() || q.get().light() ? light : heavy;
        }
        return heavy;
    }

    private static void refuse(HttpServletResponse resp, Lane lane) throws IOException {
        resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write(("busy: every place for " + lane.name() + " queries is taken; retry in "
                + RETRY_AFTER_SECONDS + " s\n").getBytes(StandardCharsets.UTF_8));
    }
}
