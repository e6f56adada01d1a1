package kg.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The phrases every human-readable review shares, so Markdown and HTML say the same thing. */
final class Wording {
    static final String DATED_BY_ISSUE_MARK = "†";
    static final String LEGEND = DATED_BY_ISSUE_MARK + " no date of its own: dated by its newsletter item, "
            + "or by its issue's year when the item gives none. ×2: on two of the year's works together.";

    /** What the review says of someone outside whose affiliation is unknown. */
    static final String NO_AFFILIATION = "affiliation not given";

    private Wording() {
    }

    static String title(Review r) {
        return "Annual review " + r.year() + " · 年度合作报告";
    }

    static String intro(Review r) {
        return "Department of Earth System Science: who worked with whom in " + r.year()
                + ". Each member's works are listed once, with everyone on them and the newsletter item that shows it.";
    }

    static String date(FactDate d) {
        return d.value() + (d.datedByIssue() ? " " + DATED_BY_ISSUE_MARK : "");
    }

    /** "pinyin" or "pinyin, institution": what follows a name. */
    static String whoElse(Person p, boolean withOrg) {
        String py = p.pinyin() != null && !p.pinyin().equals(p.name()) ? p.pinyin() : null;
        String org = withOrg ? p.org() : null;
        return String.join(", ", Stream.of(py, org).filter(Objects::nonNull).toList());
    }

    /** A name with what the person did, as a work lists it: "汪蕊 (first author)". */
    static String credit(Credit c) {
        return c.person().name() + (c.part().isEmpty() ? "" : " (" + c.part() + ")");
    }

    /**
     * People outside the department by affiliation, as they come: a paper's four co-authors from one laboratory
     * name it once.
     */
    static Map<String, List<Credit>> byOrg(List<Credit> outside) {
        Map<String, List<Credit>> out = new LinkedHashMap<>();
        outside.forEach(c -> out.computeIfAbsent(c.person().org() == null ? NO_AFFILIATION : c.person().org(),
                k -> new ArrayList<>()).add(c));
        return out;
    }

    /** "李伟 ×2": a collaborator, with the count only when they shared more than one work. */
    static String collaborator(Collaborator c) {
        return c.person().name() + (c.works() > 1 ? " ×" + c.works() : "");
    }

    /** What follows a member's name: "16 collaborators on 1 work", or that there are none. */
    static String collaborators(PersonReview p) {
        if (p.collaborators().isEmpty()) {
            return "no collaborations reported";
        }
        return plural(p.collaborators().size(), "collaborator") + " on " + plural(p.works().size(), "work");
    }

    static String ties(TieCounts t) {
        return t.all() + " (" + t.internal() + " within the department, " + t.mixed() + " with people outside, "
                + t.external() + " between outside co-authors of the same work)";
    }

    static String counts(Map<String, Integer> counts) {
        return String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    static String names(List<String> names) {
        return String.join("、", names);
    }

    static String connection(Connection c) {
        return c.collaborators() + " collaborators (" + c.internal() + " in the department, " + c.external()
                + " outside)";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
