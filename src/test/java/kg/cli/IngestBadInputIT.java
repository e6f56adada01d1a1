package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import kg.testkit.BundledStore;
import kg.testkit.BadFiles;
import kg.testkit.HoldStore;
import kg.testkit.Jar;
import kg.testkit.NewsletterPdf;
import kg.testkit.Newsletters;
import kg.testkit.StoreDump;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bad input, given to the jar over a store that holds an issue: one line on standard error naming the file
 * and the problem, exit code 1, and the store's N-Quads dump byte for byte what it was before. Each case has a
 * copy of the store of its own, so that the cases run side by side.
 */
class IngestBadInputIT {
    @TempDir
    static Path dir;
    static Path store;
    static String before;

    @BeforeAll
    static void storeWithTheBundledIssue() {
        store = BundledStore.copyTo(dir.resolve("store"));
        before = StoreDump.nquads(store);
        assertTrue(before.lines().count() > 3000, "the store holds the issue");
    }

    /** A bad input: the files it needs made in a folder, the arguments naming them, and what the user is told. */
    record Case(String name, Function<Path, List<String>> make, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                new Case("an empty file", d -> file(d, "empty.txt", new byte[0]), "empty.txt: is empty (0 bytes)"),
                new Case("binary junk", d -> file(d, "junk.txt", junk(20_000)), "junk.txt: holds binary data, not text"),
                new Case("binary junk named .pdf", d -> file(d, "junk.pdf", junk(20_000)),
                        "junk.pdf: is not a PDF (it does not start with %PDF-)"),
                new Case("a truncated PDF", d -> file(d, "truncated.pdf", half(NewsletterPdf.bundledIssue().bytes())),
                        "truncated.pdf: is a truncated PDF (its end marker %%EOF is missing)"),
                new Case("a PDF cut short with its end marker put back", d -> file(d, "cut.pdf",
                        BadFiles.pdfCutWithEndMarker(NewsletterPdf.bundledIssue().bytes())),
                        "cut.pdf: is a damaged PDF (Page tree root must be a dictionary)"),
                new Case("a docx zip bomb", d -> file(d, "bomb.docx", BadFiles.docxZipBomb()),
                        "bomb.docx: is a zip bomb (a part of it expands to over 100 times its compressed size); kg does not open it"),
                new Case("a truncated docx", d -> file(d, "cut.docx", BadFiles.docxCut()),
                        "cut.docx: is a damaged or non-Word .docx file (Truncated ZIP file)"),
                new Case("an encrypted PDF", d -> file(d, "encrypted.pdf",
                        NewsletterPdf.bundledIssue().encrypted("secret")),
                        "encrypted.pdf: is an encrypted PDF that needs a password; save a copy without one"),
                new Case("a PDF without text", d -> file(d, "scan.pdf", emptyPagePdf()),
                        "scan.pdf: has no text layer (1 page(s) of images only, perhaps a scan); kg needs a PDF with text"),
                new Case("a 50 MB file", d -> file(d, "huge.txt", fiftyMegabytes()),
                        "huge.txt: is 50.0 MB, over the 32 MB limit for one document (--max-size raises it)"),
                new Case("an unknown extension", d -> file(d, "notes.xyz", "工作动态".getBytes(StandardCharsets.UTF_8)),
                        "notes.xyz: is of a kind kg does not read (.xyz); it reads .txt, .text, .pdf, .html, .htm, "
                                + ".xhtml, .docx"),
                new Case("an old Word file", d -> file(d, "old.doc", junk(100)),
                        "old.doc: is a Word 97-2003 document (.doc); kg reads .docx: save it as .docx"),
                new Case("junk named .docx", d -> file(d, "junk.docx", junk(2_000)),
                        "junk.docx: is not a Word .docx file (it is not a zip archive)"),
                new Case("a web page saved as .pdf", d -> file(d, "page.pdf",
                        "<!DOCTYPE html><html><body>404</body></html>".getBytes(StandardCharsets.UTF_8)),
                        "page.pdf: is named .pdf but holds a HTML document; rename it"),
                new Case("a missing path", d -> List.of(d.resolve("missing.txt").toString()),
                        "missing.txt: no such file or directory"),
                new Case("a folder with no documents", d -> {
                    Path empty = d.resolve("nothing-here");
                    file(empty, "README.md", "# notes".getBytes(StandardCharsets.UTF_8));
                    return List.of(empty.toString());
                }, "nothing-here: holds no documents kg reads (.txt, .text, .pdf, .html, .htm, .xhtml, .docx)"),
                new Case("a good document with a bad one", d -> {
                    List<String> args = new ArrayList<>(file(d, "issue-2030.txt",
                            Newsletters.asIssueOf(2030).getBytes(StandardCharsets.UTF_8)));
                    args.addAll(file(d, "empty.txt", new byte[0]));
                    return args;
                }, "empty.txt: is empty (0 bytes)")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @Execution(ExecutionMode.CONCURRENT)
    @MethodSource("badInputs")
    void isRefusedWithOneLineAndTheStoreAsItWas(Case c) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(c.name().replace(' ', '-')));
        Path store = BundledStore.copyTo(folder.resolve("store"));
        List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString()));
        args.addAll(c.make().apply(folder));
        Jar.Run r = Jar.run(args.toArray(String[]::new));
        assertEquals(1, r.exit(), c + ": " + r.err());
        assertEquals(1, r.errLines().size(), c + ": one line: " + r.err());
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("kg: ") && line.endsWith(c.says()), c + ": " + line);
        assertEquals("", r.out(), c + ": nothing reported as ingested");
        assertEquals(before, StoreDump.nquads(store), c + ": the store is as it was");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aStoreHeldByARunningProcessIsNamedAndLeftAlone() throws Exception {
        Path doc = Newsletters.write(dir.resolve("locked/issue-2031.txt"), Newsletters.asIssueOf(2031));
        Process holder = HoldStore.start(store);
        Jar.Run r;
        try {
            r = Jar.run("ingest", "--store", store.toString(), doc.toString());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder let go");
        }
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("kg: store '" + store + "' is in use by another process (pid " + holder.pid()
                + "), such as a running kg ingest; wait for it to end, stop it, or use another --store"), r.errLines());
        assertEquals(before, StoreDump.nquads(store));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void verboseShowsTheDetailBehindTheLine() throws IOException {
        Path bomb = Files.createDirectories(dir.resolve("verbose")).resolve("bomb.docx");
        Files.write(bomb, BadFiles.docxZipBomb());
        Path store = BundledStore.copyTo(dir.resolve("verbose").resolve("store"));
        Jar.Run r = Jar.run("ingest", "--verbose", "--store", store.toString(), bomb.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.errLines().get(0).startsWith("kg: " + bomb + ": is a zip bomb"), r.err());
        assertTrue(r.err().contains("Zip bomb detected"), "POI's own words, under --verbose: " + r.err());
        assertEquals(before, StoreDump.nquads(store));
    }

    /** POI logs through Log4j's API; with no provider in the jar, Log4j said so on every .docx read. */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aGoodDocxSaysNothingOnStandardError() throws IOException {
        Path docx = Files.createDirectories(dir.resolve("good-docx")).resolve("news.docx");
        Files.write(docx, BadFiles.docx(List.of("一、头条", "1.地球系统科学系召开学术交流会",
                "3月1日，地球系统科学系主任俞乐教授主持会议。")));
        Jar.Run r = Jar.run("ingest", "--quiet", "--store", dir.resolve("docx-store").toString(), docx.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aWrongOptionIsAUsageError() {
        Jar.Run r = Jar.run("ingest", "--store", dir.resolve("usage-store").toString(), "--no-such-option",
                Newsletters.BUNDLED.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    private static List<String> file(Path folder, String name, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            return List.of(Files.write(folder.resolve(name), bytes).toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] junk(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        b[0] = 0x01; // not by chance a byte-order mark or a zip header
        return b;
    }

    private static byte[] half(byte[] b) {
        return Arrays.copyOf(b, b.length / 2);
    }

    private static byte[] emptyPagePdf() {
        try (PDDocument doc = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** 50 MB of newsletter text: nothing wrong with it but its size. */
    private static byte[] fiftyMegabytes() {
        byte[] text = Newsletters.bundledText().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[50 * 1024 * 1024];
        for (int at = 0; at < out.length; at += text.length) {
            System.arraycopy(text, 0, out, at, Math.min(text.length, out.length - at));
        }
        return out;
    }
}
