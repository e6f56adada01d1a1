package kg.report;

import java.util.List;

/** A project first reported in the year, with its leaders and members. */
public record ProjectEntry(Evidence project, List<String> leaders, List<String> members) {
    public ProjectEntry {
        leaders = List.copyOf(leaders);
        members = List.copyOf(members);
    }
}
