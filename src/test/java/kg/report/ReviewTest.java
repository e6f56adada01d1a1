package kg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.query.QueryTarget;
import kg.store.KgStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewTest {
    @TempDir
    static Path storeDir;

    static KgStore kg;
    static GraphFacts facts;
    static Review review;

    @BeforeAll
    static void ingest() throws IOException {
        kg = BundledIssue.ingest(storeDir);
        facts = GraphFacts.read(kg.dataset());
        review = new ReviewBuilder(facts).build(2025);
    }

    @AfterAll
    static void close() {
        kg.close();
    }

    @Test
    void listsExactlyThePairsOfTheCollaborationsQueryEachWithEvidence() {
        Map<String, String> expected = new TreeMap<>();
        new QueryRunner(kg.dataset()).select(QueryCatalog.load().get("collaborations").orElseThrow(), Map.of(), rs -> {
            rs.forEachRemaining(row -> expected.put(pair(row.getLiteral("a").getString(), row.getLiteral("b").getString()),
                    row.getLiteral("basis").getString()));
            return null;
        });
        Map<String, String> listed = new TreeMap<>();
        List<Tie> ties = new ArrayList<>(review.outsideTies());
        review.people().forEach(p -> ties.addAll(p.ties()));
        for (Tie t : ties) {
            assertFalse(t.evidence().isEmpty(), "a tie without evidence: " + t);
            t.evidence().forEach(e -> assertNotNull(e.source().title(), "evidence without its item: " + e));
            listed.put(pair(t.person().name(), t.collaborator().name()), sortedBasis(t.basis()));
        }
        expected.replaceAll((k, v) -> sortedBasis(v));
        assertTrue(expected.size() > 300, "the bundled issue has some 300 pairs, not " + expected.size());
        assertEquals(expected, listed);
    }

    @Test
    void everyMemberSectionIsAMemberAndTheyAreSortedByPinyin() {
        List<Person> people = review.people().stream().map(PersonReview::person).toList();
        assertTrue(people.stream().allMatch(Person::internal));
        assertEquals(people.stream().sorted(Person.BY_PINYIN).toList(), people);
        assertEquals("Cai Wenjia", people.get(0).pinyin());
        // a member with events and no ties is still reviewed
        PersonReview chen = section("陈德亮");
        assertTrue(chen.internal().isEmpty() && chen.external().isEmpty());
        assertEquals(3, chen.events().size());
        // internal collaborators first, then external with their institution
        PersonReview cai = section("蔡闻佳");
        assertTrue(cai.internal().stream().allMatch(c -> c.person().internal()));
        assertTrue(cai.external().stream().noneMatch(c -> c.person().internal()));
        assertTrue(cai.external().stream().anyMatch(c -> "马里兰大学".equals(c.person().org())));
        assertEquals(cai.internal(), cai.collaborators().subList(0, cai.internal().size()), "inside the department first");
    }

    @Test
    void factsWithoutADateOfTheirOwnAreDatedByTheirIssue() {
        TieEvidence coalPaper = evidenceOf(section("蔡闻佳"), "https://kg.ess.tsinghua.edu.cn/id/work/doi/10.1038/s41467-024-55332-5");
        assertEquals(new FactDate("2025-01-02", Dating.OWN), coalPaper.date());
        assertEquals("corresponding author, team lead", coalPaper.personPart());
        TieEvidence oneForecast = evidenceOf(section("黄小猛"), "https://kg.ess.tsinghua.edu.cn/id/work/doi/10.48550/arxiv.2502.00338");
        assertEquals(new FactDate("2025", Dating.ISSUE), oneForecast.date());
        assertTrue(oneForecast.date().datedByIssue());
        // the Scientific Data paper appeared in April 2024: in the 2024 review, not in 2025's
        String sciData = "https://kg.ess.tsinghua.edu.cn/id/work/doi/10.1038/s41597-024-03223-1";
        assertNull(evidenceOf(section("付昊桓"), sciData));
        Review earlier = new ReviewBuilder(facts).build(2024);
        assertEquals(new FactDate("2024-04", Dating.OWN), evidenceOf(section(earlier, "付昊桓"), sciData).date());
    }

    @Test
    void theSummaryCountsTheYearsWorksProjectsEventsAndAwards() {
        Summary s = review.summary();
        assertEquals(14, s.works());
        assertEquals(5, s.worksByVenue().get("Nature Communications"));
        assertEquals(List.of("article", "dataset", "preprint", "software"), List.copyOf(s.worksByType().keySet()));
        assertTrue(s.newProjects().stream().anyMatch(p -> "2024YFF1307600".equals(p.project().code())
                && p.leaders().equals(List.of("俞乐"))));
        assertEquals(10, s.events().size());
        assertEquals(Set.of("十大最具价值年度数据集", "十大最有贡献数据团队"),
                Set.copyOf(s.awards().stream().map(AwardEntry::award).toList()));
        assertEquals("李伟", s.mostConnected().get(0).person().name());
        assertTrue(s.newInstitutions().contains("马里兰大学"));
        // 香港大学 came with the 2024 paper, so it is not new in 2025
        assertFalse(s.newInstitutions().contains("香港大学"));
    }

    @Test
    void onePersonsReviewHasNoSummary() {
        Review one = new ReviewBuilder(facts).build(2025, "Yu Le");
        assertNull(one.summary());
        assertEquals(List.of("俞乐"), one.people().stream().map(p -> p.person().name()).toList());
        assertThrows(IllegalArgumentException.class, () -> new ReviewBuilder(facts).build(2025, "某某某"));
    }

    @Test
    void markdownMatchesItsGoldenFile() throws IOException {
        Golden.check("review-2025.md", render(ReviewFormat.MD));
    }

    @Test
    void csvMatchesItsGoldenFileAndHasOneRowPerPersonCollaboratorAndEvidence() throws IOException {
        String csv = render(ReviewFormat.CSV);
        Golden.check("review-2025.csv", csv);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        Set<String> keys = new TreeSet<>();
        rows.forEach(r -> assertTrue(keys.add(r.get("person") + "|" + r.get("collaborator") + "|" + r.get("evidence")),
                "duplicate row " + r));
        long expected = review.outsideTies().stream().mapToLong(t -> t.evidence().size()).sum()
                + review.people().stream().flatMap(p -> p.ties().stream()).mapToLong(t -> t.evidence().size()).sum();
        assertEquals(expected, rows.size());
    }

    @Test
    void jsonIsTheRecordModel() throws IOException {
        JsonNode json = new ObjectMapper().readTree(render(ReviewFormat.JSON));
        assertEquals(2025, json.get("year").asInt());
        assertEquals(review.people().size(), json.get("people").size());
        assertEquals("蔡闻佳", json.get("people").get(0).get("person").get("name").asText());
    }

    @Test
    void eachWorkIsListedOncePerMemberWithEveryoneOnIt() throws IOException {
        Map<String, Set<String>> onWork = new TreeMap<>();
        facts.ties(GraphFacts.inYear(2025)).forEach(t -> t.evidence().forEach(e -> {
            Set<String> on = onWork.computeIfAbsent(e.evidence().iri(), k -> new TreeSet<>());
            on.add(t.person().iri());
            on.add(t.collaborator().iri());
        }));
        assertTrue(onWork.values().stream().anyMatch(on -> on.size() > 10), "the issue has a paper of many co-authors");
        String html = render(ReviewFormat.HTML);
        for (PersonReview p : review.people()) {
            List<String> listed = p.works().stream().map(w -> w.work().iri()).toList();
            assertEquals(Set.copyOf(listed).size(), listed.size(), "a work twice under " + p.person().name());
            for (WorkEntry w : p.works()) {
                Set<String> on = new TreeSet<>(w.people().stream().map(c -> c.person().iri()).toList());
                assertEquals(onWork.getOrDefault(w.work().iri(), Set.of(p.person().iri())), on, "who is on " + w.work().label());
            }
            for (Tie t : p.ties()) {
                assertEquals(t.evidence().size(), p.collaborators().stream()
                        .filter(c -> c.person().equals(t.collaborator())).findFirst().orElseThrow().works());
                for (TieEvidence e : t.evidence()) {
                    WorkEntry w = p.works().stream().filter(x -> x.work().iri().equals(e.evidence().iri())).findFirst()
                            .orElseThrow(() -> new AssertionError(p.person().name() + ": no entry for " + e.evidence().iri()));
                    assertEquals(e.personPart(), w.partOf(p.person()));
                    assertEquals(e.collaboratorPart(), w.partOf(t.collaborator()));
                    assertTrue(w.sources().contains(e.source()), "the entry cites the item of the tie");
                }
            }
            // on the page: each work one entry of the member's section, naming everyone else on it
            List<String> entries = entries(html, p.person());
            for (WorkEntry w : p.works()) {
                String head = "<span class=\"type\">" + HtmlReview.esc(w.work().type()) + "</span> <i>"
                        + HtmlReview.esc(w.work().label()) + "</i>";
                List<String> shown = entries.stream().filter(li -> li.startsWith(head)).toList();
                assertEquals(1, shown.size(), p.person().name() + ": " + w.work().label() + " " + shown);
                w.others(p.person()).forEach(c -> assertTrue(shown.get(0).contains(HtmlReview.esc(c.person().name())),
                        p.person().name() + ": " + w.work().label() + " without " + c.person().name()));
            }
        }
    }

    @Test
    void aFileCitesItemsAsTextAndTheServedPageLinksThem() throws IOException {
        assertFalse(render(ReviewFormat.HTML).contains("class=\"item\""), "a file has no item page to link to");
        String served = ReviewPage.html(QueryTarget.local(kg.dataset()), 2025, item -> "/pages?" + item);
        int cited = count(served, "<span class=\"src\">");
        assertTrue(cited > 30, "the review cites its items, " + cited + " times");
        assertEquals(cited, count(served, "<a class=\"item\" href=\"/pages?https://kg.ess.tsinghua.edu.cn/id/item/"),
                "every citation links to its item");
    }

    @Test
    void thePageIsSelfContainedAndPrintable() {
        String html = ReviewPage.html(QueryTarget.local(kg.dataset()), 2025, item -> null);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("@media print"));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external style sheets");
        assertFalse(html.matches("(?s).*src=\"http.*"), "nothing fetched");
        assertTrue(html.contains("蔡闻佳"));
    }

    @Test
    void htmlEscapesNamesAndTitles() throws IOException {
        Person odd = new Person("https://kg.ess.tsinghua.edu.cn/id/person/x", "<b>&\"x'", "X", true, "<i>org</i>", "<i>org</i>");
        Source src = new Source("https://kg.ess.tsinghua.edu.cn/id/item/i/1.1", "issue <1>", 2025, "头条", "1.1", "a & b", null);
        Evidence work = new Evidence("https://kg.ess.tsinghua.edu.cn/id/work/w", "coauthor", "article", "<script>alert(1)</script>",
                null, null, "https://example.org/?a=1&b=2", null, FactDate.of(null, src), src);
        Person other = new Person("https://kg.ess.tsinghua.edu.cn/id/person/y", "Y", "Y", false, null, null);
        Tie tie = new Tie(odd, other, List.of(new TieEvidence(work, "first author", "", work.date(), src)));
        WorkEntry entry = new WorkEntry(work, List.of(new Credit(odd, "first author"), new Credit(other, "")), work.date(),
                List.of(src));
        Review r = new Review(2025, null, List.of(new PersonReview(odd, List.of(new Collaborator(other, 1)), List.of(entry),
                List.of(), List.of(), List.of(tie))), List.of(), List.of());
        StringWriter out = new StringWriter();
        ReviewFormat.HTML.writer().write(r, out);
        String html = out.toString();
        assertFalse(html.contains("<b>&\"x'"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;b&gt;&amp;&quot;x&#39;"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("href=\"https://example.org/?a=1&amp;b=2\""));
    }

    private static String render(ReviewFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.writer().write(review, out);
        return out.toString();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    /** The entries of a member's section of the page, each from its opening tag on. */
    private static List<String> entries(String html, Person p) {
        String section = html.substring(html.indexOf("<section class=\"person\" id=\"p-"
                + p.iri().substring(p.iri().lastIndexOf('/') + 1) + "\">"));
        section = section.substring(0, section.indexOf("</section>"));
        return List.of(section.split("<li>")).subList(1, section.split("<li>").length);
    }

    private static PersonReview section(String name) {
        return section(review, name);
    }

    private static PersonReview section(Review r, String name) {
        return r.people().stream().filter(p -> p.person().name().equals(name)).findFirst().orElseThrow();
    }

    private static TieEvidence evidenceOf(PersonReview p, String via) {
        return p.ties().stream().flatMap(t -> t.evidence().stream()).filter(e -> e.evidence().iri().equals(via)).findFirst().orElse(null);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " | " + b : b + " | " + a;
    }

    private static String sortedBasis(String basis) {
        return String.join(";", new TreeSet<>(List.of(basis.split(";"))));
    }
}
