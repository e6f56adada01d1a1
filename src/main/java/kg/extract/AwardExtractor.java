package kg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads awards and honours: {@code X荣获“奖”}, {@code X获评第十九届“优秀班主任”}, {@code X入选…会士},
 * {@code X以第一完成人获…奖}, a group's award ({@code X团队获得“…”称号}) going to its leader, and a work's
 * award ({@code “…数据集”获得“…”奖项}) going to its authors. A further {@code ，获评…} clause keeps the subject.
 */
final class AwardExtractor {
    private static final String SUBJECT_GLUE = "(?:\\s*(?:(?:副|助理|讲席)?教授|研究员|院士|博士生|博士后|硕士生|本科生|同学|老师))?"
            + "(?:团队|课题组|研究团队)?(?:同学)?(?:以第一完成人(?:身份)?)?(?:还|也|又|同时|均|分别|曾|先后|再次|共同)?";
    private static final Pattern CO_SUBJECT_GAP = Pattern.compile(
            "^\\s*(?:(?:副|助理)?教授|研究员|博士生|博士后|硕士生|本科生|同学)?\\s*(?:、|和|及|与|以及)");
    private static final Pattern GROUP_AFTER = Pattern.compile("^\\s*(?:(?:副|助理)?教授|研究员)?(?:课题组|团队|研究组)");
    private static final Pattern VERB = Pattern.compile("(?<![捕俘斩缴收])(?:荣获|获评|获得|入选|当选|获(?![取悉知益]))(?:了)?");
    private static final Pattern NOT_AWARD = Pattern.compile(".*(?:项目|基金|资助|计划|课题(?!组)|论文|成果|支持|突破|批准|立项).*");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:度)?");

    List<AwardFact> extract(ItemText t, List<WorkFact> works, Integer issueYear) {
        List<AwardFact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ItemText.Sentence> all = new ArrayList<>();
        all.add(t.title);
        all.addAll(t.sentences);
        for (ItemText.Sentence s : all) {
            String text = s.text();
            List<String> recipients = null;
            int from = 0;
            for (String clause : text.split("(?<=[，；,;])")) {
                int at = text.indexOf(clause, from);
                from = at + clause.length();
                Matcher v = VERB.matcher(clause);
                if (!v.find()) {
                    continue;
                }
                String head = clause.substring(0, v.start());
                List<String> subject = subject(s, at, head);
                if (subject == null) {
                    subject = workAuthors(head, works);
                }
                if (subject == null && head.isBlank() && recipients != null) {
                    subject = recipients; // ，获评“…” goes on with the subject before it
                }
                if (subject == null || subject.isEmpty()) {
                    recipients = null;
                    continue;
                }
                recipients = subject;
                String award = awardName(clause.substring(v.end()));
                if (award == null) {
                    continue;
                }
                Integer year = year(text.substring(0, from), t, text, issueYear);
                List<String> fresh = subject.stream().filter(n -> seen.add(award + "|" + n)).toList();
                if (!fresh.isEmpty()) {
                    out.add(new AwardFact(award, year, fresh, t.evidence(s)));
                }
            }
        }
        return out;
    }

    /**
     * The people a clause opens with before its verb: a name with only role or group words after it, and the
     * names listed with it (郑雨桐、宋嘉怡课题组硕士生冯子墨荣获: 郑雨桐 and 冯子墨; 宋嘉怡 only names a group).
     */
    private static List<String> subject(ItemText.Sentence s, int clauseStart, String head) {
        List<MentionReader.Located> inClause = s.names().stream()
                .filter(n -> n.start() >= clauseStart && n.end() <= clauseStart + head.length()).toList();
        for (int i = inClause.size() - 1; i >= 0; i--) {
            MentionReader.Located n = inClause.get(i);
            if (!head.substring(n.end() - clauseStart).matches(SUBJECT_GLUE)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(n.name());
            int next = i;
            for (int j = i - 1; j >= 0; j--) {
                String after = s.text().substring(inClause.get(j).end(), inClause.get(next).start());
                if (GROUP_AFTER.matcher(after).find()) {
                    continue; // the head of a group the next name belongs to
                }
                if (!CO_SUBJECT_GAP.matcher(after).find()) {
                    break;
                }
                names.add(0, inClause.get(j).name());
                next = j;
            }
            return names;
        }
        return null;
    }

    private static List<String> workAuthors(String head, List<WorkFact> works) {
        for (WorkFact w : works) {
            String title = w.title() == null ? null : w.title().replaceAll("[“”\"]", "");
            if (title != null && head.replaceAll("[“”\"]", "").matches(".*" + Pattern.quote(title) + "(?:成果|论文|软件|模型)?")) {
                List<String> names = w.contributors().stream().filter(Contributor::author).map(Contributor::name).toList();
                return names.isEmpty() ? null : names;
            }
        }
        return null;
    }

    private static String awardName(String rest) {
        String r = rest;
        int stop = indexOfAny(r, "，。；,;");
        if (stop >= 0) {
            r = r.substring(0, stop);
        }
        r = YEAR.matcher(r).replaceAll("");
        r = r.replaceFirst("^(?:首批|首届|第[一二三四五六七八九十百\\d]+届)", "")
                .replaceAll("[“”\"\\s]", "")
                .replaceFirst("(?:荣誉称号|称号|奖项|荣誉)$", "");
        if (r.length() < 2 || NOT_AWARD.matcher(r).matches()) {
            return null;
        }
        return r;
    }

    /**
     * The last year the sentence names up to the award's clause, else the item's date, else the last year the
     * item named before the sentence.
     */
    private static Integer year(String upToClause, ItemText t, String sentence, Integer issueYear) {
        Matcher y = YEAR.matcher(upToClause);
        Integer named = null;
        while (y.find()) {
            named = Integer.valueOf(y.group(1));
        }
        if (named != null) {
            return named;
        }
        if (t.item.date() != null) {
            return t.item.date().getYear();
        }
        String text = t.text();
        int at = text.indexOf(sentence);
        Matcher before = YEAR.matcher(at < 0 ? "" : text.substring(0, at));
        Integer latest = null;
        while (before.find()) {
            int v = Integer.parseInt(before.group(1));
            latest = issueYear == null || v <= issueYear ? Integer.valueOf(v) : latest;
        }
        return latest != null ? latest : issueYear;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
