package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The served annual review in Debian's headless Chromium, against {@code kg serve} filling an empty store from
 * {@code data/newsletters}: the year of the bundled issue reads in a few printed pages, not the tens of thousands
 * of pixels of a list with every work under every pair it joins, and a source opens its item's page.
 */
class ReviewPageIT {
    /** A page as wide as a printed one: A4 less its margins is some 700 CSS px, a narrow window some 800. */
    private static final int WIDTH = 800;
    /** Some eight A4 pages of 1123 CSS px at 96 dpi. */
    private static final int MAX_HEIGHT = 9_000;
    private static final int MAX_PRINTED_PAGES = 7;
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?!s)");
    private static final Path TARGET = Path.of("target");

    @TempDir
    static Path dir;

    static ServerProcess server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = ServerProcess.serve("--store", dir.resolve("store").toString());
        assertTrue(server.output().contains("was empty: ingested data/newsletters"), server.output());
        browser = HeadlessChromium.start(dir);
        browser.manage().window().setSize(new Dimension(WIDTH, 1000));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        HeadlessChromium.quit(browser, server);
    }

    @Test
    void theYearOfOneIssueFitsAFewPages() throws IOException {
        browser.get(server.url() + "review/2025");
        assertEquals("Annual review 2025 · 年度合作报告", browser.findElement(By.tagName("h1")).getText());
        long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
        long width = ((Number) js("return document.documentElement.clientWidth;")).longValue();
        int members = browser.findElements(By.cssSelector("section.person")).size();
        PrintOptions a4 = new PrintOptions().setPageSize(PageSize.ISO_A4);
        String pdf = new String(Base64.getDecoder().decode(browser.print(a4).getContent()), StandardCharsets.ISO_8859_1);
        long pages = PDF_PAGE.matcher(pdf).results().count();
        String report = String.format(Locale.ROOT, "review 2025 at %d px wide: %d px tall (%.1f A4 screens of 1123 px), "
                + "%d members, %d printed A4 pages%n", width, height, height / 1123.0, members, pages);
        System.out.print(report);
        Files.writeString(TARGET.resolve("review-size.txt"), report);
        assertTrue(members > 30, "every active member has a section: " + members);
        assertTrue(height < MAX_HEIGHT, report);
        assertTrue(pages <= MAX_PRINTED_PAGES, report);

        js("document.getElementById('people').scrollIntoView();");
        HeadlessChromium.screenshot(browser, TARGET.resolve("review-people.png"));
        browser.manage().window().setSize(new Dimension(WIDTH, (int) height + 200));
        HeadlessChromium.screenshot(browser, TARGET.resolve("review.png"));
        browser.manage().window().setSize(new Dimension(WIDTH, 1000));
    }

    @Test
    void aSourceOpensItsItemsPage() {
        browser.get(server.url() + "review/2025");
        List<WebElement> sources = browser.findElements(By.cssSelector("section.person a.item"));
        assertTrue(sources.size() > 20, "the members' entries cite their items: " + sources.size());
        WebElement source = sources.get(0);
        String position = source.getText().replaceFirst("「.*", "").replaceFirst(".* ", "");
        source.click();
        HeadlessChromium.waitUntil(browser, "the item page", () -> "true".equals(
                browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertTrue(browser.getCurrentUrl().startsWith(server.url() + "items/"), browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().endsWith("/" + position), browser.getCurrentUrl() + " for " + position);
        assertTrue(!browser.findElement(By.id("text")).getText().isBlank(), "the item's text");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
