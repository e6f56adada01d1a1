package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import kg.testkit.BundledStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages of a read-only {@code kg serve} (no {@code --allow-update}) in Debian's headless Chromium, over the
 * store it fills from {@code data/newsletters}: the front page and the places it leads to, the query UI, which
 * offers no way to change the store, and the DOIs and web addresses of person and item pages, which are links.
 */
class ReadOnlyPagesIT {
    @TempDir
    static Path dir;

    static ServerProcess server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = ServerProcess.serve("--store", BundledStore.copyTo(dir.resolve("store")).toString());
        browser = HeadlessChromium.start(dir);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        HeadlessChromium.quit(browser, server);
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
        follow("to-people", server.url() + "people");
        follow("to-ontology", server.url() + "def");
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

    @Test
    void doisAndWebAddressesOnPersonAndItemPagesAreLinks() {
        openPage("people/fu-haohuan-25bd");
        Map<String, String> works = anchors("#works a.doi, #works a.url");
        assertEquals("doi:10.1038/s41597-024-03223-1", works.get("https://doi.org/10.1038/s41597-024-03223-1"), works.toString());
        assertEquals("https://data.tpdc.ac.cn/en/data/e755f1ba-9cd1-4e43-98ca-cd081b5a0b3e/",
                works.get("https://data.tpdc.ac.cn/en/data/e755f1ba-9cd1-4e43-98ca-cd081b5a0b3e/"), works.toString());

        String item = "https://kg.ess.tsinghua.edu.cn/id/item/gongzuodongtai-2025-1/2.6";
        openPage("items/gongzuodongtai-2025-1/2.6");
        Map<String, String> text = anchors("#text a");
        // printed as （https://arxiv.org/abs/2502.00338）: the fullwidth brackets are not part of the address
        assertEquals("https://arxiv.org/abs/2502.00338", text.get("https://arxiv.org/abs/2502.00338"), text.toString());
        assertTrue(text.containsKey("https://github.com/YuanGao-YG/OneForecast"), text.toString());
        assertEquals(new Http(server.url()).rows("api/queries/item?item=" + Http.enc(item)).get(0).get("text"),
                js("return document.getElementById('text').textContent;"), "the text, with nothing added or lost");

        String hostile = "<img src=x onerror=\"document.body.dataset.pwned='1'\"> see https://x.example/a?b=1&c=<b>x</b>, "
                + "doi:10.1000/ab<i>y</i>.";
        assertEquals(List.of(true, 0L, List.of("https://x.example/a?b=1&c=", "https://doi.org/10.1000/ab%3Ci%3Ey%3C/i%3E")),
                js("const p = KG.el('p', {}, KG.linked(arguments[0]));"
                        + " return [p.textContent === arguments[0], p.querySelectorAll(':not(a)').length,"
                        + " [...p.querySelectorAll('a')].map(a => a.getAttribute('href'))];", hostile));
        assertNull(js("return document.body.dataset.pwned;"), "no markup from the data ran");
    }

    @Test
    void aWorksIriOpensItsPageWithItsCreditsAndTheirSources() throws IOException {
        // a browser at /id/… is sent to the resource's page, which shows what the description says
        String work = "work/doi/10.1038/s41597-024-03223-1";
        browser.get(server.url() + "id/" + work);
        waitUntil("the work's page", () -> browser.getCurrentUrl().equals(server.url() + "about/" + work)
                && "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals("10.1038/s41597-024-03223-1", browser.findElement(By.id("label")).getText(), "an untitled work by its DOI");
        assertTrue(browser.findElement(By.id("types")).getText().contains("schema:ScholarlyArticle"),
                browser.findElement(By.id("types")).getText());
        List<WebElement> credits = browser.findElements(By.cssSelector("#nodes > li"));
        assertFalse(credits.isEmpty(), "the work's credits");
        assertTrue(credits.stream().allMatch(li -> !li.findElements(By.cssSelector("a.item")).isEmpty()), "each with its source item");
        assertTrue(visibleTexts("#nodes a.resource").contains("付昊桓"), "the people credited, by name");
        HeadlessChromium.screenshot(browser, Path.of("target", "work-page.png"));
        assertEquals(server.url() + "id/" + work + "?format=turtle", browser.findElement(By.cssSelector("a.turtle")).getAttribute("href"));

        browser.get(server.url() + "def#Person");
        waitUntil("the ontology's page", () -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        WebElement person = browser.findElement(By.id("Person"));
        assertTrue(person.getText().contains("人员") && person.getText().contains("foaf:Person"), person.getText());
    }

    @Test
    void thePeoplePageShowsThePeopleQueryFiftyAtATime() throws IOException {
        List<String> all = new Http(server.url()).rows("api/queries/people").stream().map(r -> r.get("name")).toList();
        assertTrue(all.size() > 50, "the bundled issue names " + all.size() + " people: more than one page");
        openPage("people");
        assertEquals(all.subList(0, 50), visibleTexts("#list tbody td:first-child"), "the first page, in the query's order");
        assertTrue(browser.findElement(By.id("previous")).getAttribute("disabled") != null, "no page before the first");
        HeadlessChromium.screenshot(browser, Path.of("target", "people-page.png"));
        browser.findElement(By.id("next")).click();
        waitUntil("the second page", () -> browser.getCurrentUrl().endsWith("people?page=2")
                && "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals(all.subList(50, Math.min(100, all.size())), visibleTexts("#list tbody td:first-child"), "the next fifty");
        assertEquals(all.size() <= 100, browser.findElement(By.id("next")).getAttribute("disabled") != null, "a next page while there are more");
        String first = browser.findElement(By.cssSelector("#list tbody a")).getAttribute("href");
        assertTrue(first.startsWith(server.url() + "people/"), "each name links to the person's page: " + first);
    }

    /** The text of each element that matches and is shown. */
    private static List<String> visibleTexts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getText().strip()).toList();
    }

    private static void openPage(String path) {
        browser.get(server.url() + path);
        waitUntil(path, () -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** The links that match: address → text. */
    private static Map<String, String> anchors(String css) {
        Map<String, String> out = new LinkedHashMap<>();
        browser.findElements(By.cssSelector(css)).forEach(a -> out.put(a.getAttribute("href"), a.getText()));
        return out;
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
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
