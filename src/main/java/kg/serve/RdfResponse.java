package kg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/**
 * Content negotiation for the linked-data addresses ({@code /id/…}, {@code /def}): Turtle, JSON-LD or N-Triples
 * for a client of RDF, HTML for a browser, as the Accept header's q-values rank them (none, or any type: Turtle),
 * or as {@code ?format=turtle|jsonld|ntriples} asks, which lets a page link to its data.
 */
final class RdfResponse {
    static final String HTML = WebContent.contentTypeHTML;
    private static final AcceptList OFFERS = AcceptList.create(WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD,
            WebContent.contentTypeNTriples, HTML);
    private static final Map<String, String> FORMATS = Map.of("turtle", WebContent.contentTypeTurtle,
            "jsonld", WebContent.contentTypeJSONLD, "ntriples", WebContent.contentTypeNTriples);

    private RdfResponse() {
    }

    /**
     * The content type to answer with, or null when the client accepts none of those offered (406). Whatever is
     * chosen, the answer at this address depends on the Accept header, which caches must know.
     */
    static String negotiate(HttpServletRequest req, HttpServletResponse resp) {
        resp.setHeader("Vary", "Accept");
        String format = req.getParameter("format");
        if (format != null && !format.isBlank()) {
            return FORMATS.get(format.strip());
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return WebContent.contentTypeTurtle;
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        return chosen == null ? null : chosen.getContentTypeStr();
    }

    static void notAcceptable(HttpServletResponse resp) throws IOException {
        QueryApi.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "offered: text/turtle, application/ld+json, application/n-triples, "
                + "text/html (or format=turtle|jsonld|ntriples)");
    }

    /** The graph in the negotiated RDF syntax, held whole first (it is bounded) so that its length is known. */
    static void write(HttpServletResponse resp, Graph graph, String contentType) throws IOException {
        Lang lang = RDFLanguages.contentTypeToLang(contentType);
        BoundedBody body = new BoundedBody(QueryApi.MAX_ANSWER_BYTES);
        RDFDataMgr.write(body, graph, lang);
        resp.setContentType(contentType + ";charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }
}
