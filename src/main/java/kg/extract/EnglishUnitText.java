package kg.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The document text English mentions read units from, with what they read from it kept: the abbreviations it
 * defines, the units "the department" stands for, the first "X of Y" of each kind. These depend on the whole
 * text and not on the sentence, so reading them once per document keeps the cost of a document linear in its
 * size (read afresh for every English sentence, a long document cost the square of its length).
 */
final class EnglishUnitText {
    private final String text;
    private Map<String, String> abbreviations;
    private Set<String> ownUnits;
    private final Map<String, String> namedUnits = new HashMap<>();

    EnglishUnitText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    Map<String, String> abbreviations() {
        if (abbreviations == null) {
            abbreviations = EnglishMentions.abbreviations(text);
        }
        return abbreviations;
    }

    Set<String> ownUnits(Function<EnglishUnitText, Set<String>> read) {
        if (ownUnits == null) {
            ownUnits = read.apply(this);
        }
        return ownUnits;
    }

    /** The unit a kind of unit ("department") names first in the text, by {@code read}; cached per kind. */
    String namedUnit(String kind, Function<String, String> read) {
        return namedUnits.computeIfAbsent(kind, read);
    }
}
