package kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The address {@code /}: kg's front page, which links the pages and the query UI; with {@code ?ui}, the Fuseki UI.
 * The UI finds the server by its own path ({@code /$/server}, {@code /kg/sparql} under {@code location.pathname}),
 * so it works only at the root; a query string is the part of the address it leaves alone.
 */
final class FrontPage extends HttpServlet {
    /** The query-string parameter that asks for the Fuseki UI. */
    static final String UI = "ui";
    private static final String UI_INDEX = "webapp/index.html";

    private final Page home = new Page("home.html");
    private final byte[] ui;

    FrontPage() {
        try (InputStream in = FrontPage.class.getClassLoader().getResourceAsStream(UI_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the classpath");
            }
            this.ui = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getParameter(UI) == null) {
            home.doGet(req, resp);
            return;
        }
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(ui.length);
        resp.getOutputStream().write(ui);
    }
}
