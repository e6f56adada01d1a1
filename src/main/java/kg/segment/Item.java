package kg.segment;

import java.time.LocalDate;
import java.util.List;

/**
 * One newsletter item: a numbered (or, rarely, unnumbered) piece under a section heading.
 *
 * @param id           the item's position, {@code <section>.<index>} counting from 1 (e.g. {@code 2.3})
 * @param section      the section heading without its numeral (头条, 科研进展 …); null when the document has none
 * @param sectionIndex the section's position, from 1
 * @param number       the number printed before the title, null for an unnumbered item
 * @param title        the title, its wrapped lines joined
 * @param date         the first date the item gives, null when it gives none
 * @param paragraphs   the body, title excluded
 */
public record Item(String id, String section, int sectionIndex, Integer number, String title, LocalDate date,
                   List<String> paragraphs) {
    public Item {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as one text, paragraphs separated by newlines. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
