package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import kg.query.QueryRunner;
import kg.query.QueryTarget;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.junit.jupiter.api.Test;

/** What a server over a remote endpoint answers when the endpoint fails, from real failures on loopback. */
class EndpointFailureTest {

    @Test
    void anEndpointThatNeverAnswersRunsPastTheTimeout() throws Exception {
        // A socket nobody accepts from: connections queue in its backlog and no response ever comes.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/kg/sparql";
            long started = System.nanoTime();
            QueryExceptionHTTP e = assertThrows(QueryExceptionHTTP.class,
                    () -> new QueryRunner(QueryTarget.remote(url, Duration.ofMillis(300))).ping());
            assertTrue(System.nanoTime() - started < 10_000_000_000L, "gave up after the timeout");
            assertEquals(503, EndpointFailure.of(e).status(), EndpointFailure.of(e).message());
        }
    }

    @Test
    void anEndpointNobodyListensAtIsABadGateway() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/kg/sparql";
        QueryExceptionHTTP e = assertThrows(QueryExceptionHTTP.class,
                () -> new QueryRunner(QueryTarget.remote(url, Duration.ofSeconds(5))).ping());
        EndpointFailure f = EndpointFailure.of(e);
        assertEquals(502, f.status());
        assertEquals("the SPARQL endpoint cannot be reached (ConnectException)", f.message());
    }
}
