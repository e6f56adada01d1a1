package kg.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * The review as one self-contained HTML page (no scripts, fonts or style sheets fetched), with print CSS: A4,
 * each member starting where a page break hurts least, links printed with their address. Every text from the
 * graph is escaped.
 */
final class HtmlReview implements ReviewWriter {
    private static final String STYLE = """
            :root { --ink: #1b1f23; --muted: #5a6270; --rule: #d9dde3; --accent: #6d2077; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
                   color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
            h1 { color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: .3rem; }
            h2 { border-bottom: 1px solid var(--rule); margin-top: 2.5rem; }
            h3 { margin-bottom: .2rem; }
            .who, .src, .legend { color: var(--muted); }
            .src, .legend { font-size: .85em; }
            .basis { font-variant: small-caps; color: var(--accent); }
            ul.evidence { margin-top: .1rem; }
            dl.totals { display: grid; grid-template-columns: max-content auto; gap: .1rem 1rem; }
            dl.totals dt { font-weight: bold; }
            dl.totals dd { margin: 0; }
            nav ol { columns: 4; font-size: .9em; }
            @media print {
              @page { size: A4; margin: 16mm 14mm; }
              body { max-width: none; margin: 0; font-size: 10pt; }
              nav { display: none; }
              a { color: inherit; text-decoration: none; }
              a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted); }
              h2#people, h2#outside { break-before: page; }
              h2, h3 { break-after: avoid; }
              section.person, li { break-inside: avoid; }
            }
            """;

    @Override
    public void write(Review r, Writer w) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(Wording.title(r))).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(Wording.title(r))).append("</h1>\n<p>").append(esc(Wording.intro(r)))
                .append("</p>\n<p class=\"legend\">").append(esc(Wording.LEGEND)).append("</p>\n");
        if (r.summary() != null) {
            summary(r.year(), r.summary(), out);
        }
        out.append("<h2 id=\"people\">People</h2>\n");
        if (r.people().isEmpty()) {
            out.append("<p>No department member is active in ").append(r.year()).append(".</p>\n");
        } else {
            out.append("<nav><ol>\n");
            r.people().forEach(p -> out.append("<li><a href=\"#").append(anchor(p.person())).append("\">")
                    .append(esc(p.person().name())).append("</a></li>\n"));
            out.append("</ol></nav>\n");
        }
        for (PersonReview p : r.people()) {
            person(p, out);
        }
        if (!r.outsideTies().isEmpty()) {
            out.append("<h2 id=\"outside\">Ties outside the department</h2>\n")
                    .append("<p>People outside the department whom department work brought together.</p>\n<ul>\n");
            r.outsideTies().forEach(t -> tie(t, true, out));
            out.append("</ul>\n");
        }
        out.append("</body>\n</html>\n");
        w.write(out.toString());
    }

    private static void summary(int year, Summary s, StringBuilder out) {
        out.append("<h2 id=\"summary\">Department summary</h2>\n<dl class=\"totals\">\n")
                .append("<dt>Works</dt><dd>").append(s.works())
                .append(s.works() > 0 ? " (" + esc(Wording.counts(s.worksByType())) + ")" : "").append("</dd>\n")
                .append("<dt>Venues</dt><dd>").append(s.worksByVenue().isEmpty() ? "none" : esc(Wording.counts(s.worksByVenue())))
                .append("</dd>\n<dt>New projects</dt><dd>").append(s.newProjects().size())
                .append("</dd>\n<dt>Events</dt><dd>").append(s.events().size())
                .append("</dd>\n<dt>Awards</dt><dd>").append(s.awards().size()).append("</dd>\n</dl>\n");
        out.append("<h3>Most connected</h3>\n");
        if (s.mostConnected().isEmpty()) {
            out.append("<p>None.</p>\n");
        } else {
            out.append("<ol>\n");
            s.mostConnected().forEach(c -> out.append("<li>").append(name(c.person(), false)).append(": ")
                    .append(esc(Wording.connection(c))).append("</li>\n"));
            out.append("</ol>\n");
        }
        out.append("<h3>External institutions new in ").append(year).append(" (not seen in ").append(year - 1).append(")</h3>\n");
        list(s.newInstitutions(), i -> esc(i), out);
        out.append("<h3>New projects</h3>\n");
        list(s.newProjects(), p -> {
            Evidence e = p.project();
            return "<i>" + esc(e.label()) + "</i>" + (e.code() != null && e.title() != null ? " (" + esc(e.code()) + ")" : "")
                    + (p.leaders().isEmpty() ? "" : ", led by " + esc(Wording.names(p.leaders())))
                    + (p.members().isEmpty() ? "" : ", with " + esc(Wording.names(p.members())))
                    + " " + dateAndSource(e.date(), e.source());
        }, out);
        out.append("<h3>Events</h3>\n");
        list(s.events(), HtmlReview::event, out);
        out.append("<h3>Awards</h3>\n");
        list(s.awards(), a -> award(a) + " — " + esc(Wording.names(a.recipients())), out);
    }

    private static void person(PersonReview p, StringBuilder out) {
        out.append("<section class=\"person\" id=\"").append(anchor(p.person())).append("\">\n<h3>")
                .append(name(p.person(), true)).append("</h3>\n");
        if (p.internal().isEmpty() && p.external().isEmpty()) {
            out.append("<p>No collaborations reported.</p>\n");
        }
        ties("In the department", p.internal(), out);
        ties("Outside the department", p.external(), out);
        if (!p.events().isEmpty()) {
            out.append("<h4>Events</h4>\n");
            list(p.events(), HtmlReview::event, out);
        }
        if (!p.awards().isEmpty()) {
            out.append("<h4>Awards</h4>\n");
            list(p.awards(), HtmlReview::award, out);
        }
        out.append("</section>\n");
    }

    private static void ties(String heading, List<Tie> ties, StringBuilder out) {
        if (!ties.isEmpty()) {
            out.append("<h4>").append(heading).append("</h4>\n<ul>\n");
            ties.forEach(t -> tie(t, false, out));
            out.append("</ul>\n");
        }
    }

    private static void tie(Tie t, boolean bothNamed, StringBuilder out) {
        out.append("<li>");
        if (bothNamed) {
            out.append(name(t.person(), true)).append(" and ");
        }
        out.append(name(t.collaborator(), true)).append(" <span class=\"basis\">").append(esc(t.basis()))
                .append("</span>\n<ul class=\"evidence\">\n");
        for (TieEvidence e : t.evidence()) {
            String parts = Wording.parts(t.person(), t.collaborator(), e);
            out.append("<li>").append(evidence(e.evidence())).append(parts.isEmpty() ? "" : " — " + esc(parts)).append(' ')
                    .append(dateAndSource(e.date(), e.source())).append("</li>\n");
        }
        out.append("</ul></li>\n");
    }

    private static String evidence(Evidence e) {
        StringBuilder sb = new StringBuilder(esc(e.type())).append(" <i>").append(esc(e.label())).append("</i>");
        if (e.title() != null && e.venue() != null) {
            sb.append(", ").append(esc(e.venue()));
        }
        if (e.link() != null) {
            sb.append(", <a href=\"").append(esc(e.link())).append("\">")
                    .append(esc(e.doi() != null ? "doi:" + e.doi() : "link")).append("</a>");
        }
        if (e.code() != null && e.title() != null) {
            sb.append(" (").append(esc(e.code())).append(')');
        }
        return sb.toString();
    }

    private static String event(EventEntry e) {
        return esc(Wording.date(e.date())) + " " + esc(e.type()) + " <i>" + esc(e.title() == null ? e.source().title() : e.title())
                + "</i>" + (e.location() == null ? "" : ", " + esc(e.location()))
                + (e.role() == null ? "" : " (" + esc(e.role()) + ")")
                + " <span class=\"src\">" + esc(e.source().citation()) + "</span>";
    }

    private static String award(AwardEntry a) {
        return esc(a.award()) + " " + dateAndSource(a.date(), a.source());
    }

    private static String dateAndSource(FactDate d, Source s) {
        return "<span class=\"src\">" + esc(Wording.date(d)) + " — " + esc(s.citation()) + "</span>";
    }

    private static String name(Person p, boolean withOrg) {
        String who = Wording.whoElse(p, withOrg);
        return "<b>" + esc(p.name()) + "</b>" + (who.isEmpty() ? "" : " <span class=\"who\">(" + esc(who) + ")</span>");
    }

    private static <T> void list(List<T> things, Function<T, String> html, StringBuilder out) {
        if (things.isEmpty()) {
            out.append("<p>None.</p>\n");
            return;
        }
        out.append("<ul>\n");
        things.forEach(t -> out.append("<li>").append(html.apply(t)).append("</li>\n"));
        out.append("</ul>\n");
    }

    private static String anchor(Person p) {
        return "p-" + p.iri().substring(p.iri().lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
