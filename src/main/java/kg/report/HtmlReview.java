package kg.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The review as one self-contained HTML page (no scripts, fonts or style sheets fetched), with print CSS: A4,
 * links printed with their address (a DOI shows its own). Every text from the graph is escaped. Items are cited
 * as text, or as links where {@code itemPage} gives one: a server links its own item pages, while a file has
 * nowhere to link a newsletter item to (the issue is a text file).
 */
final class HtmlReview implements ReviewWriter {
    private static final String STYLE = """
            :root { --ink: #1b1f23; --muted: #5a6270; --rule: #d9dde3; --accent: #6d2077; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
                   color: var(--ink); max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; font-size: 15px; line-height: 1.4; }
            h1 { color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: .3rem; font-size: 1.7rem; }
            h2 { border-bottom: 1px solid var(--rule); margin: 1.8rem 0 .6rem; font-size: 1.3rem; }
            h3 { margin: 1rem 0 .1rem; font-size: 1.05rem; }
            p { margin: .3rem 0; }
            ul, ol { margin: .2rem 0; padding-left: 1.4rem; }
            li { margin: .15rem 0; }
            .who, .src, .legend, .count { color: var(--muted); }
            .src, .legend, .with, .count { font-size: .88em; }
            .count { font-weight: normal; }
            .type { font-variant: small-caps; color: var(--accent); }
            section.person { border-top: 1px solid var(--rule); }
            section.person > ul { list-style: square; }
            dl.totals { display: grid; grid-template-columns: max-content auto; gap: .1rem 1rem; margin: .4rem 0; }
            dl.totals dt { font-weight: bold; }
            dl.totals dd { margin: 0; }
            nav ol { columns: 5; font-size: .9em; }
            @media print {
              @page { size: A4; margin: 14mm 12mm; }
              body { max-width: none; margin: 0; font-size: 9.5pt; }
              nav { display: none; }
              a { color: inherit; text-decoration: none; }
              a[href^="http"]:not(.doi)::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted); }
              h2, h3, p.with { break-after: avoid; }
              li { break-inside: avoid; }
            }
            """;

    private final UnaryOperator<String> itemPage;

    /** {@code itemPage}: the link to an item's page from its IRI, or null where there is none. */
    HtmlReview(UnaryOperator<String> itemPage) {
        this.itemPage = itemPage;
    }

    @Override
    public void write(Review r, Writer w) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(Wording.title(r))).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(Wording.title(r))).append("</h1>\n<p>").append(esc(Wording.intro(r)))
                .append("</p>\n<p class=\"legend\">").append(esc(Wording.LEGEND)).append("</p>\n");
        Citations cite = Citations.of(r);
        if (cite.note() != null) {
            out.append("<p class=\"legend\">").append(esc(cite.note())).append("</p>\n");
        }
        if (r.summary() != null) {
            summary(r.year(), r.summary(), cite, out);
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
            person(p, cite, out);
        }
        if (!r.outsideWorks().isEmpty()) {
            out.append("<h2 id=\"outside\">Works outside the department</h2>\n")
                    .append("<p>Works with no member on them that brought people outside the department together.</p>\n");
            list(r.outsideWorks(), wk -> work(wk, null, cite), out);
        }
        out.append("</body>\n</html>\n");
        w.write(out.toString());
    }

    private void summary(int year, Summary s, Citations cite, StringBuilder out) {
        out.append("<h2 id=\"summary\">Department summary</h2>\n<dl class=\"totals\">\n")
                .append("<dt>Works</dt><dd>").append(s.works())
                .append(s.works() > 0 ? " (" + esc(Wording.counts(s.worksByType())) + ")" : "").append("</dd>\n")
                .append("<dt>Venues</dt><dd>").append(s.worksByVenue().isEmpty() ? "none" : esc(Wording.counts(s.worksByVenue())))
                .append("</dd>\n<dt>Pairs who worked together</dt><dd>").append(esc(Wording.ties(s.ties())))
                .append("</dd>\n<dt>New projects</dt><dd>").append(s.newProjects().size())
                .append("</dd>\n<dt>Events</dt><dd>").append(s.events().size())
                .append("</dd>\n<dt>Awards</dt><dd>").append(s.awards().size()).append("</dd>\n</dl>\n");
        out.append("<h3>Most connected</h3>\n");
        if (s.mostConnected().isEmpty()) {
            out.append("<p>None.</p>\n");
        } else {
            out.append("<ol>\n");
            s.mostConnected().forEach(c -> out.append("<li><a href=\"#").append(anchor(c.person())).append("\">")
                    .append(name(c.person(), false)).append("</a>: ").append(esc(Wording.connection(c))).append("</li>\n"));
            out.append("</ol>\n");
        }
        out.append("<h3>External institutions new in ").append(year).append(" (not seen in ").append(year - 1)
                .append(")</h3>\n<p>").append(s.newInstitutions().isEmpty() ? "None." : esc(Wording.names(s.newInstitutions())))
                .append("</p>\n");
        out.append("<h3>New projects</h3>\n");
        list(s.newProjects(), p -> {
            Evidence e = p.project();
            return "<i>" + esc(e.label()) + "</i>" + (e.code() != null && e.title() != null ? " (" + esc(e.code()) + ")" : "")
                    + (p.leaders().isEmpty() ? "" : ", led by " + esc(Wording.names(p.leaders())))
                    + (p.members().isEmpty() ? "" : ", with " + esc(Wording.names(p.members())))
                    + " " + dateAndSources(e.date(), List.of(e.source()), cite);
        }, out);
        out.append("<h3>Events</h3>\n");
        list(s.events(), e -> event(e, true, cite), out);
        out.append("<h3>Awards</h3>\n");
        list(s.awards(), a -> award(a, true, cite) + " — " + esc(Wording.names(a.recipients())), out);
    }

    private void person(PersonReview p, Citations cite, StringBuilder out) {
        out.append("<section class=\"person\" id=\"").append(anchor(p.person())).append("\">\n<h3>")
                .append(name(p.person(), true)).append(" <span class=\"count\">· ").append(esc(Wording.collaborators(p)))
                .append("</span></h3>\n");
        // with one work, the work names them all: the line would say it again
        if (p.works().size() > 1 && !p.collaborators().isEmpty()) {
            out.append("<p class=\"with\">");
            if (!p.internal().isEmpty()) {
                out.append("In the department: ").append(esc(String.join(", ", p.internal().stream()
                        .map(Wording::collaborator).toList())));
            }
            if (!p.external().isEmpty()) {
                out.append(p.internal().isEmpty() ? "Outside: " : "; outside: ").append(p.external().size())
                        .append(" from ").append(esc(Wording.counts(p.institutions())));
            }
            out.append("</p>\n");
        }
        // one list, each entry led by its kind, rather than a heading for every kind a member has
        items(Stream.of(p.works().stream().map(wk -> work(wk, p.person(), cite)),
                p.events().stream().map(e -> event(e, false, cite)),
                p.awards().stream().map(a -> "<span class=\"type\">award</span> " + award(a, false, cite)))
                .flatMap(s -> s).toList(), Function.identity(), out);
        out.append("</section>\n");
    }

    /** A work once, with what {@code member} did on it and everyone else on it; everyone when there is no member. */
    private String work(WorkEntry wk, Person member, Citations cite) {
        Evidence e = wk.work();
        StringBuilder sb = new StringBuilder("<span class=\"type\">").append(esc(e.type())).append("</span> <i>")
                .append(esc(e.label())).append("</i>");
        if (e.title() != null && e.venue() != null) {
            sb.append(", ").append(esc(e.venue()));
        }
        if (e.link() != null) {
            sb.append(", <a").append(e.doi() != null ? " class=\"doi\"" : "").append(" href=\"").append(esc(e.link())).append("\">")
                    .append(esc(e.doi() != null ? "doi:" + e.doi() : "link")).append("</a>");
        }
        if (e.code() != null && e.title() != null) {
            sb.append(" (").append(esc(e.code())).append(')');
        }
        String part = member == null ? "" : wk.partOf(member);
        List<Credit> others = member == null ? wk.people() : wk.others(member);
        if (!part.isEmpty()) {
            sb.append(" — as ").append(esc(part));
        }
        if (!others.isEmpty()) {
            sb.append(part.isEmpty() ? " — " : "; ").append(member == null ? "" : "with ");
            List<Credit> inside = others.stream().filter(c -> c.person().internal()).toList();
            List<Credit> outside = others.stream().filter(c -> !c.person().internal()).toList();
            sb.append(esc(String.join(", ", inside.stream().map(Wording::credit).toList())));
            if (!outside.isEmpty()) {
                sb.append(inside.isEmpty() ? "" : "; ").append("outside: ").append(String.join("; ", Wording.byOrg(outside)
                        .entrySet().stream().map(o -> "<span class=\"who\">" + esc(o.getKey()) + ":</span> "
                                + esc(String.join(", ", o.getValue().stream().map(Wording::credit).toList()))).toList()));
            }
        }
        return sb.append(' ').append(dateAndSources(wk.date(), wk.sources(), cite)).toString();
    }

    /** An event; where it was only in the department's list, which a member's own list need not repeat. */
    private String event(EventEntry e, boolean where, Citations cite) {
        String title = e.title() == null ? e.source().title() : e.title();
        return esc(Wording.date(e.date())) + " <span class=\"type\">" + esc(e.type()) + "</span> <i>" + esc(title) + "</i>"
                + (!where || e.location() == null ? "" : ", " + esc(e.location()))
                + (e.role() == null ? "" : " (" + esc(e.role()) + ")")
                + " <span class=\"src\">— " + source(e.source(), title, cite) + "</span>";
    }

    /** An award; the title of its item only in the department's list, where it tells what the award was for. */
    private String award(AwardEntry a, boolean what, Citations cite) {
        return esc(a.award()) + " <span class=\"src\">" + esc(Wording.date(a.date())) + " — "
                + source(a.source(), what ? null : a.source().title(), cite) + "</span>";
    }

    private String dateAndSources(FactDate d, List<Source> sources, Citations cite) {
        return "<span class=\"src\">" + esc(Wording.date(d)) + " — "
                + String.join("; ", sources.stream().map(s -> source(s, null, cite)).toList()) + "</span>";
    }

    /** The item cited, linked to its page where there is one. */
    private String source(Source s, String shown, Citations cite) {
        String text = esc(cite.of(s, shown));
        String page = itemPage.apply(s.item());
        return page == null ? text : "<a class=\"item\" href=\"" + esc(page) + "\">" + text + "</a>";
    }

    private static String name(Person p, boolean withOrg) {
        String who = Wording.whoElse(p, withOrg);
        return "<b>" + esc(p.name()) + "</b>" + (who.isEmpty() ? "" : " <span class=\"who\">(" + esc(who) + ")</span>");
    }

    private static <T> void list(List<T> things, Function<T, String> html, StringBuilder out) {
        if (things.isEmpty()) {
            out.append("<p>None.</p>\n");
        }
        items(things, html, out);
    }

    private static <T> void items(List<T> things, Function<T, String> html, StringBuilder out) {
        if (things.isEmpty()) {
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
