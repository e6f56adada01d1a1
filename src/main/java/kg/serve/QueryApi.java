package kg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kg.query.CannedQuery;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.query.ResultFormat;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * The canned queries over HTTP.
 * <ul>
 * <li>{@code GET /api/queries}: every query's name, title, description, parameters, columns and text, as JSON;</li>
 * <li>{@code GET /api/queries/NAME?PARAM=VALUE…}: its results as SPARQL JSON, CSV or TSV, chosen by
 *     {@code format=json|csv|tsv} or else the Accept header. Parameters are bound as RDF terms by
 *     {@link QueryRunner}; an empty value counts as left out.</li>
 * <li>{@code …&limit=N&offset=M}: one page of the answer, in the query's order, with a {@code Link: <…>; rel="next"}
 *     header while there may be more. Without {@code limit} the whole answer streams as the engine yields it.</li>
 * </ul>
 * Errors are a one-line plain-text message: 404 for an unknown query, 400 for a bad parameter, 503 when the
 * query ran past the server's timeout; over a remote endpoint, 502 when the endpoint failed.
 */
final class QueryApi extends HttpServlet {
    private static final String FORMAT = "format";
    private static final String LIMIT = "limit";
    private static final String OFFSET = "offset";
    /** The largest page one request may ask for; a dump is asked for without a limit, and streams. */
    static final long MAX_PAGE = 10_000;
    /** An answer is held whole before it is sent; past this it is refused rather than let fill the heap. */
    static final long MAX_ANSWER_BYTES = 64L << 20;
    private static final AcceptList OFFERS = AcceptList.create("application/sparql-results+json", "application/json",
            "text/csv", "text/tab-separated-values");
    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final ObjectMapper json = new ObjectMapper();

    QueryApi(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty()) {
            list(resp);
            return;
        }
        Optional<CannedQuery> q = catalog.get(path);
        if (q.isEmpty()) {
            error(resp, HttpServletResponse.SC_NOT_FOUND, "no canned query named '" + path + "' (see /api/queries)");
            return;
        }
        run(q.get(), req, resp);
    }

    private void list(HttpServletResponse resp) throws IOException {
        ArrayNode all = json.createArrayNode();
        for (CannedQuery q : catalog.all()) {
            ObjectNode o = all.addObject().put("name", q.name()).put("title", q.title()).put("description", q.description());
            ArrayNode params = o.putArray("parameters");
            q.parameters().forEach(p -> params.addObject().put("name", p.name()).put("type", p.type())
                    .put("description", p.description()));
            q.columns().forEach(o.putArray("columns")::add);
            o.put("sparql", q.sparql());
        }
        resp.setContentType("application/json;charset=utf-8");
        resp.getOutputStream().write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
    }

    private void run(CannedQuery q, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            String value = e.getValue().length == 0 ? "" : e.getValue()[0];
            if (!List.of(FORMAT, LIMIT, OFFSET).contains(e.getKey()) && !value.isEmpty()) {
                params.put(e.getKey(), value);
            }
        }
        ResultFormat format;
        QueryRunner.Window window;
        try {
            format = format(req);
            window = window(req);
        } catch (IllegalArgumentException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (window == null) {
            stream(q, params, format, resp);
            return;
        }
        // A page is written to memory first, so that a failure half-way is still reported with its own status.
        BoundedBody body = new BoundedBody(MAX_ANSWER_BYTES);
        int rows;
        try {
            rows = runner.write(q, params, window, format, body);
        } catch (BoundedBody.TooLarge e) {
            error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query " + q.name() + ": " + e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query " + q.name() + " ran past the server's timeout");
            return;
        } catch (IllegalArgumentException | QueryParseException | QueryDeniedException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryExceptionHTTP e) {
            EndpointFailure f = EndpointFailure.of(e);
            error(resp, f.status(), "query " + q.name() + ": " + f.message());
            return;
        }
        if (rows == window.limit()) {
            resp.setHeader("Link", "<" + next(req, window) + ">; rel=\"next\"");
        }
        resp.setContentType(contentType(format));
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }

    /**
     * The whole answer, written as it comes. A failure before the first bytes leave (the response buffer is not
     * committed yet: a query's ORDER BY and aggregates finish before its first row) still gets its own status;
     * one after that can only cut the answer short, which the client sees as a broken transfer.
     */
    private void stream(CannedQuery q, Map<String, String> params, ResultFormat format, HttpServletResponse resp) throws IOException {
        resp.setContentType(contentType(format));
        try {
            runner.stream(q, params, format, resp.getOutputStream());
        } catch (QueryCancelledException e) {
            failStream(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query " + q.name() + " ran past the server's timeout", e);
        } catch (IllegalArgumentException | QueryParseException | QueryDeniedException e) {
            failStream(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), e);
        } catch (QueryExceptionHTTP e) {
            EndpointFailure f = EndpointFailure.of(e);
            failStream(resp, f.status(), "query " + q.name() + ": " + f.message(), e);
        }
    }

    private static void failStream(HttpServletResponse resp, int status, String message, RuntimeException e) throws IOException {
        if (resp.isCommitted()) {
            throw e;
        }
        resp.resetBuffer();
        error(resp, status, message);
    }

    /** {@code limit} (1 to {@link #MAX_PAGE}) and {@code offset} (0 or more, with a limit), or null for the whole answer. */
    static QueryRunner.Window window(HttpServletRequest req) {
        String limit = req.getParameter(LIMIT);
        String offset = req.getParameter(OFFSET);
        if (limit == null || limit.isEmpty()) {
            if (offset != null && !offset.isEmpty()) {
                throw new IllegalArgumentException("offset goes with a limit (a page of at most " + MAX_PAGE + " rows)");
            }
            return null;
        }
        long l = whole(LIMIT, limit);
        if (l < 1 || l > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE + ", not " + limit + " (leave it out for the whole answer)");
        }
        return new QueryRunner.Window(offset == null || offset.isEmpty() ? 0 : whole(OFFSET, offset), l);
    }

    private static long whole(String name, String value) {
        try {
            long v = Long.parseLong(value.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of 0 or more, not '" + value + "'");
        }
    }

    /** This request's address with the offset moved on by one page. */
    private static String next(HttpServletRequest req, QueryRunner.Window w) {
        StringBuilder b = new StringBuilder(req.getRequestURI()).append('?');
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (!e.getKey().equals(OFFSET) && e.getValue().length > 0) {
                b.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(e.getValue()[0], StandardCharsets.UTF_8)).append('&');
            }
        }
        return b.append(OFFSET).append('=').append(w.offset() + w.limit()).toString();
    }

    /** {@code format=} first, else the first of the Accept header's types we write, else SPARQL JSON. */
    static ResultFormat format(HttpServletRequest req) {
        String f = req.getParameter(FORMAT);
        if (f != null && !f.isEmpty()) {
            ResultFormat parsed = ResultFormat.parse(f);
            if (parsed == ResultFormat.TABLE) {
                throw new IllegalArgumentException("format must be json, csv or tsv");
            }
            return parsed;
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return ResultFormat.JSON;
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            return ResultFormat.JSON;
        }
        return switch (chosen.getContentTypeStr()) {
            case "text/csv" -> ResultFormat.CSV;
            case "text/tab-separated-values" -> ResultFormat.TSV;
            default -> ResultFormat.JSON;
        };
    }

    private static String contentType(ResultFormat f) {
        return switch (f) {
            case CSV -> "text/csv;charset=utf-8";
            case TSV -> "text/tab-separated-values;charset=utf-8";
            default -> "application/sparql-results+json;charset=utf-8";
        };
    }

    /** A one-line plain-text error, as every API answer of the server gives it. */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
