package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The team credited with each work of an item, and who leads it. */
final class WorkTeams {
    private final AuthorCredit authors;
    /** What joins two leaders of one team: a role word, then 、/和/与/及. */
    private final Pattern joined;

    WorkTeams(Lexicon lex, AuthorCredit authors) {
        this.authors = authors;
        this.joined = Pattern.compile("(?:" + lex.titlePattern().pattern() + ")?\\s*(?:、|和|与|及|以及)\\s*");
    }

    /**
     * The group credited with a work: named in its own sentence, else at the head of its paragraph, else
     * in the item's title (for every work of the item) or, when the item reports one work, in the sentence
     * that describes the research.
     */
    void credit(ItemText t, List<WorkDraft> works) {
        List<String> fromTitle = leaders(t.title);
        List<String> fromBody = List.of();
        for (ItemText.Sentence s : t.sentences) {
            List<String> g = leaders(s);
            if (!g.isEmpty() && s.text().matches(".*(?:基于|开发|提出|揭示|研究|构建|联合|研发|研制|发布|完成).*")) {
                fromBody = g;
                break;
            }
        }
        long mainWorks = works.stream().filter(w -> w.statedIn != null).count();
        for (WorkDraft w : works) {
            List<String> leaders = List.of();
            if (w.statedIn != null) {
                leaders = leaders(w.statedIn);
                if (leaders.isEmpty()) {
                    leaders = paragraphHead(t, w.statedIn);
                }
            }
            if (leaders.isEmpty()) {
                leaders = fromTitle;
            }
            if (leaders.isEmpty() && mainWorks <= 1) {
                leaders = fromBody;
            }
            for (String leader : leaders) {
                w.add(leader, false, false, false, true);
            }
        }
    }

    /** The group a paragraph is about: the nearest earlier sentence of it that opens with X课题组 / X团队. */
    private List<String> paragraphHead(ItemText t, ItemText.Sentence statement) {
        List<String> leaders = List.of();
        for (ItemText.Sentence s : t.sentences) {
            if (s == statement) {
                break;
            }
            if (s.paragraph() == statement.paragraph() && !s.names().isEmpty() && s.names().get(0).start() == 0) {
                List<String> g = groupLeaders(s);
                leaders = g.isEmpty() ? leaders : g;
            }
        }
        return leaders;
    }

    /** Who leads the work a sentence reports: X课题组 / X和Y联合团队, else X领衔 / X带领 / 在X指导下. */
    private List<String> leaders(ItemText.Sentence s) {
        List<String> group = groupLeaders(s);
        if (!group.isEmpty()) {
            return group;
        }
        List<String> out = new ArrayList<>();
        for (MentionReader.Located n : s.names()) {
            if (authors.leads(s.text(), n) && !out.contains(n.name())) {
                out.add(n.name());
            }
        }
        return out;
    }

    /** The first X课题组 of a sentence, with the names joined to X before it (X教授和Y副教授联合团队). */
    private List<String> groupLeaders(ItemText.Sentence s) {
        List<MentionReader.Located> names = s.names();
        for (int i = 0; i < names.size(); i++) {
            MentionReader.Located n = names.get(i);
            Matcher g = Cues.GROUP.matcher(s.text());
            g.region(n.end(), s.text().length());
            if (!g.lookingAt()) {
                continue;
            }
            List<String> out = new ArrayList<>();
            out.add(n.name());
            for (int j = i - 1; j >= 0; j--) {
                String gap = s.text().substring(names.get(j).end(), names.get(j + 1).start());
                if (!joined.matcher(gap).matches()) {
                    break;
                }
                out.add(0, names.get(j).name());
            }
            return out;
        }
        return List.of();
    }
}
