package kg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kg.testkit.NewsletterPdf;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
    private static final Path FILE = Path.of("issue.pdf");
    private static final List<String> LINES = List.of(
            "一、头条",
            "1.遐陟艰途，砺本守初",
            "海日生残夜，江春入旧年。",
            "2.清华大学黄小猛团队联合多家机构研制出全球-区域嵌套气象",
            "大模型——OneForecast",
            "准确的天气预报对于防灾减灾、农业规划和水资源管理等非常重要。",
            "相关论文以预印本形式在线发表（https://arxiv.org/abs/2502.00338）",
            "原文链接",
            "二、科研进展",
            "1.张强获国家自然科学奖二等奖");
    private final PdfReader reader = new PdfReader();

    @Test
    void readsLinesInReadingOrderWithoutRunningHeadersOrPageNumbers() {
        byte[] pdf = NewsletterPdf.of(LINES).linesPerPage(4).bytes();
        SourceDocument doc = reader.read(FILE, pdf);
        assertEquals(List.of(NewsletterPdf.HEADER), doc.pageHeaders());
        assertEquals(SourceFormat.PDF, doc.format());
        assertEquals("PDF", doc.readAs());
        assertEquals(LINES, doc.text().lines().toList());
    }

    @Test
    void writesOutALinkThePageDoesNotPrintAfterTheLineItCovers() {
        String uri = "https://www.ess.tsinghua.edu.cn/news/2025/0110.htm";
        byte[] pdf = NewsletterPdf.of(LINES).linesPerPage(4).link("原文链接", uri).bytes();
        List<String> lines = reader.read(FILE, pdf).text().lines().toList();
        int anchor = lines.indexOf("原文链接");
        assertEquals("（" + uri + "）", lines.get(anchor + 1));
        assertEquals(LINES.size() + 1, lines.size(), "the printed arXiv link is not written a second time");
    }

    @Test
    void aSinglePageKeepsItsHeaderAsText() {
        // one page repeats nothing: the header is left to the normaliser, which knows the newsletter's header
        SourceDocument doc = reader.read(FILE, NewsletterPdf.of(LINES.subList(0, 3)).bytes());
        assertEquals(List.of(), doc.pageHeaders());
        assertEquals(List.of(NewsletterPdf.HEADER, "一、头条", "1.遐陟艰途，砺本守初", "海日生残夜，江春入旧年。"),
                doc.text().lines().toList());
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] pdf = NewsletterPdf.of(LINES).bytes();
        byte[] half = Arrays.copyOf(pdf, pdf.length / 2);
        InputException e = assertThrows(InputException.class, () -> reader.read(FILE, half));
        assertEquals("issue.pdf: is a truncated PDF (its end marker %%EOF is missing)", e.getMessage());
    }

    @Test
    void refusesAnEncryptedPdf() {
        byte[] pdf = NewsletterPdf.of(LINES).encrypted("secret");
        InputException e = assertThrows(InputException.class, () -> reader.read(FILE, pdf));
        assertEquals("issue.pdf: is an encrypted PDF that needs a password; save a copy without one", e.getMessage());
    }

    @Test
    void refusesAPdfWithoutText() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        InputException e = assertThrows(InputException.class, () -> reader.read(FILE, pdf));
        assertEquals("issue.pdf: has no text layer (1 page(s) of images only, perhaps a scan); kg needs a PDF with text",
                e.getMessage());
    }

    @Test
    void refusesBytesThatAreNoPdf() {
        InputException e = assertThrows(InputException.class, () -> reader.read(FILE, new byte[] {1, 2, 3, 4, 5, 6}));
        assertEquals("issue.pdf: is not a PDF (it does not start with %PDF-)", e.getMessage());
    }

    @Test
    void aDamagedPdfIsNamedAsSuch() {
        byte[] pdf = "%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n".getBytes();
        InputException e = assertThrows(InputException.class, () -> reader.read(FILE, pdf));
        assertFalse(e.getMessage().isBlank());
        assertEquals(FILE, e.file());
    }
}
