package kg.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Draws newsletter-style PDFs for tests, with the CJK test font: A4 pages of wrapped lines, the running
 * header at the top of each page, the page number at its foot, and link annotations over every printed web
 * address and over anchor texts whose address is not printed. Each page is drawn out of reading order (page
 * number, then the lines from the bottom up, then the header), as real PDFs often are.
 */
public final class NewsletterPdf {
    public static final String HEADER = "2025 年第一期《工作动态》总第 66 期";
    private static final Pattern URL = Pattern.compile("https?://[\\w\\-./?%&=:#~+@,;!*']+");
    private static final float SIZE = 10.5f;
    private static final float LEADING = 18f;
    private static final float LEFT = 72f;

    private final List<String> lines;
    private final Map<String, String> anchors = new LinkedHashMap<>();
    private String header = HEADER;
    private int linesPerPage = 36;

    private NewsletterPdf(List<String> lines) {
        this.lines = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public static NewsletterPdf of(List<String> lines) {
        return new NewsletterPdf(lines);
    }

    /**
     * The bundled issue as its PDF would print it: its lines as they are, without the running headers and
     * page numbers that the text extraction left among them (the PDF draws its own).
     */
    public static NewsletterPdf bundledIssue() {
        List<String> lines = Newsletters.bundledLines().stream()
                .filter(l -> !l.strip().equals(HEADER) && !l.strip().matches("\\d{1,3}"))
                .toList();
        return of(lines);
    }

    public NewsletterPdf header(String h) {
        this.header = h;
        return this;
    }

    /** A link annotation over the anchor text wherever it is printed, to an address the page does not print. */
    public NewsletterPdf link(String anchorText, String uri) {
        anchors.put(anchorText, uri);
        return this;
    }

    public NewsletterPdf linesPerPage(int n) {
        this.linesPerPage = n;
        return this;
    }

    public byte[] bytes() {
        return bytes(null);
    }

    /** The PDF encrypted so that it opens only with this password. */
    public byte[] encrypted(String userPassword) {
        return bytes(userPassword);
    }

    public Path write(Path file) {
        try {
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(String password) {
        try (PDDocument doc = new PDDocument(); InputStream cjk = font("NotoSansSC-kg-subset.ttf");
             InputStream fallback = font("DejaVuSans-kg-subset.ttf")) {
            Fonts font = new Fonts(PDType0Font.load(doc, cjk), PDType0Font.load(doc, fallback));
            for (int start = 0; start < lines.size(); start += linesPerPage) {
                page(doc, font, lines.subList(start, Math.min(lines.size(), start + linesPerPage)),
                        doc.getNumberOfPages() + 1);
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = NewsletterPdf.class.getResourceAsStream("/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("test font /fonts/" + name + " is missing");
        }
        return in;
    }

    private void page(PDDocument doc, Fonts font, List<String> body, int number) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float height = page.getMediaBox().getHeight();
        float top = height - 90;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            String pageNumber = String.valueOf(number);
            show(cs, font, pageNumber, (page.getMediaBox().getWidth() - font.width(pageNumber)) / 2, 40);
            for (int i = body.size() - 1; i >= 0; i--) {
                show(cs, font, body.get(i), LEFT, top - i * LEADING);
            }
            show(cs, font, header, LEFT, height - 45);
        }
        for (int i = 0; i < body.size(); i++) {
            annotate(page, font, body.get(i), top - i * LEADING);
        }
    }

    private static void show(PDPageContentStream cs, Fonts font, String text, float x, float y) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (Run r : font.runs(text)) {
            cs.setFont(r.font(), SIZE);
            cs.showText(r.text());
        }
        cs.endText();
    }

    private void annotate(PDPage page, Fonts font, String line, float baseline) throws IOException {
        List<int[]> spans = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        Matcher m = URL.matcher(line);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            uris.add(m.group());
        }
        for (Map.Entry<String, String> a : anchors.entrySet()) {
            int at = line.indexOf(a.getKey());
            if (at >= 0) {
                spans.add(new int[] {at, at + a.getKey().length()});
                uris.add(a.getValue());
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            float x0 = LEFT + font.width(line.substring(0, spans.get(i)[0]));
            float x1 = LEFT + font.width(line.substring(0, spans.get(i)[1]));
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(x0, baseline - 3, x1 - x0, SIZE + 4));
            PDActionURI action = new PDActionURI();
            action.setURI(uris.get(i));
            link.setAction(action);
            page.getAnnotations().add(link);
        }
    }

    /** A stretch of text that one font draws. */
    private record Run(PDFont font, String text) {
    }

    /** The CJK font, and a Latin one for the few characters it lacks (CO₂). */
    private record Fonts(PDFont cjk, PDFont fallback) {
        List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            PDFont currentFont = null;
            for (int i = 0; i < text.length(); ) {
                String c = new String(Character.toChars(text.codePointAt(i)));
                PDFont f = has(cjk, c) ? cjk : has(fallback, c) ? fallback : null;
                if (f == null) {
                    throw new IllegalArgumentException("no test font has U+"
                            + Integer.toHexString(text.codePointAt(i)).toUpperCase() + " (" + c + ")");
                }
                if (f != currentFont && current.length() > 0) {
                    runs.add(new Run(currentFont, current.toString()));
                    current.setLength(0);
                }
                currentFont = f;
                current.append(c);
                i += c.length();
            }
            if (current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
            }
            return runs;
        }

        float width(String text) throws IOException {
            float w = 0;
            for (Run r : runs(text)) {
                w += r.font().getStringWidth(r.text()) / 1000 * SIZE;
            }
            return w;
        }

        private static boolean has(PDFont font, String c) {
            try {
                font.encode(c);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
