package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kg.pipeline.Pipeline;
import kg.rdf.KG;
import kg.resolve.CuratedPeople;
import kg.store.KgStore;
import org.junit.jupiter.api.Test;

/**
 * {@code /review/{year}} on a real server over HTTP: the review page, every item it cites linked to that item's
 * page of the same server, and 404 for what is not a year.
 */
class ReviewServletTest {
    private static final Pattern ITEM_LINK = Pattern.compile("<a class=\"item\" href=\"([^\"]*)\">");

    @Test
    void servesTheReviewOfAYearWithItsSourcesLinkedToTheirItemPages() throws Exception {
        try (KgStore store = KgStore.inMemory()) {
            new Pipeline(CuratedPeople.none()).ingest(Path.of("data/newsletters/gongzuo-dongtai-2025-1.txt"), store);
            KgServer server = KgServer.create(store.dataset()).port(0).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                URI review = URI.create(server.url() + "review/2025");
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(review).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode());
                assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
                assertTrue(page.body().contains("Annual review 2025"), page.body().substring(0, 200));
                assertTrue(page.body().contains("@media print"), "prints well");

                List<String> links = ITEM_LINK.matcher(page.body()).results().map(m -> m.group(1)).toList();
                int cited = page.body().split("<span class=\"src\">", -1).length - 1;
                assertTrue(cited > 30, "the review cites items, " + cited + " times");
                assertEquals(cited, links.size(), "every item cited is linked");
                Set<String> items = new TreeSet<>();
                for (String link : links) {
                    assertTrue(link.startsWith("../items/"), "relative, to this server's item page: " + link);
                    URI resolved = review.resolve(link);
                    assertEquals(URI.create(server.url()).getAuthority(), resolved.getAuthority(), link);
                    assertTrue(resolved.getPath().startsWith("/items/"), resolved.toString());
                    items.add(KG.DATA + "item/" + resolved.getPath().substring("/items/".length()));
                }
                for (String item : items) {
                    HttpResponse<String> row = http.send(HttpRequest.newBuilder(URI.create(server.url()
                            + "api/queries/item?format=json&item=" + URLEncoder.encode(item, StandardCharsets.UTF_8)))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, row.statusCode(), item);
                    assertEquals(1, new ObjectMapper().readTree(row.body()).at("/results/bindings").size(),
                            "the page a link opens shows an item of the store: " + item);
                }
                HttpResponse<String> itemPage = http.send(HttpRequest.newBuilder(review.resolve(links.get(0))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, itemPage.statusCode());
                assertTrue(itemPage.body().contains("item.js"), "the item page");

                HttpResponse<String> notAYear = http.send(HttpRequest.newBuilder(URI.create(server.url() + "review/latest")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(404, notAYear.statusCode());
            } finally {
                server.close();
            }
        }
    }
}
