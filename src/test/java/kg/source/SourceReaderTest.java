package kg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.testkit.NewsletterPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    @Test
    void choosesTheReaderByExtension() throws IOException {
        Files.write(dir.resolve("a.pdf"), NewsletterPdf.of(java.util.List.of("一、头条", "1.遐陟艰途，砺本守初")).bytes());
        Files.writeString(dir.resolve("b.htm"), "<html><body><article><h1>标题</h1><p>正文一段。</p></article></body></html>");
        Files.writeString(dir.resolve("c.TXT"), "正文。");
        assertEquals(SourceFormat.PDF, reader.read(dir.resolve("a.pdf")).format());
        assertEquals(SourceFormat.HTML, reader.read(dir.resolve("b.htm")).format());
        assertEquals(SourceFormat.TEXT, reader.read(dir.resolve("c.TXT")).format());
    }

    @Test
    void readsAFileWithoutExtensionByWhatItHolds() throws IOException {
        Files.writeString(dir.resolve("README"), "<!DOCTYPE html><html><body><p>一段正文。</p></body></html>");
        Files.writeString(dir.resolve("NOTES"), "一段正文。");
        assertEquals(SourceFormat.HTML, reader.read(dir.resolve("README")).format());
        assertEquals(SourceFormat.TEXT, reader.read(dir.resolve("NOTES")).format());
    }

    @Test
    void refusesAFileWhoseContentBeliesItsName() throws IOException {
        Path page = Files.writeString(dir.resolve("issue.pdf"), "<!DOCTYPE html><html><body>404 Not Found</body></html>");
        assertEquals(page + ": is named .pdf but holds a HTML document; rename it", message(page));
    }

    @Test
    void refusesAnUnknownExtensionAndNamesTheKnownOnes() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.xyz"), "正文");
        assertEquals(f + ": is of a kind kg does not read (.xyz); it reads .txt, .text, .pdf, .html, .htm, .xhtml, .docx",
                message(f));
        Path doc = Files.writeString(dir.resolve("old.doc"), "正文");
        assertEquals(doc + ": is a Word 97-2003 document (.doc); kg reads .docx: save it as .docx", message(doc));
    }

    @Test
    void refusesEmptyAndBlankFiles() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals(empty + ": is empty (0 bytes)", message(empty));
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\u3000\n", StandardCharsets.UTF_8);
        assertEquals(blank + ": has no text (text, UTF-8)", message(blank));
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt() throws IOException {
        Path big = Files.write(dir.resolve("big.txt"), new byte[3 * 1024 * 1024 + 1]);
        String m = assertThrows(InputException.class, () -> new SourceReader(3L * 1024 * 1024).read(big)).getMessage();
        assertEquals(big + ": is 3.0 MB, over the 3 MB limit for one document (--max-size raises it)", m);
    }

    /** The cost of a document grows with its text, which a PDF of photographs has little of: that is bounded apart. */
    @Test
    void refusesADocumentWhoseTextIsOverTheTextLimit() throws IOException {
        Path big = Files.writeString(dir.resolve("long.txt"), "工作动态\n".repeat(100_000), StandardCharsets.UTF_8);
        String m = assertThrows(InputException.class,
                () -> new SourceReader(32L * 1024 * 1024, 1024L * 1024).read(big)).getMessage();
        assertEquals(big + ": holds 1.2 MB of text, over the 1 MB kg ingests from one document (--max-text raises it, "
                + "and the heap needed with it)", m);
        assertEquals("工作动态\n", new SourceReader(32L * 1024 * 1024, 13).read(
                Files.writeString(dir.resolve("short.txt"), "工作动态\n", StandardCharsets.UTF_8)).text());
    }

    @Test
    void namesAMissingFileAndADirectory() {
        Path missing = dir.resolve("missing.txt");
        assertEquals(missing + ": no such file", message(missing));
        assertTrue(message(dir).endsWith(": is a directory, not a document"));
    }

    private String message(Path p) {
        return assertThrows(InputException.class, () -> reader.read(p)).getMessage();
    }
}
