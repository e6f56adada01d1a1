package kg.source;

import java.util.List;

/**
 * A line of text on a PDF page, where it stands and the links whose annotation covers it.
 *
 * @param page   the page, from 1
 * @param text   the line's text
 * @param top    the top of its highest character, in points from the top of the page
 * @param bottom its baseline, in points from the top of the page
 * @param links  the URIs of link annotations over any of its characters, in the order they stand
 */
record PdfLine(int page, String text, float top, float bottom, List<String> links) {
    PdfLine {
        links = List.copyOf(links);
    }
}
