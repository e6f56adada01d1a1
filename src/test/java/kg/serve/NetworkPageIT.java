package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import kg.testkit.BundledStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.w3c.dom.Document;

/**
 * The pages in Debian's headless Chromium, against {@code kg serve} on an empty store (which it fills from
 * {@code data/newsletters}) plus one tie inserted through an authenticated update: a 2023 tie between two people
 * whose names look like markup. The network must draw exactly the rows of the {@code network} query.
 */
class NetworkPageIT {
    private static final String USER = "editor";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String FU = "https://kg.ess.tsinghua.edu.cn/id/person/fu-haohuan-25bd";
    private static final String HOSTILE_A = "https://kg.ess.tsinghua.edu.cn/id/person/hostile-a";
    private static final Path TARGET = Path.of("target");

    @TempDir
    static Path dir;

    static ServerProcess server;
    static Http http;
    static ChromeDriver browser;
    static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        Path password = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        server = ServerProcess.serve("--store", BundledStore.copyTo(dir.resolve("store")).toString(), "--allow-update", "--user", USER,
                "--password-file", password.toString());
        http = new Http(server.url());
        String insert = Http.resource("hostile-tie.ru");
        assertEquals(401, http.postForm("kg/update", Map.of("update", insert), null, null).statusCode());
        assertEquals(401, http.postForm("kg/update", Map.of("update", insert), USER, "wrong").statusCode());
        assertEquals(List.of(), http.rows("api/queries/network?from=2023&to=2023"), "refused updates changed nothing");
        assertEquals(200, http.postForm("kg/update", Map.of("update", insert), USER, PASSWORD).statusCode());

        downloads = Files.createDirectories(dir.resolve("downloads"));
        browser = HeadlessChromium.start(dir, downloads);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        HeadlessChromium.quit(browser, server);
    }

    @Test
    void drawsExactlyWhatTheNetworkQueryReturns() throws IOException {
        openNetwork();
        assertEquals("工作动态", browser.findElement(By.id("series")).getAttribute("value"), "the page opens on the newest newsletter");
        assertEquals("2025", browser.findElement(By.id("from")).getAttribute("value"), "and on its latest year");
        assertEquals("2025", browser.findElement(By.id("to")).getAttribute("value"));
        List<Map<String, String>> rows = http.rows("api/queries/network?from=2025&to=2025&series=" + Http.enc("工作动态"));
        assertTrue(rows.size() > 300, "the bundled issue has hundreds of ties, not " + rows.size());
        assertEquals(rows.size() + 1, http.rows("api/queries/network").size(), "all years add the 2023 tie only");
        assertEquals(nodesOf(rows), drawnNodes());
        assertEquals(edgesOf(rows), drawnEdges());
        Map<String, String> weights = rows.stream().collect(Collectors.toMap(r -> r.get("a") + " " + r.get("b"),
                r -> r.get("weight")));
        assertEquals(weights, js("const w = {}; kgNetwork.cy.edges().forEach(e => { w[e.id()] = String(e.data('weight')); });"
                + " return w;"));
        assertEquals(nodesOf(rows).size() + " people, " + rows.size() + " ties", browser.findElement(By.id("status")).getText());
        screenshot("network.png");
    }

    @Test
    void yearFilterChangesTheNetwork() {
        openNetwork();
        Set<String> allEdges = drawnEdges();
        setYears("2023", "2023");
        List<Map<String, String>> in2023 = http.rows("api/queries/network?from=2023&to=2023");
        assertEquals(1, in2023.size(), "only the inserted tie is from 2023");
        assertEquals(edgesOf(in2023), drawnEdges());
        assertEquals(nodesOf(in2023), drawnNodes());

        setYears("2025", "2025");
        List<Map<String, String>> in2025 = http.rows("api/queries/network?from=2025&to=2025");
        assertEquals(edgesOf(in2025), drawnEdges());
        assertEquals(nodesOf(in2025), drawnNodes());
        assertFalse(drawnNodes().contains(HOSTILE_A));
        assertEquals(allEdges, drawnEdges(), "2025 is the year the page opened on");

        setFrom("2023");
        Set<String> widened = new HashSet<>(allEdges);
        widened.addAll(edgesOf(in2023));
        assertEquals(widened, drawnEdges(), "widening the range adds the 2023 tie");
    }

    @Test
    void otherControlsRefetchTheQueryWithTheirParameters() {
        openNetwork();
        clickAndWait(By.id("internalOnly"));
        assertEquals(edgesOf(http.rows("api/queries/network?internalOnly=true")), drawnEdges());
        clickAndWait(By.cssSelector("#bases input[value=event]"));
        assertEquals(edgesOf(http.rows("api/queries/network?internalOnly=true&bases="
                + Http.enc("coauthor project group event"))), drawnEdges());
        int before = renders();
        browser.findElement(By.id("minWeight")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        waitForRender(before);
        assertEquals(edgesOf(http.rows("api/queries/network?internalOnly=true&minWeight=2&bases="
                + Http.enc("coauthor project group event"))), drawnEdges());
    }

    @Test
    void clickingANodeShowsItsEvidenceAndLeadsToThePersonPage() throws IOException {
        openNetwork();
        // Bring the person to the middle of the canvas, then click there as a person would.
        js("kgNetwork.cy.center(kgNetwork.cy.getElementById(arguments[0]));", FU);
        new Actions(browser).moveToElement(browser.findElement(By.id("cy")), 0, 0).click().perform();
        waitUntil("the panel shows the works of 付昊桓", () -> browser.findElements(By.cssSelector("#panel li .fact")).size() > 0
                && browser.findElement(By.cssSelector("#panel h2")).getText().equals("付昊桓"));
        String panel = browser.findElement(By.id("panel")).getText();
        assertTrue(panel.contains("中国长时间序列逐年人造夜间灯光数据集（1984-2020）"), panel);
        assertTrue(panel.contains("Works") && panel.contains("Awards"), panel);
        List<WebElement> sources = browser.findElements(By.cssSelector("#panel a.item"));
        assertFalse(sources.isEmpty());
        assertTrue(sources.get(0).getAttribute("href").contains("/items/gongzuodongtai-2025-1/"), sources.get(0).getAttribute("href"));
        screenshot("network-page.png");

        browser.findElement(By.id("person-page")).click();
        waitUntil("the person page", () -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals("付昊桓", browser.findElement(By.id("name")).getText());
        long works = http.rows("api/queries/person-profile?person=" + Http.enc(FU)).stream()
                .filter(r -> r.get("kind").equals("work")).count();
        assertEquals(works, browser.findElements(By.cssSelector("#works > li")).size());
        Set<String> collaborators = http.rows("api/queries/ties?person=" + Http.enc(FU)).stream()
                .map(r -> r.get("other")).collect(Collectors.toSet());
        assertEquals(collaborators.size(), browser.findElements(By.cssSelector("#collaborators > li")).size());

        browser.findElement(By.cssSelector("#works a.item")).click();
        waitUntil("the item page", () -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertTrue(browser.findElement(By.id("title")).getText().startsWith("清华大学付昊桓课题组"));
        assertTrue(browser.findElement(By.id("text")).getText().contains("付昊桓"));
    }

    @Test
    void clickingATieShowsItsEvidence() {
        openNetwork();
        String a = "https://kg.ess.tsinghua.edu.cn/id/person/chen-bin-0fc6";
        js("kgNetwork.cy.getElementById(arguments[0]).emit('tap');", a + " " + FU);
        waitUntil("the panel shows the tie", () -> browser.findElements(By.cssSelector("#panel li")).size() > 0);
        List<Map<String, String>> evidence = http.rows("api/queries/ties?person=" + Http.enc(a) + "&with=" + Http.enc(FU));
        assertEquals(evidence.size(), browser.findElements(By.cssSelector("#panel li")).size());
        String panel = browser.findElement(By.id("panel")).getText();
        assertTrue(panel.startsWith("陈斌 — 付昊桓"), panel);
        assertTrue(panel.contains("coauthor") && panel.contains("source:"), panel);
    }

    @Test
    void twoLoadsDrawTheSamePicture() {
        openNetwork();
        Map<String, List<Double>> first = positions();
        openNetwork();
        Map<String, List<Double>> again = positions();
        assertEquals(first.keySet(), again.keySet());
        assertEquals(List.of(), first.keySet().stream().filter(p -> !first.get(p).equals(again.get(p))).sorted().toList(),
                "people drawn elsewhere the second time");
    }

    @Test
    void noTwoPeopleOverlapWithTheirNames() throws IOException {
        openNetwork();
        assertEquals(List.of(), overlappingPeople());
        // the event basis brings in new people and makes some of those shown busier, so bigger
        clickAndWait(By.cssSelector("#bases input[value=event]"));
        assertTrue(drawnNodes().size() > 80, "the events add people: " + drawnNodes().size());
        assertEquals(List.of(), overlappingPeople());
        screenshot("network-events.png");
        assertTrue(((Number) js("return kgNetwork.cy.zoom();")).doubleValue() >= 0.8, "names are drawn at least 9 px high");
    }

    @Test
    void aFilterChangeMovesNoOneWhoStays() {
        openNetwork();
        Map<String, List<Double>> before = renderedPositions();
        clickAndWait(By.id("internalOnly"));
        Map<String, List<Double>> after = renderedPositions();
        assertTrue(after.size() > 10 && after.size() < before.size(), after.size() + " of " + before.size());
        after.forEach((person, p) -> {
            List<Double> was = before.get(person);
            assertTrue(Math.hypot(p.get(0) - was.get(0), p.get(1) - was.get(1)) < 0.5, person + " moved from " + was + " to " + p);
        });
        assertEquals(List.of(), overlappingPeople());
    }

    @Test
    void aFilterChangeClearsTheHoverLabelAndTheEvidence() {
        openNetwork();
        String prompt = browser.findElement(By.id("panel")).getText();
        @SuppressWarnings("unchecked")
        List<Long> at = (List<Long>) js("const cy = kgNetwork.cy, box = cy.container().getBoundingClientRect(),"
                + " p = cy.nodes().max(n => n.degree()).ele.renderedPosition();"
                + " return [Math.round(box.left + p.x), Math.round(box.top + p.y)];");
        new Actions(browser).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).click().perform();
        waitUntil("the hover label and the person's evidence", () -> browser.findElement(By.id("tooltip")).isDisplayed()
                && !browser.findElements(By.cssSelector("#panel li")).isEmpty());

        int before = renders();
        js("document.getElementById('internalOnly').click();"); // the pointer stays on the person
        waitForRender(before);
        assertFalse(browser.findElement(By.id("tooltip")).isDisplayed(), "the hover label is gone");
        assertEquals(prompt, browser.findElement(By.id("panel")).getText());
        assertNull(js("return kgNetwork.evidenceOf;"));
    }

    /**
     * A click in a bundle of ties opens the tie under the pointer: at the midpoints of the ties with another tie
     * passing closest (2 to 6 px) and no person over them. The controls above the canvas rewrap after it has
     * settled (here a taller header stands for the newsletter list filling in late, or a long status line), and
     * clicks must still land where they are made.
     */
    @Test
    void clickingATieInABundleOpensThatTie() {
        openNetwork();
        js("document.querySelector('header.top').style.paddingBottom = '1em';");
        afterTwoFrames(); // no one clicks within a frame of the page's reflow
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ties = (List<Map<String, Object>>) js("const cy = kgNetwork.cy,"
                + " box = cy.container().getBoundingClientRect();"
                + "const gap = (p, s, t) => { const dx = t.x - s.x, dy = t.y - s.y;"
                + "  const u = Math.max(0, Math.min(1, ((p.x - s.x) * dx + (p.y - s.y) * dy) / (dx * dx + dy * dy)));"
                + "  return Math.hypot(s.x + u * dx - p.x, s.y + u * dy - p.y); };"
                + "const covered = p => cy.nodes().some(n => { const b = n.renderedBoundingBox({includeLabels: true});"
                + "  return p.x > b.x1 - 4 && p.x < b.x2 + 4 && p.y > b.y1 - 4 && p.y < b.y2 + 4; });"
                + "return cy.edges().map(e => { const s = e.source().renderedPosition(), t = e.target().renderedPosition(),"
                + "    m = {x: (s.x + t.x) / 2, y: (s.y + t.y) / 2};"
                + "  const nearest = Math.min(...cy.edges().not(e).map(f => gap(m, f.source().renderedPosition(),"
                + "    f.target().renderedPosition())));"
                + "  return {id: e.id(), m, nearest, x: Math.round(box.left + m.x), y: Math.round(box.top + m.y)}; })"
                + " .filter(c => c.nearest > 2 && c.nearest < 6 && !covered(c.m) && c.m.x > 0 && c.m.y > 0"
                + "   && c.m.x < box.width && c.m.y < box.height && box.top + c.m.y < window.innerHeight)"
                + " .sort((a, b) => a.nearest - b.nearest).slice(0, 5);");
        assertEquals(5, ties.size(), "ties in bundles: " + ties);
        for (Map<String, Object> tie : ties) {
            Object before = js("return kgNetwork.evidenceOf;");
            new Actions(browser).moveToLocation(((Long) tie.get("x")).intValue(), ((Long) tie.get("y")).intValue())
                    .click().perform();
            waitUntil("the panel taken by the click at " + tie, () -> !Objects.equals(before, js("return kgNetwork.evidenceOf;")));
            assertEquals(tie.get("id"), js("return kgNetwork.evidenceOf;"), "the click at " + tie);
        }
        waitUntil("its evidence", () -> !browser.findElements(By.cssSelector("#panel li")).isEmpty());
        String[] people = ((String) ties.get(ties.size() - 1).get("id")).split(" ");
        assertEquals(js("const cy = kgNetwork.cy; return cy.getElementById(arguments[0]).data('name') + ' — '"
                + " + cy.getElementById(arguments[1]).data('name');", people[0], people[1]),
                browser.findElement(By.cssSelector("#panel h2")).getText());
    }

    @Test
    void namesAreTextNeverMarkup() {
        openNetwork();
        setFrom("2023"); // the page opens on 2025; the hostile tie is from 2023
        assertEquals("<img src=x onerror=\"document.body.dataset.pwned='a'\">",
                js("return kgNetwork.cy.getElementById(arguments[0]).data('name');", HOSTILE_A));
        browser.findElement(By.id("search")).sendKeys("hostile");
        assertEquals(Boolean.TRUE, js("return kgNetwork.cy.getElementById(arguments[0]).hasClass('hit');", HOSTILE_A));
        js("kgNetwork.cy.getElementById(arguments[0]).emit('tap');", HOSTILE_A);
        waitUntil("the panel of the hostile person", () -> browser.findElements(By.cssSelector("#panel li")).size() > 0);
        assertTrue(browser.findElement(By.id("panel")).getText().contains("<svg onload="));

        browser.get(server.url() + "people/hostile-a");
        waitUntil("the person page", () -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals("<img src=x onerror=\"document.body.dataset.pwned='a'\">", browser.findElement(By.id("name")).getText());
        assertEquals(List.of(), browser.findElements(By.cssSelector("main img, main svg, main b, main i")));
        browser.get(server.url() + "items/test-2023-1/1.1");
        waitUntil("the item page", () -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals("<script>document.body.dataset.pwned='text'</script>", browser.findElement(By.id("text")).getText());
        assertNull(js("return document.body.dataset.pwned;"), "no markup from the data ran");
    }

    @Test
    void cannedQueriesOpenAsExamplesInTheQueryUi() {
        browser.get(server.url() + "queries");
        waitUntil("the list of canned queries", () -> !browser.findElements(By.cssSelector("#q-people a.open-ui")).isEmpty());
        browser.findElement(By.cssSelector("#q-people a.open-ui")).click();
        waitUntil("the query in the Fuseki UI's editor", () -> String.valueOf(js(
                "const cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror.getValue();"))
                .startsWith("# title: People"));
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waitUntil("the results", () -> browser.findElements(By.cssSelector(".yasr")).stream()
                .anyMatch(e -> e.getText().contains("Philippe Ciais")));
    }

    @Test
    void exportsPngAndGexf() throws Exception {
        openNetwork();
        setFrom("2023"); // the page opens on 2025; the hostile tie is from 2023
        Document gexf = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(((String) js("return kgNetwork.gexf();")).getBytes(StandardCharsets.UTF_8)));
        assertEquals(drawnNodes().size(), gexf.getElementsByTagName("node").getLength());
        assertEquals(drawnEdges().size(), gexf.getElementsByTagName("edge").getLength());

        browser.findElement(By.id("png")).click();
        browser.findElement(By.id("gexf")).click();
        Path png = downloads.resolve("kg-network.png");
        Path file = downloads.resolve("kg-network.gexf");
        waitUntil("both downloads", () -> Files.exists(png) && Files.exists(file));
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertEquals("\u0089PNG", new String(head, 0, 4, StandardCharsets.ISO_8859_1));
        assertTrue(Files.readString(file).contains("label=\"&lt;img src=x"), "names are escaped in GEXF");
        Files.copy(png, TARGET.resolve("network-export.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * How long the network data takes to arrive in the page for the bundled issue, against two references fetched
     * the same way in the same page: the catalogue of canned queries (no query runs) and a one-row SPARQL ASK.
     * Rerun with {@code mvn -B verify -Dit.test=NetworkPageIT}; figures go to target/network-timing.txt.
     */
    @Test
    void networkDataArrivalTime() throws IOException {
        openNetwork();
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "const median = a => a.sort((x, y) => x - y)[a.length >> 1];"
                + "const time = async url => { const t0 = performance.now(); const r = await fetch(url);"
                + "  await r.json(); return performance.now() - t0; };"
                + "(async () => { const n = [], list = [], ask = [];"
                + "  for (let i = 0; i < 7; i++) {"
                + "    n.push(await time('/api/queries/network?format=json&from=2025&to=2025'));"
                + "    list.push(await time('/api/queries'));"
                + "    ask.push(await time('/kg/sparql?query=' + encodeURIComponent('ASK {}')));"
                + "  }"
                + "  done({ first: kgNetwork.firstLoadMs, network: median(n), list: median(list), ask: median(ask),"
                + "         ties: kgNetwork.rows.length }); })();");
        double network = ((Number) t.get("network")).doubleValue();
        double list = ((Number) t.get("list")).doubleValue();
        double ask = ((Number) t.get("ask")).doubleValue();
        String report = String.format(Locale.ROOT,
                "network data (%s ties): first load %.0f ms; median of 7: %.1f ms = %.1f× the query catalogue (%.1f ms), "
                        + "%.1f× an ASK over /kg/sparql (%.1f ms)%n",
                t.get("ties"), ((Number) t.get("first")).doubleValue(), network, network / list, list, network / ask, ask);
        System.out.print(report);
        Files.writeString(TARGET.resolve("network-timing.txt"), report);
        assertTrue(network > 0 && network < 10_000, report);
    }

    // ---- helpers

    private static void openNetwork() {
        browser.get(server.url() + "network");
        waitUntil("the network is drawn", () -> renders() >= 1);
    }

    private static int renders() {
        String r = browser.findElement(By.tagName("body")).getAttribute("data-renders");
        return r == null ? 0 : Integer.parseInt(r);
    }

    private static void waitForRender(int before) {
        waitUntil("the network is drawn again", () -> renders() > before);
    }

    /** Clicks a control that redraws the network, and waits for the new drawing. */
    private static void clickAndWait(By by) {
        int before = renders();
        browser.findElement(by).click();
        waitForRender(before);
    }

    private static void setFrom(String from) {
        int before = renders();
        browser.findElement(By.id("from")).sendKeys(Keys.chord(Keys.CONTROL, "a"), from, Keys.TAB);
        waitForRender(before);
    }

    private static void setYears(String from, String to) {
        int before = renders();
        browser.findElement(By.id("from")).sendKeys(Keys.chord(Keys.CONTROL, "a"), from, Keys.TAB);
        waitForRender(before);
        before = renders();
        browser.findElement(By.id("to")).sendKeys(Keys.chord(Keys.CONTROL, "a"), to, Keys.TAB);
        waitForRender(before);
    }

    private static void afterTwoFrames() {
        browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    /** Each person's position in the drawing. */
    private static Map<String, List<Double>> positions() {
        return points(js("const p = {}; kgNetwork.cy.nodes().forEach(n => { p[n.id()] = [n.position('x'), n.position('y')]; });"
                + " return p;"));
    }

    /** Each person's position on the screen. */
    private static Map<String, List<Double>> renderedPositions() {
        return points(js("const p = {}; kgNetwork.cy.nodes().forEach(n => { const r = n.renderedPosition();"
                + " p[n.id()] = [r.x, r.y]; }); return p;"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Double>> points(Object map) {
        return ((Map<String, List<Number>>) map).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(Number::doubleValue).toList()));
    }

    /** The pairs of people whose boxes, body and name, overlap. */
    @SuppressWarnings("unchecked")
    private static List<String> overlappingPeople() {
        return (List<String>) js("const ns = kgNetwork.cy.nodes().toArray(), pairs = [];"
                + "const box = n => n.boundingBox({includeLabels: true});"
                + "ns.forEach((a, i) => ns.slice(i + 1).forEach(b => { const p = box(a), q = box(b);"
                + "  if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) pairs.push(a.data('name') + ' / ' + b.data('name'));"
                + "})); return pairs;");
    }

    private static Set<String> drawnNodes() {
        return strings(js("return kgNetwork.cy.nodes().map(n => n.id());"));
    }

    private static Set<String> drawnEdges() {
        return strings(js("return kgNetwork.cy.edges().map(e => e.data('source') + ' ' + e.data('target'));"));
    }

    private static Set<String> nodesOf(List<Map<String, String>> rows) {
        Set<String> s = new HashSet<>();
        rows.forEach(r -> {
            s.add(r.get("a"));
            s.add(r.get("b"));
        });
        return s;
    }

    private static Set<String> edgesOf(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("a") + " " + r.get("b")).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> strings(Object list) {
        return new HashSet<>((List<String>) list);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        HeadlessChromium.waitUntil(browser, what, condition);
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, TARGET.resolve(name));
    }
}
