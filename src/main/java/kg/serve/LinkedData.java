package kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.rdf.KG;
import kg.rdf.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * The graph's IRIs, {@code https://kg.ess.tsinghua.edu.cn/id/PATH}, served at this server's {@code /id/PATH}: to a
 * client of RDF the resource's description ({@code queries/linked-data/describe.rq}: its facts, the nodes of its
 * credits and roles, and the item each came from) in Turtle, JSON-LD or N-Triples; a browser is sent (303) to its
 * page, a person's {@code /people/…}, an item's {@code /items/…}, anything else's {@code /about/…}. An IRI the store
 * does not know is a 404. It reads through the same {@link QueryRunner} as the canned queries, so it works over a
 * remote endpoint too.
 */
final class LinkedData extends HttpServlet {
    private static final String DESCRIBE = "linked-data/describe.rq";
    private static final String PERSON = "person/";
    private static final String ITEM = "item/";

    private final transient QueryRunner runner;
    private final transient Query describe = QueryFactory.create(QueryCatalog.text(DESCRIBE));
    /** The ontology's prefixes and {@code id:}, so that the Turtle reads as the ontology does. */
    private final transient PrefixMapping prefixes = PrefixMapping.Factory.create()
            .setNsPrefixes(Ontology.graph().getPrefixMapping()).setNsPrefix("id", KG.DATA).lock();

    LinkedData(QueryRunner runner) {
        this.runner = runner;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring((req.getContextPath() + req.getServletPath() + "/").length());
        String iri = KG.DATA + path;
        String type = RdfResponse.negotiate(req, resp);
        if (type == null) {
            RdfResponse.notAcceptable(resp);
            return;
        }
        if (path.isEmpty() || !isIri(iri)) {
            QueryApi.error(resp, HttpServletResponse.SC_NOT_FOUND, "no resource " + iri);
            return;
        }
        Graph description;
        try {
            description = runner.construct(describe, "resource", iri);
        } catch (QueryCancelledException e) {
            QueryApi.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the description of " + iri + " ran past the server's timeout");
            return;
        } catch (QueryExceptionHTTP e) {
            EndpointFailure f = EndpointFailure.of(e);
            QueryApi.error(resp, f.status(), f.message());
            return;
        }
        if (!description.contains(NodeFactory.createURI(iri), null, null)) {
            QueryApi.error(resp, HttpServletResponse.SC_NOT_FOUND, "the store knows nothing of " + iri);
            return;
        }
        if (type.equals(RdfResponse.HTML)) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", page(path));
            return;
        }
        description.getPrefixMapping().setNsPrefixes(prefixes);
        try {
            RdfResponse.write(resp, description, type);
        } catch (BoundedBody.TooLarge e) {
            QueryApi.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the description of " + iri + ": " + e.getMessage());
        }
    }

    /** The page of the resource at {@code /id/PATH}, from the server's root. */
    static String page(String path) {
        if (path.startsWith(PERSON)) {
            return "/people/" + path.substring(PERSON.length());
        }
        if (path.startsWith(ITEM)) {
            return "/items/" + path.substring(ITEM.length());
        }
        return "/about/" + path;
    }

    private static boolean isIri(String s) {
        try {
            return IRIx.create(s).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }
}
