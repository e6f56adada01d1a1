package kg.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kg.query.QueryTarget;
import kg.query.ServicePolicy;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

/**
 * Fuseki's SPARQL query operation for {@code kg serve --endpoint}: a read-only pass-through. Fuseki parses each
 * request as a query (an update does not parse as one, so none gets through), this sends it on to the remote
 * endpoint with its dataset description, and Fuseki writes the answer in the format the client negotiated. So the
 * query UI, {@code /kg/sparql} and {@code /kg/query} behave as over the embedded store; the local dataset is an
 * empty stand-in that is never read.
 */
final class RemoteQuery extends SPARQL_QueryDataset {
    private final String endpoint;
    private final Duration timeout;
    private final ServicePolicy services;

    RemoteQuery(String endpoint, Duration timeout, ServicePolicy services) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.services = services;
    }

    /** The endpoint would make the SERVICE call, but for our client: the same rule as over the store. */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        GuardedQuery.refuseService(services, query);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        // FROM and FROM NAMED stay in the query: they name the remote store's graphs, not ours.
        return Pair.create(action.getActiveDSG(), query);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph unused) {
        QueryExecHTTPBuilder b = QueryExecHTTPBuilder.service(endpoint).query(query).sendMode(QueryTarget.Remote.SEND)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        for (String g : values(action, HttpNames.paramDefaultGraphURI)) {
            b.addDefaultGraphURI(g);
        }
        for (String g : values(action, HttpNames.paramNamedGraphURI)) {
            b.addNamedGraphURI(g);
        }
        return b.build();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        try {
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        } catch (QueryExceptionHTTP e) {
            EndpointFailure f = EndpointFailure.of(e);
            ServletOps.error(f.status(), f.message());
            return null;
        }
    }

    private static String[] values(HttpAction action, String name) {
        String[] v = action.getRequest().getParameterValues(name);
        return v == null ? new String[0] : v;
    }
}
