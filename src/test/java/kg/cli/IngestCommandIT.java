package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kg.testkit.Jar;
import kg.testkit.NewsletterPdf;
import kg.testkit.Newsletters;
import kg.testkit.StoreDump;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code kg ingest} over a folder of documents of every kind, as a user runs it; each case in a folder of its own, side by side. */
class IngestCommandIT {
    @TempDir
    Path dir;

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void ingestsAFolderOfEveryKindAndSaysHowEachWasRead() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("old/word"));
        NewsletterPdf.bundledIssue().write(in.resolve("gongzuo-dongtai-2025-1.pdf"));
        Files.write(in.resolve("old/2023-1.txt"), Newsletters.asIssueOf(2023).getBytes(Charset.forName("GB18030")));
        Files.write(in.resolve("old/2022-1.txt"), Newsletters.asIssueOf(2022).getBytes(StandardCharsets.UTF_16));
        Files.write(in.resolve("old/word/2024-2.docx"), wordIssue());
        Files.writeString(in.resolve("news.html"), """
                <html><head><meta charset="utf-8"></head><body><nav>首页 新闻</nav>
                <article><h1>陈德亮院士作学术报告</h1><p>2025年1月8日，陈德亮院士作了学术报告。</p></article>
                <footer>版权所有</footer></body></html>""");
        Files.write(in.resolve("old/talk.txt"), "一、頭條\n1.清華大學舉辦學術講座\n三月十一日，陳德亮院士作報告。\n"
                .getBytes(Charset.forName("Big5")));
        Files.writeString(in.resolve("README.md"), "not a document");
        Files.writeString(in.resolve(".hidden.txt"), "not a document either");
        Path store = dir.resolve("store");

        Jar.Run r = Jar.run("ingest", "--store", store.toString(), in.toString());

        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(7, lines.size(), r.out());
        assertLine(lines, "gongzuo-dongtai-2025-1.pdf (PDF) → graph gongzuodongtai-2025-1: 19 items, 93 people, 15 works, ");
        assertLine(lines, "2023-1.txt (text, GB18030) → graph gongzuodongtai-2023-1: 19 items");
        assertLine(lines, "2022-1.txt (text, UTF-16BE with BOM) → graph gongzuodongtai-2022-1: 19 items");
        assertLine(lines, "2024-2.docx (Word) → graph gongzuodongtai-2024-2: 2 items");
        assertLine(lines, "news.html (HTML, UTF-8) → graph doc-news-");
        assertLine(lines, "talk.txt (text, Big5) → graph doc-talk-");
        assertTrue(lines.get(6).matches("ingested 6 document\\(s\\): \\d+ items, \\d+ people, \\d+ works, "
                + "\\d+ triples, 0 warning\\(s\\) into " + store), lines.get(6));
        assertFalse(r.err().contains("reading"), "no progress bar when not at a terminal: " + r.err());
        String dump = StoreDump.nquads(store);
        for (String graph : List.of("gongzuodongtai-2025-1", "gongzuodongtai-2023-1", "gongzuodongtai-2022-1",
                "gongzuodongtai-2024-2")) {
            assertTrue(dump.contains("<https://kg.ess.tsinghua.edu.cn/graph/" + graph + "> ."), graph);
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void severalFilesQuietlyGiveTheSummaryAndTheWarningsOnly() throws IOException {
        Path a = Files.writeString(dir.resolve("plain.txt"), "清华大学地球系统科学系举办学术讲座。师生一百余人参加。\n");
        Path b = Newsletters.write(dir.resolve("issue.txt"), Newsletters.asIssueOf(2020));
        Path store = dir.resolve("store");

        Jar.Run r = Jar.run("ingest", "--quiet", "--store", store.toString(), a.toString(), b.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("ingested 2 document(s): 20 items, 93 people, 15 works, " + triples(r.out())
                + " triples, 1 warning(s) into " + store), r.out().lines().toList());
        assertEquals(List.of("warning: plain.txt: no sections or numbered items found; read as a single article"),
                r.errLines());
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void drawsAProgressBarOnATerminal() throws Exception {
        Path a = Newsletters.write(dir.resolve("a.txt"), Newsletters.shortened(300));
        Path b = Newsletters.write(dir.resolve("b.txt"), Newsletters.asIssueOf(2019));
        String command = String.join(" ", Jar.commandLine(Jar.QUICK_START, "ingest", "--store",
                dir.resolve("store").toString(), a.toString(), b.toString()));
        // script(1) runs the command on a pseudo-terminal, as a person at a terminal would
        Process p = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true).start();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        p.getInputStream().transferTo(screen);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), shown);
        assertTrue(shown.contains("reading") && shown.contains("writing") && shown.contains("100%")
                && shown.contains("2/2"), shown);
        assertTrue(shown.contains("ingested 2 document(s)"), shown);
    }

    private static void assertLine(List<String> lines, String fragment) {
        assertTrue(lines.stream().anyMatch(l -> l.contains(fragment)), fragment + " in\n" + String.join("\n", lines));
    }

    private static String triples(String out) {
        return out.replaceAll("(?s).* (\\d+) triples.*", "$1");
    }

    /** Issue two of 2024 in Word: its header in the page header, whole paragraphs. */
    private static byte[] wordIssue() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("2024 年第二期《工作动态》总第 65 期");
            for (String p : List.of("一、头条", "1.张强获国家自然科学奖二等奖",
                    "近日，2024 年度国家科学技术奖励大会在北京召开，清华大学地球系统科学系张强教授获国家自然科学奖二等奖。",
                    "2.同丹晋升副教授", "经学校审议，同丹晋升副教授。")) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
