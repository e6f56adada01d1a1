package kg.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Damaged documents of the kinds an attacker or a bad copy makes, built in the test instead of kept as files. */
public final class BadFiles {
    private BadFiles() {
    }

    /** The first half of a PDF with its end marker put back, so that the marker check alone cannot refuse it. */
    public static byte[] pdfCutWithEndMarker(byte[] pdf) {
        byte[] half = Arrays.copyOf(pdf, pdf.length / 2);
        byte[] end = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(half, half.length + end.length);
        System.arraycopy(end, 0, out, half.length, end.length);
        return out;
    }

    /** A small .docx whose document part expands a thousandfold: what POI's zip-bomb guard is for. */
    public static byte[] docxZipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The first half of a real .docx: a zip whose central directory is gone. */
    public static byte[] docxCut() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            paragraphs.add(i + ". 地球系统科学系召开第" + i + "次学术交流会");
        }
        byte[] b = docx(paragraphs);
        return Arrays.copyOf(b, b.length / 2);
    }

    /** A sound .docx of these paragraphs. */
    public static byte[] docx(List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraphs.forEach(p -> doc.createParagraph().createRun().setText(p));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
