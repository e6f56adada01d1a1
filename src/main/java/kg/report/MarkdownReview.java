package kg.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The review as Markdown: summary first, then each member with their works, then works outside the department. */
final class MarkdownReview implements ReviewWriter {
    @Override
    public void write(Review r, Writer w) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Wording.title(r)).append("\n\n").append(Wording.intro(r)).append("\n\n")
                .append(md(Wording.LEGEND)).append("\n");
        Citations cite = Citations.of(r);
        if (cite.note() != null) {
            out.append('\n').append(md(cite.note())).append('\n');
        }
        if (r.summary() != null) {
            summary(r.year(), r.summary(), cite, out);
        }
        out.append("\n## People\n");
        if (r.people().isEmpty()) {
            out.append("\nNo department member is active in ").append(r.year()).append(".\n");
        }
        for (PersonReview p : r.people()) {
            person(p, cite, out);
        }
        if (!r.outsideWorks().isEmpty()) {
            out.append("\n## Works outside the department\n\nWorks with no member on them that brought people "
                    + "outside the department together.\n\n");
            r.outsideWorks().forEach(wk -> out.append("- ").append(work(wk, null, cite)).append('\n'));
        }
        w.write(out.toString());
    }

    private static void summary(int year, Summary s, Citations cite, StringBuilder out) {
        out.append("\n## Department summary\n\n")
                .append("- **Works**: ").append(s.works()).append(s.works() > 0 ? " (" + Wording.counts(s.worksByType()) + ")" : "").append('\n')
                .append("- **Venues**: ").append(s.worksByVenue().isEmpty() ? "none" : md(Wording.counts(s.worksByVenue()))).append('\n')
                .append("- **Pairs who worked together**: ").append(Wording.ties(s.ties())).append('\n')
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
        out.append(s.newInstitutions().isEmpty() ? "None." : md(Wording.names(s.newInstitutions()))).append('\n');
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
            out.append(" — ").append(Wording.date(e.date())).append(" — ").append(md(cite.of(e.source(), null))).append('\n');
        }
        out.append("\n### Events\n\n");
        none(s.events(), out);
        s.events().forEach(e -> out.append("- ").append(event(e, true, cite)).append('\n'));
        out.append("\n### Awards\n\n");
        none(s.awards(), out);
        s.awards().forEach(a -> out.append("- ").append(award(a, true, cite)).append(" — ").append(md(Wording.names(a.recipients())))
                .append('\n'));
    }

    private static void person(PersonReview p, Citations cite, StringBuilder out) {
        out.append("\n### ").append(md(p.person().name())).append(whoElse(p.person(), true)).append(" · ")
                .append(Wording.collaborators(p)).append("\n\n");
        // with one work, the work names them all: the line would say it again
        if (p.works().size() > 1 && !p.collaborators().isEmpty()) {
            if (!p.internal().isEmpty()) {
                out.append("In the department: ").append(md(String.join(", ", p.internal().stream()
                        .map(Wording::collaborator).toList())));
            }
            if (!p.external().isEmpty()) {
                out.append(p.internal().isEmpty() ? "Outside: " : "; outside: ").append(p.external().size())
                        .append(" from ").append(md(Wording.counts(p.institutions())));
            }
            out.append("\n\n");
        }
        p.works().forEach(w -> out.append("- ").append(work(w, p.person(), cite)).append('\n'));
        p.events().forEach(e -> out.append("- ").append(event(e, false, cite)).append('\n'));
        p.awards().forEach(a -> out.append("- award ").append(award(a, false, cite)).append('\n'));
        trim(out);
    }

    /** A work once, with what {@code member} did on it and everyone else on it; everyone when there is no member. */
    private static String work(WorkEntry w, Person member, Citations cite) {
        Evidence e = w.work();
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
        String part = member == null ? "" : w.partOf(member);
        List<Credit> others = member == null ? w.people() : w.others(member);
        if (!part.isEmpty()) {
            sb.append(" — as ").append(md(part));
        }
        if (!others.isEmpty()) {
            List<String> inside = others.stream().filter(c -> c.person().internal()).map(Wording::credit).toList();
            List<String> outside = Wording.byOrg(others.stream().filter(c -> !c.person().internal()).toList())
                    .entrySet().stream().map(o -> o.getKey() + ": " + String.join(", ", o.getValue().stream()
                            .map(Wording::credit).toList())).toList();
            sb.append(part.isEmpty() ? " — " : "; ").append(member == null ? "" : "with ")
                    .append(md(String.join(", ", inside)));
            if (!outside.isEmpty()) {
                sb.append(inside.isEmpty() ? "" : "; ").append("outside: ").append(md(String.join("; ", outside)));
            }
        }
        return sb.append(" — ").append(Wording.date(w.date())).append(" — ")
                .append(md(String.join("; ", w.sources().stream().map(s -> cite.of(s, null)).toList()))).toString();
    }

    /** An event; where it was only in the department's list, which a member's own list need not repeat. */
    private static String event(EventEntry e, boolean where, Citations cite) {
        String title = e.title() == null ? e.source().title() : e.title();
        return Wording.date(e.date()) + " " + e.type() + " *" + md(title) + "*"
                + (!where || e.location() == null ? "" : ", " + md(e.location()))
                + (e.role() == null ? "" : " (" + e.role() + ")")
                + " — " + md(cite.of(e.source(), title));
    }

    /** An award; the title of its item only in the department's list, where it tells what the award was for. */
    private static String award(AwardEntry a, boolean what, Citations cite) {
        return md(a.award()) + " (" + Wording.date(a.date()) + ") — " + md(cite.of(a.source(), what ? null : a.source().title()));
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
