package kg.report;

import java.util.Arrays;
import java.util.Locale;

/** The formats a review is written in. */
public enum ReviewFormat {
    HTML(new HtmlReview(item -> null)), MD(new MarkdownReview()), CSV(new CsvReview()), JSON(new JsonReview());

    private final ReviewWriter writer;

    ReviewFormat(ReviewWriter writer) {
        this.writer = writer;
    }

    public ReviewWriter writer() {
        return writer;
    }

    public static ReviewFormat parse(String s) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review format '" + s
                        + "' (use html, md, csv or json)"));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
