package kg.extract;

import java.util.List;
import kg.segment.Item;

/** Everything read from one item. */
public record ItemFacts(Item item, List<PersonMention> people, List<WorkFact> works, List<ProjectFact> projects,
                        List<GroupFact> groups, List<EventFact> events, List<AwardFact> awards) {
    public ItemFacts {
        people = List.copyOf(people);
        works = List.copyOf(works);
        projects = List.copyOf(projects);
        groups = List.copyOf(groups);
        events = List.copyOf(events);
        awards = List.copyOf(awards);
    }
}
