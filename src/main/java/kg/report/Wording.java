package kg.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The phrases every human-readable review shares, so Markdown and HTML say the same thing. */
final class Wording {
    static final String DATED_BY_ISSUE_MARK = "†";
    static final String LEGEND = DATED_BY_ISSUE_MARK + " no date of its own: dated by its newsletter item, "
            + "or by its issue's year when the item gives none.";

    private Wording() {
    }

    static String title(Review r) {
        return "Annual review " + r.year() + " · 年度合作报告";
    }

    static String intro(Review r) {
        return "Department of Earth System Science: who worked with whom in " + r.year()
                + ", each tie with the newsletter item that shows it.";
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

    /** Who did what on a piece of evidence: "周明: leader; 林晓雨: member", empty parts left out. */
    static String parts(Person a, Person b, TieEvidence e) {
        StringBuilder sb = new StringBuilder();
        if (!e.personPart().isEmpty()) {
            sb.append(a.name()).append(": ").append(e.personPart());
        }
        if (!e.collaboratorPart().isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "").append(b.name()).append(": ").append(e.collaboratorPart());
        }
        return sb.toString();
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
}
