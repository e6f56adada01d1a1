package kg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads awards and honours: {@code X荣获“奖”}, {@code X获评第十九届“优秀班主任”}, {@code X入选…会士},
 * {@code X以第一完成人获…奖}, {@code A、B、C分获…奖}, a group's award ({@code X团队获得“…”称号}) going to its
 * leader, a work's or project's award ({@code “…”项目获得…奖}) going to its authors or completers, a book's to
 * its editor ({@code X主编的《…》入选…}), {@code 授予X“…”称号} and {@code 获奖者包括A、B}. A further
 * {@code ，获评…} clause keeps the subject.
 */
final class AwardExtractor {
    private static final Pattern VERB = Pattern.compile(
            "(?<![捕俘斩缴收])(?:荣获|荣膺|获评|获得|被授予|被评为|入选|当选|摘得|获(?![取悉知益批准]))(?:了)?");
    private static final Pattern CONFERS = Pattern.compile("(?<!被)授予(?:了)?");
    private static final Pattern WINNERS = Pattern.compile("(?:获奖者|获奖人|获奖人员|得主)(?:分别)?(?:包括|为|是|有|：|:)");
    /** The award a 获奖者包括 list is for: the last prize named before it. */
    private static final Pattern PRIZE_BEFORE = Pattern.compile(
            "[“\"]([^”\"]{2,40}?(?:奖|称号|奖学金))[”\"]|((?:\\p{IsHan}|\\d){2,24}?奖)(?=[^奖]{0,12}$)");
    /** A tier alone (分获二等奖) is a tier of the prize the item named before it. */
    private static final Pattern TIER_ONLY = Pattern.compile("^(?:[一二三四特]等奖|金奖|银奖|铜奖|优秀奖|提名奖)$");
    private static final Pattern TIER_END = Pattern.compile("(?:[一二三四特]等奖|金奖|银奖|铜奖|优秀奖|提名奖)$");
    private static final Pattern PRIZE_IN_TEXT = Pattern.compile("[“\"]([^”\"]{2,30}?奖)[”\"]|第[一二三四五六七八九十百\\d]+届((?:\\p{IsHan}){2,16}?奖)");
    private static final Pattern NOT_AWARD = Pattern.compile(".*(?:项目|基金|资助|计划|课题(?!组)|论文|成果|支持|突破|批准|立项).*");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:度)?");

    List<AwardFact> extract(ItemText t, List<WorkFact> works, List<ProjectFact> projects, Integer issueYear) {
        List<AwardFact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ItemText.Sentence s : t.titleAndSentences()) {
            String text = s.text();
            String masked = Quotes.mask(text);
            List<String> recipients = null;
            for (int[] c : Quotes.clauses(text)) {
                String clause = text.substring(c[0], c[1]);
                Matcher v = VERB.matcher(masked.substring(c[0], c[1]));
                if (!v.find()) {
                    continue;
                }
                String head = clause.substring(0, v.start());
                List<String> subject = AwardSubjects.subject(s, c[0], head);
                if (subject == null) {
                    subject = workAuthors(head, works);
                }
                if (subject == null) {
                    subject = AwardSubjects.projectPeople(segmentHead(text, c[0] + v.start()), projects);
                }
                if (subject == null) {
                    subject = AwardSubjects.creators(s, c[0], head);
                }
                if (subject == null && head.isBlank() && recipients != null) {
                    subject = recipients; // ，获评“…” goes on with the subject before it
                }
                if (subject == null || subject.isEmpty()) {
                    recipients = null;
                    continue;
                }
                recipients = subject;
                add(out, seen, awardName(clause.substring(v.end())), subject, s, t, text.substring(0, c[1]), issueYear);
            }
            conferred(s, t, out, seen, issueYear);
        }
        return out;
    }

    /** 授予A、B“…”称号 and 获奖者包括A、B: the names follow the cue. */
    private static void conferred(ItemText.Sentence s, ItemText t, List<AwardFact> out, Set<String> seen, Integer issueYear) {
        String text = s.text();
        Matcher c = CONFERS.matcher(text);
        while (c.find()) {
            List<String> who = NameList.startingAt(s, c.end());
            if (who.isEmpty()) {
                continue;
            }
            String last = who.get(who.size() - 1);
            int end = text.indexOf(last, c.end()) + last.length();
            String rest = NameList.stripRoles(text.substring(end));
            add(out, seen, awardName(rest), who, s, t, text.substring(0, end), issueYear);
        }
        Matcher w = WINNERS.matcher(text);
        while (w.find()) {
            List<String> who = NameList.startingAt(s, w.end());
            Matcher prize = PRIZE_BEFORE.matcher(text.substring(0, w.start()));
            String award = null;
            while (prize.find()) {
                award = prize.group(1) != null ? prize.group(1) : prize.group(2);
            }
            if (!who.isEmpty() && award != null) {
                add(out, seen, awardName(award), who, s, t, text.substring(0, w.start()), issueYear);
            }
        }
    }

    private static void add(List<AwardFact> out, Set<String> seen, String printed, List<String> who, ItemText.Sentence s,
                            ItemText t, String upToClause, Integer issueYear) {
        if (printed == null) {
            return;
        }
        String award = TIER_ONLY.matcher(printed).matches() ? prizeBefore(out, t, s, upToClause) + printed : printed;
        Integer year = year(upToClause, t, s.text(), issueYear);
        List<String> fresh = who.stream().filter(n -> seen.add(award + "|" + n)).toList();
        if (!fresh.isEmpty()) {
            out.add(new AwardFact(award, year, fresh, t.evidence(s)));
        }
    }

    /** The prize a bare tier belongs to: the last award read in the item, else the last prize its text named. */
    private static String prizeBefore(List<AwardFact> out, ItemText t, ItemText.Sentence s, String upToClause) {
        for (int i = out.size() - 1; i >= 0; i--) {
            String base = TIER_END.matcher(out.get(i).award()).replaceFirst("");
            if (base.length() >= 3 && !base.equals(out.get(i).award())) {
                return base;
            }
        }
        String text = t.text();
        int at = text.indexOf(s.text());
        String before = (at < 0 ? "" : text.substring(0, at)) + upToClause;
        Matcher m = PRIZE_IN_TEXT.matcher(YEAR.matcher(before).replaceAll(""));
        String prize = "";
        while (m.find()) {
            prize = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return TIER_END.matcher(prize).find() ? "" : prize;
    }

    /** The sentence from the start of the verb's segment (after the last ；) up to the verb. */
    private static String segmentHead(String text, int verb) {
        int from = Math.max(text.lastIndexOf('；', verb), text.lastIndexOf(';', verb)) + 1;
        return text.substring(from, verb);
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
        int stop = Quotes.clauseEnd(r);
        if (stop >= 0) {
            r = r.substring(0, stop);
        }
        r = YEAR.matcher(r).replaceAll("");
        r = r.replaceFirst("^(?:首批|首届|第[一二三四五六七八九十百\\d]+届)", "")
                .replaceAll("[“”\"\\s]", "")
                .replaceFirst("(?:荣誉称号|称号|奖项|荣誉)$", "")
                .replaceFirst("(?<=..)(?:入选|获奖)?(?:名单|榜单)$", ""); // 入选…名单: the honour is being on the list
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
}
