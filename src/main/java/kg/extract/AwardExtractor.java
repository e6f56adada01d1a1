package kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads awards and honours: {@code X荣获“奖”}, {@code X获评第十九届“良师益友”}, {@code X入选…会士},
 * {@code X以第一完成人获…奖}, a group's award ({@code X团队获得“…”称号}) going to its leader, and a work's
 * award ({@code “…数据集”获得“…”奖项}) going to its authors. A further {@code ，获评…} clause keeps the subject.
 */
final class AwardExtractor {
    private static final String SUBJECT_GLUE = "(?:\\s*(?:(?:副|助理|讲席)?教授|研究员|院士|博士生|博士后|同学|老师))?"
            + "(?:团队|课题组|研究团队)?(?:同学)?(?:以第一完成人(?:身份)?)?";
    private static final Pattern VERB = Pattern.compile("(?<![捕俘斩缴收])(?:荣获|获评|获得|入选|当选|获(?![取悉知益]))(?:了)?");
    private static final Pattern NOT_AWARD = Pattern.compile(".*(?:项目|基金|资助|计划|课题(?!组)|论文|成果|支持|突破|批准|立项).*");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:度)?");

    List<AwardFact> extract(ItemText t, List<WorkFact> works, Integer issueYear) {
        Map<String, AwardFact> out = new LinkedHashMap<>();
        List<ItemText.Sentence> all = new ArrayList<>();
        all.add(t.title);
        all.addAll(t.sentences);
        for (ItemText.Sentence s : all) {
            String text = s.text();
            List<String> recipients = null;
            int from = 0;
            for (String clause : text.split("(?<=[，；])")) {
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
                Integer year = year(clause, t, text, issueYear);
                out.putIfAbsent(award + "|" + subject, new AwardFact(award, year, subject, t.evidence(s)));
            }
        }
        return List.copyOf(out.values());
    }

    /** The people a clause opens with before its verb: a name and its role or group words, nothing else. */
    private static List<String> subject(ItemText.Sentence s, int clauseStart, String head) {
        for (MentionReader.Located n : s.names()) {
            if (n.start() < clauseStart || n.end() > clauseStart + head.length()) {
                continue;
            }
            String tail = head.substring(n.end() - clauseStart);
            if (tail.matches(SUBJECT_GLUE)) {
                return List.of(n.name());
            }
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

    /** The year named in the clause, else the item's date, else the last year the item named before it. */
    private static Integer year(String clause, ItemText t, String sentence, Integer issueYear) {
        Matcher y = YEAR.matcher(clause);
        if (y.find()) {
            return Integer.valueOf(y.group(1));
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
