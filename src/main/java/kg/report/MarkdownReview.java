package kg.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The review as Markdown: summary first, then each member, then ties outside the department. */
final class MarkdownReview implements ReviewWriter {
    @Override
    public void write(Review r, Writer w) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Wording.title(r)).append("\n\n").append(Wording.intro(r)).append("\n\n")
                .append(md(Wording.LEGEND)).append("\n");
        if (r.summary() != null) {
            summary(r.year(), r.summary(), out);
        }
        out.append("\n## People\n");
        if (r.people().isEmpty()) {
            out.append("\nNo department member is active in ").append(r.year()).append(".\n");
        }
        for (PersonReview p : r.people()) {
            person(p, out);
        }
        if (!r.outsideTies().isEmpty()) {
            out.append("\n## Ties outside the department\n\nPeople outside the department whom department work "
                    + "brought together.\n\n");
            for (Tie t : r.outsideTies()) {
                tie(t, true, out);
            }
        }
        w.write(out.toString());
    }

    private static void summary(int year, Summary s, StringBuilder out) {
        out.append("\n## Department summary\n\n")
                .append("- **Works**: ").append(s.works()).append(s.works() > 0 ? " (" + Wording.counts(s.worksByType()) + ")" : "").append('\n')
                .append("- **Venues**: ").append(s.worksByVenue().isEmpty() ? "none" : md(Wording.counts(s.worksByVenue()))).append('\n')
                .append("- **New projects**: ").append(s.newProjects().size()).append('\n')
                .append("- **Events**: ").append(s.events().size()).append('\n')
                .append("- **Awards**: ").append(s.awards().size()).append('\n');
        out.append("\n### Most connected\n\n");
        none(s.mostConnected(), out);
        int n = 0;
        for (Connection c : s.mostConnected()) {
            out.append(++n).append(". ").append(md(c.person().name())).append(whoElse(c.person(), false)).append(": ")
                    .append(Wording.connection(c)).append('\n');
        }
        out.append("\n### External institutions new in ").append(year).append(" (not seen in ").append(year - 1)
                .append(")\n\n");
        none(s.newInstitutions(), out);
        s.newInstitutions().forEach(i -> out.append("- ").append(md(i)).append('\n'));
        out.append("\n### New projects\n\n");
        none(s.newProjects(), out);
        for (ProjectEntry p : s.newProjects()) {
            Evidence e = p.project();
            out.append("- *").append(md(e.label())).append('*').append(e.code() != null && e.title() != null ? " (" + e.code() + ")" : "");
            if (!p.leaders().isEmpty()) {
                out.append(", led by ").append(md(Wording.names(p.leaders())));
            }
            if (!p.members().isEmpty()) {
                out.append(", with ").append(md(Wording.names(p.members())));
            }
            out.append(" — ").append(Wording.date(e.date())).append(" — ").append(md(e.source().citation())).append('\n');
        }
        out.append("\n### Events\n\n");
        none(s.events(), out);
        s.events().forEach(e -> out.append("- ").append(event(e)).append('\n'));
        out.append("\n### Awards\n\n");
        none(s.awards(), out);
        s.awards().forEach(a -> out.append("- ").append(award(a)).append(" — ").append(md(Wording.names(a.recipients())))
                .append('\n'));
    }

    private static void person(PersonReview p, StringBuilder out) {
        out.append("\n### ").append(md(p.person().name())).append(whoElse(p.person(), true)).append("\n\n");
        if (p.internal().isEmpty() && p.external().isEmpty()) {
            out.append("No collaborations reported.\n\n");
        }
        if (!p.internal().isEmpty()) {
            out.append("**In the department**\n\n");
            p.internal().forEach(t -> tie(t, false, out));
            out.append('\n');
        }
        if (!p.external().isEmpty()) {
            out.append("**Outside the department**\n\n");
            p.external().forEach(t -> tie(t, false, out));
            out.append('\n');
        }
        if (!p.events().isEmpty()) {
            out.append("**Events**\n\n");
            p.events().forEach(e -> out.append("- ").append(event(e)).append('\n'));
            out.append('\n');
        }
        if (!p.awards().isEmpty()) {
            out.append("**Awards**\n\n");
            p.awards().forEach(a -> out.append("- ").append(award(a)).append('\n'));
            out.append('\n');
        }
        trim(out);
    }

    private static void tie(Tie t, boolean bothNamed, StringBuilder out) {
        out.append("- ");
        if (bothNamed) {
            out.append("**").append(md(t.person().name())).append("**").append(whoElse(t.person(), true)).append(" and ");
        }
        out.append("**").append(md(t.collaborator().name())).append("**").append(whoElse(t.collaborator(), true))
                .append(" — ").append(t.basis()).append('\n');
        for (TieEvidence e : t.evidence()) {
            out.append("  - ").append(evidence(e.evidence()));
            String parts = Wording.parts(t.person(), t.collaborator(), e);
            if (!parts.isEmpty()) {
                out.append(" — ").append(md(parts));
            }
            out.append(" — ").append(Wording.date(e.date())).append(" — ").append(md(e.source().citation())).append('\n');
        }
    }

    private static String evidence(Evidence e) {
        StringBuilder sb = new StringBuilder(e.type()).append(" *").append(md(e.label())).append('*');
        if (e.title() != null && e.venue() != null) {
            sb.append(", ").append(md(e.venue()));
        }
        if (e.doi() != null) {
            sb.append(", [doi:").append(md(e.doi())).append("](").append(e.link()).append(')');
        } else if (e.url() != null) {
            sb.append(", <").append(e.url()).append('>');
        }
        if (e.code() != null && e.title() != null) {
            sb.append(" (").append(md(e.code())).append(')');
        }
        return sb.toString();
    }

    private static String event(EventEntry e) {
        return Wording.date(e.date()) + " " + e.type() + " *" + md(e.title() == null ? e.source().title() : e.title()) + "*"
                + (e.location() == null ? "" : ", " + md(e.location()))
                + (e.role() == null ? "" : " (" + e.role() + ")")
                + " — " + md(e.source().citation());
    }

    private static String award(AwardEntry a) {
        return md(a.award()) + " (" + Wording.date(a.date()) + ") — " + md(a.source().citation());
    }

    private static String whoElse(Person p, boolean withOrg) {
        String s = Wording.whoElse(p, withOrg);
        return s.isEmpty() ? "" : " (" + md(s) + ")";
    }

    private static void none(List<?> list, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("None.\n");
        }
    }

    private static void trim(StringBuilder out) {
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
    }

    /** Escapes the characters Markdown would read as markup. */
    static String md(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }
}
