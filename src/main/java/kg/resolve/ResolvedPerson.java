package kg.resolve;

import java.util.List;
import java.util.Set;

/**
 * One person as the graph knows them, merged from every mention in a document.
 *
 * @param key      the stable key the person's IRI is minted from (pinyin and a checksum of the name, or
 *                 the id the curated file gives)
 * @param name     the name as printed
 * @param pinyin   the name in pinyin, surname first (Chen Deliang); the name itself for Latin names
 * @param internal a member of the department
 * @param titles   titles from all mentions, in order of first appearance
 * @param org      the affiliation the text gives most often, or null
 * @param cohort   a student's entry year, or null
 * @param aliases  other forms of the name (English, traditional characters, as printed elsewhere)
 * @param units    the units the document places them in, canonical (for joining them across documents)
 * @param resolution why they have this key
 */
public record ResolvedPerson(String key, String name, String pinyin, boolean internal, List<String> titles, String org,
                             Integer cohort, List<String> aliases, Set<String> units, Resolution resolution) {
    public ResolvedPerson {
        titles = List.copyOf(titles);
        aliases = List.copyOf(aliases);
        units = Set.copyOf(units);
    }

    ResolvedPerson as(String key, String name, String pinyin, List<String> aliases, Resolution resolution) {
        return new ResolvedPerson(key, name, pinyin, internal, titles, org, cohort, aliases, units, resolution);
    }
}
