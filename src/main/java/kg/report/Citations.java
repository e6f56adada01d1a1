package kg.report;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How a review cites its items: by section, position and title, the issue said once at the top when every item
 * is from one issue (a year of one issue would otherwise print its long label on every line), else with each.
 */
record Citations(String onlyIssue) {
    static Citations of(Review r) {
        Set<String> issues = new TreeSet<>();
        sources(r).forEach(s -> issues.add(s.issue()));
        return new Citations(issues.size() == 1 ? issues.iterator().next() : null);
    }

    /** The note at the top of the review, or null when items are cited with their issues. */
    String note() {
        return onlyIssue == null ? null : "Every item cited is from " + onlyIssue + ".";
    }

    /** The item as a reader finds it; without its title when the entry already shows it, as an event mostly does. */
    String of(Source s, String shown) {
        String where = (s.section() == null ? "" : s.section() + " ") + s.position();
        return (onlyIssue == null ? s.issue() + " · " : "") + where + (s.title().equals(shown) ? "" : "「" + s.title() + "」");
    }

    private static Stream<Source> sources(Review r) {
        Stream<Source> people = r.people().stream().flatMap(p -> Stream.of(
                p.works().stream().flatMap(w -> w.sources().stream()),
                p.events().stream().map(EventEntry::source),
                p.awards().stream().map(AwardEntry::source)).flatMap(s -> s));
        Stream<Source> outside = r.outsideWorks().stream().flatMap(w -> w.sources().stream());
        Stream<Source> summary = r.summary() == null ? Stream.empty() : Stream.of(
                r.summary().newProjects().stream().map(p -> p.project().source()),
                r.summary().events().stream().map(EventEntry::source),
                r.summary().awards().stream().map(AwardEntry::source)).flatMap(s -> s);
        return Stream.of(people, outside, summary).flatMap(s -> s);
    }
}
