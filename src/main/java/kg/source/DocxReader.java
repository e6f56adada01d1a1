package kg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word (.docx) document with Apache POI: its paragraphs and table cells in order, one per line, a
 * hyperlink's address after its text when the text does not show it. Word keeps page headers apart from the
 * body; they are kept aside as the document's running headers, and footers are not read.
 */
final class DocxReader implements DocumentReader {

    @Override
    public SourceDocument read(Path file, byte[] bytes) {
        if (Sniffer.isOle2(bytes)) {
            throw new InputException(file, "is a Word 97-2003 (.doc) or password-protected Office file; "
                    + "kg reads .docx without a password");
        }
        if (!Sniffer.isZip(bytes)) {
            throw new InputException(file, "is not a Word .docx file (it is not a zip archive)");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            body(doc, doc.getBodyElements(), lines);
            Set<String> headers = new LinkedHashSet<>();
            for (XWPFHeader h : doc.getHeaderList()) {
                h.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(headers::add);
            }
            return new SourceDocument(file, String.join("\n", lines) + "\n", SourceFormat.DOCX, null,
                    new ArrayList<>(headers));
        } catch (IOException | RuntimeException e) {
            if (LibraryMessage.isZipBomb(e)) {
                throw new InputException(file, "is a zip bomb (a part of it expands to over 100 times its "
                        + "compressed size); kg does not open it", e);
            }
            // POI reports a zip that is no Word document with unchecked exceptions of several kinds
            throw new InputException(file, "is a damaged or non-Word .docx file (" + LibraryMessage.firstLine(e) + ")", e);
        }
    }

    private static void body(XWPFDocument doc, List<IBodyElement> elements, List<String> lines) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                String text = paragraph(doc, p).strip();
                if (!text.isEmpty()) {
                    lines.add(text);
                }
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(doc, cell.getBodyElements(), lines);
                    }
                }
            } else if (e instanceof XWPFSDT sdt) {
                sdt.getContent().getText().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(lines::add);
            }
        }
    }

    private static String paragraph(XWPFDocument doc, XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFHyperlinkRun link) {
                String text = link.text();
                sb.append(text);
                XWPFHyperlink target = link.getHyperlink(doc);
                if (target != null && target.getURL() != null && !text.contains(target.getURL())) {
                    sb.append('（').append(target.getURL()).append('）');
                }
            } else if (r instanceof XWPFRun run) {
                sb.append(run.text());
            } else if (r instanceof XWPFSDT sdt) {
                sb.append(sdt.getContent().getText());
            }
        }
        return sb.toString().replace('\u00A0', ' ');
    }
}
