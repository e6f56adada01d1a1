package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The address {@code /} on a real server over HTTP: kg's front page, and with {@code ?ui} the Fuseki UI. */
class FrontPageTest {
    private static KgStore store;
    private static KgServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        store = KgStore.inMemory();
        server = KgServer.create(store.dataset()).port(0).build().start();
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void theRootIsTheFrontPageLinkingEveryPlace() {
        HttpResponse<String> r = http.get("");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        List<String> links = hrefs(r.body());
        for (String place : List.of("/network", "/queries", "/people/doubtful", "/?ui#/dataset/kg/query")) {
            assertTrue(links.contains(place), place + " among " + links);
            String path = place.replaceFirst("^/", "").replaceFirst("#.*", "");
            assertEquals(200, http.get(path).statusCode(), place);
        }
        assertTrue(r.body().contains("/review/YEAR"), "where a review is, before the page lists the years");
        assertEquals(200, http.get("assets/home.js").statusCode());
    }

    @Test
    void theFusekiUiIsAtTheRootWithUiAndItsFilesWhereTheyWere() {
        HttpResponse<String> ui = http.get("?ui");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<title>Apache Jena Fuseki UI</title>"), ui.body());
        Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(ui.body());
        assertTrue(script.find(), ui.body());
        assertEquals(200, http.get(script.group(1)).statusCode(), "the UI's script, relative to /");
        assertTrue(http.get("$/server").body().contains("\"/kg\""), "what the UI reads to find the dataset");
    }

    @Test
    void theUiOffersChangesOnlyOnAServerThatTakesThem() {
        String sheet = "/assets/fuseki-read-only.css";
        assertTrue(http.get("?ui").body().contains("href=\"" + sheet + "\""), "read-only: the sheet that hides changes");
        HttpResponse<String> css = http.get(sheet.substring(1));
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains("/upload") && css.body().contains("/edit"), css.body());
        KgServer updating = KgServer.create(store.dataset()).port(0).allowUpdate(new UpdateAccess("editor", "pw"))
                .build().start();
        try {
            String ui = new Http(updating.url()).get("?ui").body();
            assertTrue(ui.contains("Apache Jena Fuseki UI") && !ui.contains(sheet), "with updates, the UI as it is");
        } finally {
            updating.close();
        }
    }

    private static List<String> hrefs(String html) {
        return Pattern.compile("href=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)).toList();
    }
}
