package kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kg.query.QueryTarget;
import kg.rdf.KG;
import kg.report.ReviewPage;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * {@code /review/{year}}: the annual review of that year as one self-contained page that prints well, every item
 * it cites linked to the item's page of this server.
 */
final class ReviewServlet extends HttpServlet {
    private static final String ITEM = KG.DATA + "item/";

    private final transient QueryTarget target;

    ReviewServlet(QueryTarget target) {
        this.target = target;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (!path.matches("(19|20)\\d{2}")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "a review is at /review/YEAR, e.g. /review/2025");
            return;
        }
        byte[] html;
        try {
            html = ReviewPage.html(target, Integer.parseInt(path), ReviewServlet::itemPage).getBytes(StandardCharsets.UTF_8);
        } catch (QueryExceptionHTTP e) {
            EndpointFailure f = EndpointFailure.of(e);
            resp.sendError(f.status(), f.message());
            return;
        }
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(html.length);
        resp.getOutputStream().write(html);
    }

    /** Relative, so that the link holds wherever the server is mounted: /review/2025 → /items/…. */
    private static String itemPage(String item) {
        return item.startsWith(ITEM) ? "../items/" + item.substring(ITEM.length()) : null;
    }
}
