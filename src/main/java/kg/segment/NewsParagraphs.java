package kg.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of untitled news paragraphs (an annual report's News and Notes, 消息与动态): each paragraph that
 * opens with a date (2014年1月16日，… / On 16 January 2014, …) is an item of its own, and a paragraph that
 * translates the one before it (Chinese, then the same news in English) stays in that item. The item has no
 * printed title; it is named by its lead sentence. A heading printed twice before the first item (the page's
 * title repeated above the news) is their section.
 */
final class NewsParagraphs {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern LEAD_DATE = Pattern.compile(
            "^(?:On\\s+(?:the\\s+(?:morning|afternoon|evening)\\s+of\\s+)?)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–—~]\\s*\\d{1,2})?\\s+\\p{Lu}\\p{Ll}{2,8}\\.?,?\\s*(?:19|20)\\d{2}"
                    + "|^(?:On\\s+)?\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*(?:19|20)\\d{2}"
                    + "|^(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}");
    /** A lead is a sentence, not a date line (2014-08-31 07:37): long enough, with a clause in it. */
    private static final int MIN_LEAD = 25;
    /** A paragraph long enough to be a story's body, not a heading or a caption. */
    private static final int MIN_BODY = 60;
    /** 。 or a full stop before a capital that does not close a title (Dr., Prof.). */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？]|(?<!\\b(?:Dr|Prof|Mr|Ms|Mrs|St|No|Sept|[A-Z]))\\.(?=\\s*[“\"(]?\\p{Lu})");

    private NewsParagraphs() {
    }

    /** The items, or an empty list when fewer than two paragraphs open with a date. */
    static List<Item> split(List<String> paras, Integer year) {
        List<Integer> leads = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            String p = paras.get(i);
            if (p.length() >= MIN_LEAD && p.matches("(?s).*[，,。].*") && LEAD_DATE.matcher(p).lookingAt()) {
                boolean translation = !leads.isEmpty() && leads.get(leads.size() - 1) == i - 1
                        && english(paras.get(i)) != english(paras.get(i - 1))
                        && (leads.size() < 2 || paired(leads, paras));
                if (!translation) {
                    leads.add(i);
                } else {
                    leads.add(-i); // a translation: marked, not an item of its own
                }
            }
        }
        List<Integer> starts = leads.stream().filter(i -> i >= 0).toList();
        // an article whose story runs through dated paragraphs has body paragraphs besides: not a news page
        long bodies = paras.stream().filter(p -> p.length() >= MIN_BODY).count();
        long dated = leads.stream().filter(i -> paras.get(Math.abs(i)).length() >= MIN_BODY).count();
        if (starts.size() < 2 || dated * 3 < bodies * 2) {
            return List.of();
        }
        String section = section(paras.subList(0, starts.get(0)));
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : paras.size();
            List<String> body = paras.subList(from, to);
            LocalDate date = DateFinder.first(String.join("\n", body), year).orElse(null);
            items.add(new Item("1." + (k + 1), section, 1, k + 1, lead(body.get(0)), date, body));
        }
        return items;
    }

    /** Once two items were read, translations keep coming only where the previous item had one. */
    private static boolean paired(List<Integer> leads, List<String> paras) {
        return leads.stream().anyMatch(i -> i < 0);
    }

    private static boolean english(String p) {
        return LATIN.matcher(p).results().count() > 4 * HAN.matcher(p).results().count();
    }

    private static String section(List<String> before) {
        for (int i = 0; i < before.size(); i++) {
            String h = before.get(i).strip();
            if (h.length() <= 20 && !h.matches(".*\\d.*") && before.subList(i + 1, before.size()).stream().anyMatch(o -> o.strip().equals(h))) {
                return h;
            }
        }
        return null;
    }

    /** The lead sentence, which names an untitled item. */
    private static String lead(String paragraph) {
        Matcher stop = SENTENCE_END.matcher(paragraph);
        String s = (stop.find() ? paragraph.substring(0, stop.end()) : paragraph).strip();
        return s.length() > 160 ? s.substring(0, 160) : s;
    }
}
