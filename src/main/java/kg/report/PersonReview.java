package kg.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * One department member's year: collaborators inside the department, then outside (with institution), each
 * with evidence; then their events and awards.
 */
public record PersonReview(Person person, List<Tie> internal, List<Tie> external, List<EventEntry> events,
                           List<AwardEntry> awards) {
    public PersonReview {
        internal = List.copyOf(internal);
        external = List.copyOf(external);
        events = List.copyOf(events);
        awards = List.copyOf(awards);
    }

    /** Every collaborator, inside the department first. */
    public List<Tie> ties() {
        return Stream.concat(internal.stream(), external.stream()).toList();
    }
}
