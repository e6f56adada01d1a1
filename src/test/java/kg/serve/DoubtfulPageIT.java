package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page of doubtful resolutions in Chromium, against {@code kg serve} filling an empty store from two news
 * items that name one name in unrelated units: the page lists exactly the rows of {@code doubtful-people},
 * each with its evidence, links to both people and the line that would join them.
 */
class DoubtfulPageIT {
    private static final Path NAMESAKES = Path.of("src/test/resources/golden/resolve/namesakes-in-unrelated-units");

    @TempDir
    static Path dir;

    static ServerProcess server;
    static Http http;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (var docs = Files.list(NAMESAKES)) {
            for (Path f : docs.filter(f -> f.getFileName().toString().matches("\\d+-.*\\.txt")).toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        server = ServerProcess.serve("--store", dir.resolve("store").toString(), "--data", data.toString());
        http = new Http(server.url());
        browser = HeadlessChromium.start(dir);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        HeadlessChromium.quit(browser, server);
    }

    @Test
    void listsEachDoubtfulDecisionWithItsEvidenceAndTheLineThatReversesIt() throws IOException {
        List<Map<String, String>> rows = http.rows("api/queries/doubtful-people");
        assertEquals(1, rows.size(), "one name in two unrelated units: one doubtful split, " + rows);
        browser.get(server.url() + "people/doubtful");
        HeadlessChromium.waitUntil(browser, "the doubtful page", () -> "true".equals(
                browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        List<WebElement> items = browser.findElements(By.cssSelector("#list > li"));
        assertEquals(rows.size(), items.size());
        Map<String, String> row = rows.get(0);
        WebElement item = items.get(0);
        assertEquals(row.get("line"), item.findElement(By.cssSelector("code.line")).getText());
        assertTrue(item.getText().contains(row.get("reason")), item.getText());
        assertTrue(item.getText().contains(row.get("evidence")), item.getText());
        List<String> links = item.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
        assertTrue(links.contains(server.url() + "people/" + row.get("person").replaceFirst(".*/person/", "")), links.toString());
        assertTrue(links.contains(server.url() + "people/" + row.get("other").replaceFirst(".*/person/", "")), links.toString());
        HeadlessChromium.screenshot(browser, Path.of("target", "doubtful.png"));
    }
}
