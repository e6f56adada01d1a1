package kg.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The department's year: works by type and venue, pairs who worked together, projects first reported, events,
 * awards, the most connected members, and external institutions of collaborators not seen the year before.
 */
public record Summary(int works, Map<String, Integer> worksByType, Map<String, Integer> worksByVenue, TieCounts ties,
                      List<ProjectEntry> newProjects, List<EventEntry> events, List<AwardEntry> awards,
                      List<Connection> mostConnected, List<String> newInstitutions) {
    public Summary {
        worksByType = Collections.unmodifiableMap(new LinkedHashMap<>(worksByType));
        worksByVenue = Collections.unmodifiableMap(new LinkedHashMap<>(worksByVenue));
        newProjects = List.copyOf(newProjects);
        events = List.copyOf(events);
        awards = List.copyOf(awards);
        mostConnected = List.copyOf(mostConnected);
        newInstitutions = List.copyOf(newInstitutions);
    }
}
