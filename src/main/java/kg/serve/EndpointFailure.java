package kg.serve;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * What the server answers when the remote SPARQL endpoint of {@code kg serve --endpoint} failed a request: 503
 * when it did not answer in time (our timeout, or its own 503), else 502, the endpoint being the server's
 * upstream. Fuseki alone would make our timeout a 502, and a page or the canned-query API a 500.
 */
record EndpointFailure(int status, String message) {
    static EndpointFailure of(QueryExceptionHTTP e) {
        if (e.getStatusCode() == 503 || causedBy(e, HttpTimeoutException.class)) {
            return new EndpointFailure(503, "the SPARQL endpoint did not answer within the timeout");
        }
        if (e.getStatusCode() > 0) {
            return new EndpointFailure(502, "the SPARQL endpoint answered " + e.getStatusCode()
                    + (e.getResponseMessage() == null ? "" : " " + e.getResponseMessage()));
        }
        // The first I/O failure says what went wrong (ConnectException); what lies under it is the JDK's plumbing.
        Throwable why = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            why = t;
            if (t instanceof IOException) {
                break;
            }
        }
        return new EndpointFailure(502, "the SPARQL endpoint cannot be reached (" + why.getClass().getSimpleName()
                + (why.getMessage() == null ? "" : ": " + why.getMessage()) + ")");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
