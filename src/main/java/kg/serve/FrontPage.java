package kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    private final Page ui;

    /** The front page and the Fuseki UI, which offers changes only when {@code readOnly} is false. */
    FrontPage(boolean readOnly) {
        String html = new String(Page.resource(UI_INDEX), StandardCharsets.UTF_8);
        if (readOnly) {
            // a UI whose page changed shape must not be served offering what the server refuses
            if (!html.contains("</head>")) {
                throw new IllegalStateException(UI_INDEX + " has no </head> to add the read-only style sheet to");
            }
            html = html.replace("</head>", READ_ONLY + "\n</head>");
        }
        this.ui = new Page(html.getBytes(StandardCharsets.UTF_8), null);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        (req.getParameter(UI) == null ? home : ui).doGet(req, resp);
    }
}
