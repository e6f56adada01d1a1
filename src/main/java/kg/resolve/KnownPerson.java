package kg.resolve;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person the archive already holds, as far as resolving a new mention needs to know them.
 *
 * @param key        the key their IRI is minted from
 * @param names      every printed form they are held under (names and aliases)
 * @param readings   their names' readings (Zhao Lei)
 * @param units      the units that documents place them in: their affiliations, and the publishing unit of a
 *                   document that counts them as members
 * @param publishers the units whose documents name them
 * @param titles     the titles documents give them
 * @param companions the keys of people named in the same items, where known (see {@link KnownPeople#companionsOf})
 * @param previous   the forms under which the earlier version of the document being resolved held them: a
 *                   document ingested again keeps its people's keys
 */
public record KnownPerson(String key, Set<String> names, Set<String> readings, Set<String> units,
                          Set<String> publishers, Set<String> titles, Set<String> companions, Set<String> previous) {
    public KnownPerson {
        names = Set.copyOf(names);
        readings = Set.copyOf(readings);
        units = Set.copyOf(units);
        publishers = Set.copyOf(publishers);
        titles = Set.copyOf(titles);
        companions = Set.copyOf(companions);
        previous = Set.copyOf(previous);
    }

    /** Is this person held under one of these forms (as {@link KnownPeople#withAnyOf} looks them up)? */
    boolean heldUnder(Set<String> forms) {
        return forms.stream().anyMatch(f -> names.contains(f) || readings.contains(f) || previous.contains(f));
    }

    KnownPerson withCompanions(Set<String> keys) {
        return new KnownPerson(key, names, readings, units, publishers, titles, union(companions, keys), previous);
    }

    /** One person known from two sources (the store and the documents of this batch). */
    KnownPerson with(KnownPerson other) {
        return new KnownPerson(key, union(names, other.names), union(readings, other.readings), union(units, other.units),
                union(publishers, other.publishers), union(titles, other.titles), union(companions, other.companions), union(previous, other.previous));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }
}
