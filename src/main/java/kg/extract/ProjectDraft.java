package kg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A project while an item's sentences are read: what is known of it so far. */
final class ProjectDraft {
    final String title;
    final Evidence evidence;
    final Set<String> leaders = new LinkedHashSet<>();
    final Set<String> members = new LinkedHashSet<>();
    String code;
    String programme;
    /** A part of the item's main project (课题一 …): the main project's people include its leader. */
    boolean part;
    /** Named only as an achievement (“…”成果): its people are completers, not a launch's roles. */
    boolean achievement;

    ProjectDraft(String title, Evidence evidence) {
        this.title = title;
        this.evidence = evidence;
    }

    ProjectFact build() {
        Set<String> all = new LinkedHashSet<>(leaders);
        all.addAll(members);
        return new ProjectFact(title, code, programme, List.copyOf(leaders), List.copyOf(all), evidence);
    }
}
