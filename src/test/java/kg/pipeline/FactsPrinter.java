package kg.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import kg.extract.AwardFact;
import kg.extract.Contributor;
import kg.extract.EventFact;
import kg.extract.GroupFact;
import kg.extract.ItemFacts;
import kg.extract.ProjectFact;
import kg.extract.WorkFact;
import kg.resolve.ResolvedDocument;
import kg.resolve.ResolvedPerson;

/** Writes a resolved document's facts as sorted, readable lines: the form of the extraction golden files. */
final class FactsPrinter {
    private FactsPrinter() {
    }

    static String print(ResolvedDocument doc) {
        List<String> lines = new ArrayList<>();
        doc.people().values().stream().distinct().sorted(Comparator.comparing(ResolvedPerson::name))
                .forEach(p -> lines.add("person " + p.name() + " | internal=" + p.internal()
                        + (p.titles().isEmpty() ? "" : " | titles=" + String.join(";", p.titles()))
                        + (p.org() == null ? "" : " | org=" + p.org())
                        + (p.cohort() == null ? "" : " | cohort=" + p.cohort())
                        + (p.aliases().isEmpty() ? "" : " | aliases=" + String.join(";", p.aliases()))));
        for (ItemFacts f : doc.facts().items()) {
            String at = "@" + f.item().id();
            for (WorkFact w : f.works()) {
                lines.add("work " + at + " " + w.type().name().toLowerCase() + " | title=" + w.title()
                        + " | zh=" + w.titleZh() + " | venue=" + w.venue() + " | doi=" + w.doi() + " | url=" + w.url()
                        + " | date=" + w.date());
                for (Contributor c : w.contributors()) {
                    lines.add("  credit " + c.name() + flags(c));
                }
            }
            for (ProjectFact p : f.projects()) {
                lines.add("project " + at + " | code=" + p.code() + " | title=" + p.title() + " | programme=" + p.programme()
                        + " | leaders=" + String.join(";", p.leaders()) + " | members=" + String.join(";", p.members()));
            }
            for (GroupFact g : f.groups()) {
                lines.add("group " + at + " " + g.leader() + " > " + g.member() + " | " + g.memberTitle());
            }
            for (EventFact e : f.events()) {
                lines.add("event " + at + " " + e.type().name().toLowerCase() + " | date=" + e.date() + " | location="
                        + e.location() + " | " + e.people().stream().map(p -> p.name() + "=" + p.role().name().toLowerCase())
                        .collect(Collectors.joining(";")));
            }
            for (AwardFact a : f.awards()) {
                lines.add("award " + at + " " + a.award() + " | year=" + a.year() + " | " + String.join(";", a.recipients()));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String flags(Contributor c) {
        StringBuilder sb = new StringBuilder();
        if (c.author()) {
            sb.append(" author");
        }
        if (c.first()) {
            sb.append(" first");
        }
        if (c.corresponding()) {
            sb.append(" corresponding");
        }
        if (c.teamLead()) {
            sb.append(" team");
        }
        return sb.toString();
    }
}
