package kg.report;

import java.util.List;

/**
 * A work, project or research group of the year, listed once: everyone the year's ties show on it (department
 * members first, then by pinyin) with what each did, its date, and every item that reports those ties, earliest
 * first. One entry serves every member on it, so that a paper of twelve co-authors is not listed once per pair.
 */
public record WorkEntry(Evidence work, List<Credit> people, FactDate date, List<Source> sources) {
    public WorkEntry {
        people = List.copyOf(people);
        sources = List.copyOf(sources);
    }

    /** Everyone on it but {@code p}. */
    public List<Credit> others(Person p) {
        return people.stream().filter(c -> !c.person().iri().equals(p.iri())).toList();
    }

    /** What {@code p} did on it: empty for a plain co-author or member, or someone not on it. */
    public String partOf(Person p) {
        return people.stream().filter(c -> c.person().iri().equals(p.iri())).map(Credit::part).findFirst().orElse("");
    }

    boolean involves(Person p) {
        return people.stream().anyMatch(c -> c.person().iri().equals(p.iri()));
    }
}
