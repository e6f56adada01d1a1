package kg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads awards and honours in English sentences: {@code X, winner of the 2016 … award and the 2018 …},
 * {@code X was awarded / received / won the … Prize}, {@code X was elected (a) Fellow of …}, {@code the … Medal
 * was awarded to X}. The award is the phrase up to the next comma, stop or reason (for his …); one phrase may
 * join two awards (… award and the 2018 …). Its year is the one it names, else the sentence's, else the item's.
 */
final class EnglishAwards {
    private static final Pattern WINNER = Pattern.compile(
            "^\\s*[,，]\\s*(?:the\\s+|a\\s+)?(?:winner|recipient|laureate|awardee)s?\\s+of\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB = Pattern.compile(
            "(?:was|were|has been|have been|had been)\\s+(?:(?:also|recently|newly|successfully)\\s+)?(?:awarded|granted|conferred|honou?red with|elected|selected as|named|appointed as)"
                    + "|\\b(?:received|won|wins|receives|obtained|was the recipient of|is the recipient of|claimed)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_RECIPIENT = Pattern.compile(
            "(?:was|were|has been|have been)\\s+(?:awarded|presented|conferred|granted|given)\\s+to\\s*$", Pattern.CASE_INSENSITIVE);
    /** What an award is called: a word of prizes and honours must occur in it. */
    private static final Pattern AWARD_WORD = Pattern.compile(
            "award|prize|medal|honou?r|fellow|scholarship|pioneer|talent|model|outstanding|excellent|excellence|best|"
                    + "distinguished|academician|member of|title of|star|laureate|winner|champion|first place|second place|third place|grand|gold|silver|bronze",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_AWARD = Pattern.compile(
            "project|grant(?!ed)|funding|fund\\b|support|degree|approval|welcome|attention|visit|delegation|invitation|letter|report|training|applause",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern END = Pattern.compile("[,，;；.。]\\s|[,，;；。]|\\.$|\\s+(?:for (?:his|her|their|the)|in recognition|because|which|who|at the|during|on behalf)\\b",
            Pattern.CASE_INSENSITIVE);

    List<AwardFact> extract(ItemText t, Integer issueYear) {
        List<AwardFact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ItemText.Sentence s : t.titleAndSentences()) {
            if (!EnglishSentences.isEnglish(s.text())) {
                continue;
            }
            String text = s.text();
            for (MentionReader.Located n : s.names()) {
                Matcher w = WINNER.matcher(text.substring(n.end()));
                if (w.find()) {
                    add(out, seen, List.of(n.name()), text.substring(n.end() + w.end()), text, t, issueYear, s);
                }
            }
            Matcher v = VERB.matcher(text);
            while (v.find()) {
                List<String> subject = subject(s, v.start());
                if (!subject.isEmpty()) {
                    add(out, seen, subject, text.substring(v.end()), text, t, issueYear, s);
                }
            }
            for (MentionReader.Located n : s.names()) {
                Matcher to = TO_RECIPIENT.matcher(text.substring(0, n.start()));
                if (to.find()) {
                    String head = text.substring(0, to.start());
                    int from = Math.max(Math.max(head.lastIndexOf(", "), head.lastIndexOf(". ")), head.lastIndexOf('，')) + 1;
                    add(out, seen, List.of(n.name()), head.substring(from), text, t, issueYear, s);
                }
            }
        }
        return out;
    }

    /** The names right before the verb: the last one, and those listed with it (X and Y were awarded). */
    private static List<String> subject(ItemText.Sentence s, int verbAt) {
        List<MentionReader.Located> before = s.names().stream().filter(n -> n.end() <= verbAt).toList();
        List<String> out = new ArrayList<>();
        if (before.isEmpty()) {
            return out;
        }
        int i = before.size() - 1;
        String gap = s.text().substring(before.get(i).end(), verbAt);
        // X, the director of …, was awarded: an appositive may stand between
        boolean close = gap.isBlank() || gap.matches("\\s*[,，][^.;]{0,100}[,，]\\s*") || gap.matches("\\s*\\([^)]{0,60}\\)\\s*");
        if (!close) {
            return out;
        }
        out.add(before.get(i).name());
        while (i > 0 && s.text().substring(before.get(i - 1).end(), before.get(i).start())
                .matches("\\s*(?:,|，|and|, and)\\s*(?:(?:Prof\\.|Professor|Dr\\.|Associate Professor)\\s*)?")) {
            i--;
            out.add(0, before.get(i).name());
        }
        return out;
    }

    private static void add(List<AwardFact> out, Set<String> seen, List<String> recipients, String rest, String sentence,
                            ItemText t, Integer issueYear, ItemText.Sentence s) {
        Matcher end = END.matcher(rest);
        String phrase = end.find() ? rest.substring(0, end.start()) : rest;
        // one phrase may name two awards: … award for good teacher and the 2018 … pioneer
        for (String part : phrase.split("\\s+and\\s+(?=(?:the\\s+)?(?:19|20)\\d{2}\\b|the\\s+\\p{Lu})")) {
            Matcher y = YEAR.matcher(part);
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : sentenceYear(sentence, t, issueYear);
            String award = part.replaceFirst("^\\s*(?:as\\s+)?(?:the|a|an)\\s+", "")
                    .replaceFirst("^(?:19|20)\\d{2}(?:\\s+|-\\d{2,4}\\s+)", "")
                    .replaceFirst("^(?:the|a|an)\\s+", "")
                    .replaceAll("[“”\"]", "").replaceFirst("\\s+in\\s+(?:19|20)\\d{2}$", "").strip();
            if (award.length() < 4 || !AWARD_WORD.matcher(award).find() || NOT_AWARD.matcher(award).find()) {
                continue;
            }
            List<String> fresh = recipients.stream().filter(n -> seen.add(award.toLowerCase() + "|" + n)).toList();
            if (!fresh.isEmpty()) {
                out.add(new AwardFact(award, year, fresh, t.evidence(s)));
            }
        }
    }

    private static Integer sentenceYear(String sentence, ItemText t, Integer issueYear) {
        Matcher y = YEAR.matcher(sentence);
        Integer last = null;
        while (y.find()) {
            last = Integer.valueOf(y.group(1));
        }
        return last != null ? last : t.item.date() != null ? Integer.valueOf(t.item.date().getYear()) : issueYear;
    }
}
