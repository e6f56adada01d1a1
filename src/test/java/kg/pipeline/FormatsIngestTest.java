package kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kg.extract.ItemFacts;
import kg.rdf.KG;
import kg.resolve.CuratedPeople;
import kg.resolve.ResolvedDocument;
import kg.testkit.NewsletterPdf;
import kg.testkit.Newsletters;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same issue read from its text, its PDF and its GBK text gives the same graph. */
class FormatsIngestTest {
    @TempDir
    static Path dir;
    private static Pipeline pipeline;
    private static PreparedDocument fromText;

    @BeforeAll
    static void readTheBundledText() {
        pipeline = new Pipeline(CuratedPeople.read(Path.of("data/people.json")));
        fromText = pipeline.prepare(Newsletters.BUNDLED);
    }

    @Test
    void thePdfOfTheIssueGivesTheGraphItsTextGives() {
        Path pdf = NewsletterPdf.bundledIssue().write(dir.resolve("gongzuo-dongtai-2025-1.pdf"));
        PreparedDocument fromPdf = pipeline.prepare(pdf);
        assertEquals("PDF", fromPdf.readAs());
        assertSameGraph(fromText, fromPdf);
    }

    @Test
    void gb18030TextGivesTheGraphUtf8TextGives() throws Exception {
        // GB18030, not GBK: the issue prints CO₂, which GBK cannot encode
        Path gbk = Files.write(dir.resolve("gongzuo-dongtai-2025-1.txt"),
                Newsletters.bundledText().getBytes(Charset.forName("GB18030")));
        PreparedDocument fromGbk = pipeline.prepare(gbk);
        assertEquals("text, GB18030", fromGbk.readAs());
        assertSameGraph(fromText, fromGbk);
    }

    @Test
    void aLinkThatIsOnlyAnAnnotationStaysWithItsItem() {
        String uri = "https://www.ess.tsinghua.edu.cn/info/1101/5566.htm";
        // the anchor stands in the OneForecast item's first line; the PDF does not print the address
        assertTrue(Newsletters.bundledText().contains("准确的天气预报对于防灾减灾"));
        Path pdf = NewsletterPdf.bundledIssue().link("准确的天气预报", uri).write(dir.resolve("linked.pdf"));
        ResolvedDocument doc = pipeline.resolve(pdf);
        List<String> holding = doc.facts().items().stream().map(ItemFacts::item)
                .filter(i -> i.text().contains(uri)).map(i -> i.title()).toList();
        assertEquals(List.of("清华大学黄小猛团队联合多家机构研制出全球-区域嵌套气象大模型——OneForecast"), holding);
    }

    @Test
    void anHtmlArticleIsOneItemWithoutAWarning() throws Exception {
        Path page = Files.writeString(dir.resolve("news.html"), """
                <html><head><meta charset="utf-8"><title>学术报告</title></head><body>
                <nav><a href="/">首页</a></nav>
                <article><h1>陈德亮院士作学术报告</h1><p>2025年1月8日，陈德亮院士作了学术报告。</p>
                <p>1. 报告内容</p><p>气候变化与极端天气。</p><p>2. 讨论</p><p>师生热烈讨论。</p></article>
                <footer>版权所有</footer></body></html>
                """);
        PreparedDocument doc = pipeline.prepare(page);
        assertEquals("HTML, UTF-8", doc.readAs());
        assertEquals(1, doc.doc().facts().items().size());
        assertEquals("陈德亮院士作学术报告", doc.doc().facts().items().get(0).item().title());
        assertEquals("2025-01-08", String.valueOf(doc.doc().facts().items().get(0).item().date()));
        assertEquals(List.of(), doc.doc().facts().warnings());
    }

    @Test
    void textWithoutNewsletterStructureIsOneItemWithAWarning() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "清华大学地球系统科学系举办学术讲座。师生一百余人参加。\n");
        PreparedDocument doc = pipeline.prepare(plain);
        assertEquals(1, doc.doc().facts().items().size());
        assertEquals(List.of("plain.txt: no sections or numbered items found; read as a single article"),
                doc.doc().facts().warnings());
    }

    /** Same triples but the one that names the file; on failure, the triples only one of them has. */
    private static void assertSameGraph(PreparedDocument expected, PreparedDocument actual) {
        Set<String> want = triples(expected.graph().issue().graph());
        Set<String> got = triples(actual.graph().issue().graph());
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        Set<String> extra = new TreeSet<>(got);
        extra.removeAll(want);
        assertTrue(missing.isEmpty() && extra.isEmpty(), actual.file() + " differs from " + expected.file()
                + "\nmissing:\n" + String.join("\n", missing) + "\nextra:\n" + String.join("\n", extra));
    }

    /** The graph as N-Triples, without the one triple that names the file it was read from. */
    private static Set<String> triples(Graph g) {
        Graph copy = GraphFactory.createGraphMem();
        g.find().filterDrop(t -> t.getPredicate().equals(KG.sourceDocument.asNode())).forEach(copy::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, copy, Lang.NTRIPLES);
        return new TreeSet<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
