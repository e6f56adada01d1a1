package kg.report;

import java.util.List;
import java.util.TreeSet;

/** Two people who worked together, seen from {@code person}, with every piece of evidence. */
public record Tie(Person person, Person collaborator, List<TieEvidence> evidence) {
    public Tie {
        evidence = List.copyOf(evidence);
    }

    /** coauthor, group and/or project, sorted, joined with ';' as the collaborations query does. */
    public String basis() {
        TreeSet<String> kinds = new TreeSet<>();
        evidence.forEach(e -> kinds.add(e.evidence().basis()));
        return String.join(";", kinds);
    }

    Tie seenFrom(Person p) {
        return p.iri().equals(person.iri()) ? this
                : new Tie(collaborator, person, evidence.stream().map(TieEvidence::swapped).toList());
    }
}
