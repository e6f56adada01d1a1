package kg.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, sorting by position so that lines come in reading order, made to hand back each
 * line with its place on the page and the links over it instead of writing text out.
 */
final class PdfLineStripper extends PDFTextStripper {
    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();
    private List<LinkArea> links = List.of();

    PdfLineStripper() {
        setSortByPosition(true);
    }

    /** Every line of every page, in reading order. */
    List<PdfLine> lines(PDDocument pdf) throws IOException {
        lines.clear();
        getText(pdf);
        return List.copyOf(lines);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        links = LinkArea.on(page);
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        super.endPage(page);
    }

    @Override
    protected void writeString(String s, List<TextPosition> glyphs) {
        text.append(s);
        positions.addAll(glyphs);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(getWordSeparator());
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        String line = text.toString().strip();
        if (!line.isEmpty()) {
            float top = Float.MAX_VALUE;
            float bottom = 0;
            Set<String> over = new LinkedHashSet<>();
            for (TextPosition p : positions) {
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
                for (LinkArea a : links) {
                    if (a.covers(p)) {
                        over.add(a.uri());
                    }
                }
            }
            lines.add(new PdfLine(getCurrentPageNo(), line, top, bottom, new ArrayList<>(over)));
        }
        text.setLength(0);
        positions.clear();
    }
}
