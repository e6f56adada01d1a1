package kg.report;

import java.util.Comparator;
import java.util.Locale;

/**
 * A person as the review shows them: name as printed, pinyin, member of the department or not, affiliation, and
 * the institution at the top of the affiliation's parents (the university of its department), by which the
 * review counts institutions.
 */
public record Person(String iri, String name, String pinyin, boolean internal, String org, String institution) {
    /** By pinyin (surname first), the order of the department's own lists. */
    public static final Comparator<Person> BY_PINYIN = Comparator
            .comparing((Person p) -> p.pinyin() == null ? p.name() : p.pinyin().toLowerCase(Locale.ROOT))
            .thenComparing(Person::name).thenComparing(Person::iri);
}
