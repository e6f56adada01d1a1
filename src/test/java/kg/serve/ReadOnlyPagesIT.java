package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages of a read-only {@code kg serve} (no {@code --allow-update}) in Debian's headless Chromium, over the
 * store it fills from {@code data/newsletters}: the front page and the places it leads to, and the query UI, which
 * offers no way to change the store.
 */
class ReadOnlyPagesIT {
    @TempDir
    static Path dir;

    static ServerProcess server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = ServerProcess.serve("--store", dir.resolve("store").toString());
        browser = HeadlessChromium.start(dir, Files.createDirectories(dir.resolve("downloads")));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theFrontPageLeadsToEveryPlace() throws IOException {
        openFrontPage();
        assertEquals(List.of(server.url() + "review/2025"), browser.findElements(By.cssSelector("#reviews a.review"))
                .stream().map(a -> a.getAttribute("href")).toList(), "the bundled issue's year");
        HeadlessChromium.screenshot(browser, Path.of("target", "front-page.png"));
        follow("to-network", server.url() + "network");
        follow("to-queries", server.url() + "queries");
        follow("to-doubtful", server.url() + "people/doubtful");
        openFrontPage();
        browser.findElement(By.cssSelector("#reviews a.review")).click();
        waitUntil("the review", () -> browser.getTitle().contains("2025"));
        follow("to-sparql", server.url() + "?ui#/dataset/kg/query");
        waitForQueryEditor();
    }

    @Test
    void anAddressOfTheQueryUiFromBeforeItMovedStillReachesIt() {
        browser.get(server.url() + "#/dataset/kg/query");
        waitUntil("the query UI at /?ui", () -> browser.getCurrentUrl().equals(server.url() + "?ui#/dataset/kg/query"));
        waitForQueryEditor();
    }

    @Test
    void theQueryUiOffersNothingThatWouldChangeTheStore() throws IOException {
        browser.get(server.url() + "?ui#/dataset/kg/query");
        waitForQueryEditor();
        assertEquals(List.of("query", "info"), visibleTexts(".card-header-tabs a.nav-link"), "the dataset's tabs");
        HeadlessChromium.screenshot(browser, Path.of("target", "query-ui-read-only.png"));
        browser.get(server.url() + "?ui#/");
        waitUntil("the list of datasets", () -> !browser.findElements(By.cssSelector("td button")).isEmpty());
        assertEquals(List.of("query", "info"), visibleTexts("td button"), "the buttons of dataset kg");
        assertFalse(visibleTexts("nav a.nav-link").contains("manage"), visibleTexts("nav a.nav-link").toString());
        assertTrue(visibleTexts("nav a.nav-link").contains("datasets"), "the UI's own navigation is still there");
    }

    /** The text of each element that matches and is shown. */
    private static List<String> visibleTexts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getText().strip()).toList();
    }

    private static void openFrontPage() {
        browser.get(server.url());
        waitUntil("the front page", () -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** Clicks a link of the front page and checks where it leads. */
    private static void follow(String link, String to) {
        openFrontPage();
        browser.findElement(By.id(link)).click();
        waitUntil(link + " leads to " + to, () -> browser.getCurrentUrl().equals(to));
    }

    private static void waitForQueryEditor() {
        waitUntil("the Fuseki UI's query editor", () -> !browser.findElements(By.cssSelector(".CodeMirror")).isEmpty());
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        HeadlessChromium.waitUntil(browser, what, condition);
    }
}
