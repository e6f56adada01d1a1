package kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One HTML page of {@code kg/serve/web}, answered for every path it is mounted on ({@code /people/*} is one page
 * whose script reads the person from the address). The policy header lets the page run only its own scripts, so
 * a name that looks like markup can do nothing even if a script slipped.
 */
final class Page extends HttpServlet {
    static final String WEB = "kg/serve/web/";
    private static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final byte[] html;
    private final String policy;

    Page(String file) {
        this(resource(WEB + file), POLICY);
    }

    /** A page of other bytes; with no policy (null), one that sets its own rules, as the Fuseki UI does. */
    Page(byte[] html, String policy) {
        this.html = html;
        this.policy = policy;
    }

    /** A file of the classpath, which the jar must hold. */
    static byte[] resource(String path) {
        try (InputStream in = Page.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing page " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html;charset=utf-8");
        if (policy != null) {
            resp.setHeader("Content-Security-Policy", policy);
        }
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(html.length);
        resp.getOutputStream().write(html);
    }
}
