package kg.resolve;

import java.util.Set;

/**
 * A person of one document as resolution compares them with the archive.
 *
 * @param name       the name (canonical: simplified characters, no spaces)
 * @param forms      every form the document prints for them
 * @param readings   the readings they may be held under
 * @param units      the units the document places them in (canonical names)
 * @param publisher  the unit whose document it is, or null when the document does not name it
 * @param titles     the titles the document gives them
 * @param companions keys of the people named with them in the same items
 */
record Mentioned(String name, Set<String> forms, Set<String> readings, Set<String> units, String publisher,
                 Set<String> titles, Set<String> companions) {
    Mentioned withCompanions(Set<String> keys) {
        return new Mentioned(name, forms, readings, units, publisher, titles, keys);
    }
}
