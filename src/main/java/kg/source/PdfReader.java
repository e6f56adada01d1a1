package kg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with PDFBox: lines in reading order, running headers, footers and page numbers taken off (the
 * headers kept aside, as they name the issue), and each link annotation whose address the page does not
 * print written out on a line of its own after the last line it covers, so that it stays with its item.
 */
final class PdfReader implements DocumentReader {
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Writers may put a little after the end marker (a line break, padding); more means it is not the end. */
    private static final int END_SLACK = 1024;

    @Override
    public SourceDocument read(Path file, byte[] bytes) {
        if (!startsWith(bytes, MAGIC)) {
            throw new InputException(file, "is not a PDF (it does not start with %PDF-)");
        }
        if (lastIndexOf(bytes, END, Math.max(0, bytes.length - END_SLACK)) < 0) {
            throw new InputException(file, "is a truncated PDF (its end marker %%EOF is missing)");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<Float> heights = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                heights.add(page.getCropBox().getHeight());
            }
            List<PdfLine> lines = new PdfLineStripper().lines(pdf);
            if (lines.isEmpty()) {
                throw new InputException(file, "has no text layer (" + heights.size()
                        + " page(s) of images only, perhaps a scan); kg needs a PDF with text");
            }
            PageFurniture furniture = PageFurniture.find(lines, heights);
            return new SourceDocument(file, text(lines, furniture), SourceFormat.PDF, null, furniture.headers());
        } catch (InvalidPasswordException e) {
            throw new InputException(file, "is an encrypted PDF that needs a password; save a copy without one", e);
        } catch (IOException e) {
            throw new InputException(file, "is a damaged PDF (" + LibraryMessage.firstLine(e) + ")", e);
        }
    }

    private static String text(List<PdfLine> lines, PageFurniture furniture) {
        List<PdfLine> body = lines.stream().filter(l -> !furniture.contains(l)).toList();
        Map<Integer, String> printed = new HashMap<>();
        Map<String, Integer> lastLineOf = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            for (String uri : body.get(i).links()) {
                lastLineOf.put(body.get(i).page() + " " + uri, i);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            PdfLine line = body.get(i);
            sb.append(line.text()).append('\n');
            String page = printed.computeIfAbsent(line.page(), p -> compact(body, p));
            for (String uri : line.links()) {
                if (lastLineOf.get(line.page() + " " + uri) == i && !page.contains(compact(uri))) {
                    sb.append('（').append(uri).append("）\n");
                }
            }
        }
        return sb.toString();
    }

    /** A page's text without white space, so that an address the page wraps over two lines is still found. */
    private static String compact(List<PdfLine> body, int page) {
        StringBuilder sb = new StringBuilder();
        body.stream().filter(l -> l.page() == page).forEach(l -> sb.append(compact(l.text())));
        return sb.toString();
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        int skip = 0;
        // a few writers put white space or a byte-order mark before the header
        while (skip < bytes.length && skip < 16 && bytes[skip] != '%') {
            skip++;
        }
        if (bytes.length - skip < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[skip + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lastIndexOf(byte[] bytes, byte[] needle, int from) {
        for (int i = bytes.length - needle.length; i >= from; i--) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = bytes[i + j] == needle[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
