package kg.extract;

import java.util.List;

/**
 * A person named in an item, with what that mention says of them.
 *
 * @param name     the name as printed (Chinese without spaces)
 * @param alias    another form the text gives in parentheses (an English or original name), or null
 * @param titles   canonical titles beside the name (教授, 博士生 …)
 * @param org      the affiliation the text gives for this mention, or null
 * @param internal true when the mention places the person in the department, false when it places them
 *                 elsewhere, null when it does not say
 * @param cohort   the entry year of a student ({@code 2021级}), or null
 */
public record PersonMention(String name, String alias, List<String> titles, String org, Boolean internal,
                            Integer cohort, Evidence evidence) {
    public PersonMention {
        titles = titles.stream().filter(t -> !t.equals("-")).distinct().toList();
    }
}
