package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.store.KgStore;
import org.junit.jupiter.api.Test;

/** {@code /review/{year}} on a real server over HTTP: the review page, and 404 for what is not a year. */
class ReviewServletTest {
    @Test
    void servesTheReviewOfAYear() throws Exception {
        try (KgStore store = KgStore.inMemory()) {
            new Pipeline(CuratedPeople.none()).ingest(Path.of("data/newsletters/gongzuo-dongtai-2025-1.txt"), store);
            KgServer server = KgServer.create(store.dataset()).port(0).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.url() + "review/2025")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode());
                assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
                assertTrue(page.body().contains("Annual review 2025"), page.body().substring(0, 200));
                assertTrue(page.body().contains("@media print"), "prints well");
                HttpResponse<String> notAYear = http.send(HttpRequest.newBuilder(URI.create(server.url() + "review/latest")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(404, notAYear.statusCode());
            } finally {
                server.close();
            }
        }
    }
}
