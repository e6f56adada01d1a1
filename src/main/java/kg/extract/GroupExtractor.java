package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads group membership: {@code X副教授课题组博士后Y}, {@code X团队成员Y}. */
final class GroupExtractor {
    /** What stands between one who joins a group and its leader: 同学就主动要求参与 … */
    private static final Pattern JOINS = Pattern.compile("[^，。；,;]{0,12}?(?:参与|加入|进入|参加)(?:了|到)?");
    private final Lexicon lex;
    private final Pattern listed;

    GroupExtractor(Lexicon lex) {
        this.lex = lex;
        this.listed = Pattern.compile("\\s*(?:、|和|及|与|以及)\\s*(" + lex.titlePattern().pattern() + ")?\\s*");
    }

    List<GroupFact> extract(ItemText t) {
        List<GroupFact> out = new ArrayList<>();
        for (ItemText.Sentence s : t.sentences) {
            List<MentionReader.Located> names = s.names();
            for (int i = 0; i + 1 < names.size(); i++) {
                MentionReader.Located leader = names.get(i);
                MentionReader.Located member = names.get(i + 1);
                String between = s.text().substring(leader.end(), member.start());
                Matcher g = Cues.GROUP.matcher(between);
                if (!g.lookingAt()) {
                    continue;
                }
                String rest = between.substring(g.end()).replaceFirst("^(?:的|成员)", "");
                Matcher title = lex.titlePattern().matcher(rest);
                boolean titled = rest.isEmpty() || title.matches();
                if (titled) {
                    String memberTitle = rest.isEmpty() ? null : lex.canonicalTitle(rest);
                    out.add(new GroupFact(leader.name(), member.name(), memberTitle, t.evidence(s)));
                    // 课题组博士生张华、王丽: the names listed after the first member are members too
                    for (int j = i + 2; j < names.size(); j++) {
                        String gap = s.text().substring(names.get(j - 1).end(), names.get(j).start());
                        Matcher more = listed.matcher(gap);
                        boolean headsAGroup = Cues.GROUP.matcher(s.text()).region(names.get(j).end(), s.text().length()).lookingAt();
                        if (!more.matches() || headsAGroup) {
                            break;
                        }
                        String role = more.group(1) == null ? memberTitle : lex.canonicalTitle(more.group(1));
                        out.add(new GroupFact(leader.name(), names.get(j).name(), role, t.evidence(s)));
                    }
                }
            }
        }
        joins(t, out);
        return out;
    }

    /** 张华同学加入李明教授团队 / 参与李明课题组的研究: the one who joins is a member of the named group. */
    private void joins(ItemText t, List<GroupFact> out) {
        for (ItemText.Sentence s : t.sentences) {
            List<MentionReader.Located> names = s.names();
            for (int i = 0; i + 1 < names.size(); i++) {
                MentionReader.Located member = names.get(i);
                MentionReader.Located leader = names.get(i + 1);
                String between = s.text().substring(member.end(), leader.start());
                Matcher g = Cues.GROUP.matcher(s.text()).region(leader.end(), s.text().length());
                if (JOINS.matcher(between).matches() && g.lookingAt()) {
                    Matcher title = lex.titlePattern().matcher(s.text()).region(member.end(), leader.start());
                    String role = title.lookingAt() ? lex.canonicalTitle(title.group()) : null;
                    role = "-".equals(role) ? null : role; // 同学 places a name, it is no title
                    out.add(new GroupFact(leader.name(), member.name(), role, t.evidence(s)));
                }
            }
        }
    }
}