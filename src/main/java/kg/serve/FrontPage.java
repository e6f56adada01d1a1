package kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The address {@code /}: kg's front page, which links the pages and the query UI; with {@code ?ui}, the Fuseki UI.
 * The UI finds the server by its own path ({@code /$/server}, {@code /kg/sparql} under {@code location.pathname}),
 * so it works only at the root; a query string is the part of the address it leaves alone. On a server without
 * update access the UI gets a style sheet that hides what would change the store ({@code fuseki-read-only.css}):
 * the UI offers add data and edit whatever the server describes.
 */
final class FrontPage extends HttpServlet {
    /** The query-string parameter that asks for the Fuseki UI. */
    static final String UI = "ui";
    private static final String UI_INDEX = "webapp/index.html";
    private static final String READ_ONLY = "<link rel=\"stylesheet\" href=\"/assets/fuseki-read-only.css\">";

    private final Page home = new Page("home.html");
    private final byte[] ui;

    /** The front page and the Fuseki UI, which offers changes only when {@code readOnly} is false. */
    FrontPage(boolean readOnly) {
        String html;
        try (InputStream in = FrontPage.class.getClassLoader().getResourceAsStream(UI_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the classpath");
            }
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (readOnly) {
            // a UI whose page changed shape must not be served offering what the server refuses
            if (!html.contains("</head>")) {
                throw new IllegalStateException(UI_INDEX + " has no </head> to add the read-only style sheet to");
            }
            html = html.replace("</head>", READ_ONLY + "\n</head>");
        }
        this.ui = html.getBytes(StandardCharsets.UTF_8);
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
