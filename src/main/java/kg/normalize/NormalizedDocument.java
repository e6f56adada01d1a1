package kg.normalize;

import java.util.List;
import kg.source.SourceDocument;

/**
 * A document's text as a reader sees it: paragraphs with the PDF's line breaks, page furniture and
 * repeated link lines taken out.
 *
 * @param source         the document it came from
 * @param paragraphs     the paragraphs in reading order; headings and captions are paragraphs of their own
 * @param runningHeaders the page headers that were removed, in order (they carry the metadata)
 * @param wrapWidth      the width at which the PDF wrapped body lines, in CJK characters; 0 when the
 *                       text was not hard-wrapped
 */
public record NormalizedDocument(SourceDocument source, List<String> paragraphs, List<String> runningHeaders,
                                 double wrapWidth) {
    public NormalizedDocument {
        paragraphs = List.copyOf(paragraphs);
        runningHeaders = List.copyOf(runningHeaders);
    }
}
