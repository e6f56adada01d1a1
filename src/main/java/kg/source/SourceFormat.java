package kg.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of document kg reads, each with the file extensions that name it. */
public enum SourceFormat {
    /** Plain text in any encoding kg detects; often text extracted from the newsletter's PDF, so hard-wrapped. */
    TEXT("text", List.of("txt", "text"), true, false),
    /** The newsletter as printed: lines wrapped at the page width, running headers and page numbers. */
    PDF("PDF", List.of("pdf"), true, false),
    /** One news article page: a title, a date and whole paragraphs. */
    HTML("HTML", List.of("html", "htm", "xhtml"), false, true),
    /** A Word document: whole paragraphs, page headers kept apart by Word itself. */
    DOCX("Word", List.of("docx"), false, false);

    private final String label;
    private final List<String> extensions;
    private final boolean mayWrapLines;
    private final boolean singleArticle;

    SourceFormat(String label, List<String> extensions, boolean mayWrapLines, boolean singleArticle) {
        this.label = label;
        this.extensions = extensions;
        this.mayWrapLines = mayWrapLines;
        this.singleArticle = singleArticle;
    }

    public String label() {
        return label;
    }

    /** Whether a line break in the text may fall inside a paragraph (the page width broke it). */
    public boolean mayWrapLines() {
        return mayWrapLines;
    }

    /** Whether a document of this kind is one article by nature, never an issue of several items. */
    public boolean singleArticle() {
        return singleArticle;
    }

    /** The format a file's extension names, if it names one kg reads. */
    public static Optional<SourceFormat> byExtension(String extension) {
        String e = extension.toLowerCase(Locale.ROOT);
        for (SourceFormat f : values()) {
            if (f.extensions.contains(e)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every extension kg reads, for messages: {@code .txt, .text, .pdf, …}. */
    public static String knownExtensions() {
        StringBuilder sb = new StringBuilder();
        for (SourceFormat f : values()) {
            for (String e : f.extensions) {
                sb.append(sb.length() == 0 ? "." : ", .").append(e);
            }
        }
        return sb.toString();
    }
}
