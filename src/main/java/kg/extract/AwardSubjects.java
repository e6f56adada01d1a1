package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Who an award's clause gives it to: the people its head names before the verb, as the genre prints them. */
final class AwardSubjects {
    private static final String SUBJECT_GLUE = "(?:\\s*(?:(?:副|助理|讲席)?教授|研究员|院士|博士生|博士后|硕士生|本科生|同学|老师))?"
            + "(?:(?:等)?(?:人)?(?:共同)?(?:领导|带领|率领|领衔|指导)的[^，,；;]{0,16}?)?"
            + "(?:团队|课题组|研究团队|研究组|小组)?(?:同学)?(?:以第一完成人(?:身份)?)?"
            + "(?:还|也|又|同时|均|分别|分|曾|先后|再次|共同)?";
    /** Why an award was given, between the name and the verb: 因“…”而, 凭借…. */
    private static final Pattern REASON = Pattern.compile("(?:因|凭借|凭)[^，,；;]*?而?$|(?:因|凭借|凭)[“\"《].*[”\"》](?:而)?$");
    private static final Pattern CO_SUBJECT_GAP = Pattern.compile(
            "^\\s*(?:(?:副|助理)?教授|研究员|院士|博士生|博士后|硕士生|本科生|同学)?\\s*(?:、|和|及|与|以及)");
    private static final Pattern GROUP_AFTER = Pattern.compile("^\\s*(?:(?:副|助理)?教授|研究员)?(?:课题组|团队|研究组)");
    /** What the names before a quoted work or book did for it: X任总主编的《…》, X参与的“…”. */
    private static final Pattern MADE_IT = Pattern.compile(
            "^(?:作为[^，,；;“”《》]{0,16}?)?(?:共同)?(?:任|担任)?(?:总主编|主编|副主编|编著|撰写|编写|主持|负责|牵头|领衔|参与|参加|完成|研发|研制|设计)(?:完成)?的"
                    + "[^，,；;]*[”\"》](?:[（(][^）)]{0,12}[）)])?(?:项目|成果|图书|专著|著作|教材|丛书|作品|软件|系统|平台|数据集)?(?:成果)?\\s*$");

    private AwardSubjects() {
    }

    /**
     * The people a clause opens with before its verb: a name with only role or group words after it, and the
     * names listed with it (郑雨桐、宋嘉怡课题组硕士生冯子墨荣获: 郑雨桐 and 冯子墨; 宋嘉怡 only names a group).
     */
    static List<String> subject(ItemText.Sentence s, int clauseStart, String head) {
        List<MentionReader.Located> inClause = s.names().stream()
                .filter(n -> n.start() >= clauseStart && n.end() <= clauseStart + head.length()).toList();
        for (int i = inClause.size() - 1; i >= 0; i--) {
            MentionReader.Located n = inClause.get(i);
            String after = REASON.matcher(stripLeadingRoles(head.substring(n.end() - clauseStart))).replaceFirst("");
            if (!after.matches(SUBJECT_GLUE)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(n.name());
            int next = i;
            for (int j = i - 1; j >= 0; j--) {
                String gap = s.text().substring(inClause.get(j).end(), inClause.get(next).start());
                if (GROUP_AFTER.matcher(gap).find()) {
                    continue; // the head of a group the next name belongs to
                }
                if (!CO_SUBJECT_GAP.matcher(gap).find()) {
                    break;
                }
                names.add(0, inClause.get(j).name());
                next = j;
            }
            return names;
        }
        return null;
    }

    /** “题目”项目获…: the project's leaders and members, when the head names a project the item credits. */
    static List<String> projectPeople(String head, List<ProjectFact> projects) {
        for (ProjectFact p : projects) {
            if (p.title() != null && !p.members().isEmpty()
                    && head.matches("(?s).*[“\"]" + Pattern.quote(p.title()) + "[”\"](?:项目|成果|课题)*(?:成果)?\\s*$")) {
                return p.members();
            }
        }
        return null;
    }

    /** X任总主编的《…》入选…: the names right before what they made. */
    static List<String> creators(ItemText.Sentence s, int clauseStart, String head) {
        List<MentionReader.Located> inClause = s.names().stream()
                .filter(n -> n.start() >= clauseStart && n.end() <= clauseStart + head.length()).toList();
        if (inClause.isEmpty()) {
            return null;
        }
        MentionReader.Located last = inClause.get(inClause.size() - 1);
        String after = stripLeadingRoles(head.substring(last.end() - clauseStart));
        if (!MADE_IT.matcher(after).matches()) {
            return null;
        }
        List<String> who = NameList.endingAt(s, last.end());
        return who.isEmpty() ? null : who;
    }

    /** The text after a name with the role words it opens with taken off (副研究员、首席科学家 …). */
    private static String stripLeadingRoles(String s) {
        String rest = s.stripLeading();
        for (var m = Lexicon.get().titlePattern().matcher(rest); m.lookingAt(); m = Lexicon.get().titlePattern().matcher(rest)) {
            rest = rest.substring(m.end()).stripLeading();
        }
        return rest;
    }
}
