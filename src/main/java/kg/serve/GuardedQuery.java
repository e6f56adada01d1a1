package kg.serve;

import kg.query.ServicePolicy;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;

/**
 * Fuseki's SPARQL query operation over the store, refusing with 400 and one line, before it runs, a query whose
 * SERVICE the server does not allow. Without this the refusal would come only from Jena's switch in the
 * dataset's context, as Fuseki's 422 once the query had started.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final ServicePolicy services;

    GuardedQuery(ServicePolicy services) {
        this.services = services;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        refuseService(services, query);
    }

    /** The check both query operations (over the store and {@link RemoteQuery}) make. */
    static void refuseService(ServicePolicy services, Query query) {
        try {
            services.check(query);
        } catch (QueryDeniedException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
    }
}
