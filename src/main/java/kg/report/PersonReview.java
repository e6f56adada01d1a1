package kg.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One department member's year: collaborators (inside the department first, then outside, by pinyin) with how
 * many works they shared; each work, project or group once with everyone on it; events and awards. The ties
 * with their evidence, from which the rest is built, are what the CSV lists row by row.
 */
public record PersonReview(Person person, List<Collaborator> collaborators, List<WorkEntry> works,
                           List<EventEntry> events, List<AwardEntry> awards, @JsonIgnore List<Tie> ties) {
    public PersonReview {
        collaborators = List.copyOf(collaborators);
        works = List.copyOf(works);
        events = List.copyOf(events);
        awards = List.copyOf(awards);
        ties = List.copyOf(ties);
    }

    List<Collaborator> internal() {
        return collaborators.stream().filter(c -> c.person().internal()).toList();
    }

    List<Collaborator> external() {
        return collaborators.stream().filter(c -> !c.person().internal()).toList();
    }

    /** Outside collaborators by institution, most first: how far the member's work reaches, in one line. */
    Map<String, Integer> institutions() {
        Map<String, Integer> counts = new TreeMap<>();
        external().forEach(c -> counts.merge(c.person().institution() == null ? Wording.NO_AFFILIATION
                : c.person().institution(), 1, Integer::sum));
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
