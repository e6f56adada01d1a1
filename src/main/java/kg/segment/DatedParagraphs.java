package kg.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kg.normalize.DisplayWidth;

/**
 * A digest of news ("消息与动态", "News and Notes") prints no numbered titles: each piece of news is a paragraph
 * that opens with its date, perhaps followed by its English version. Each such paragraph opens an item; one
 * in the other script with the same date is the translation of the item it follows, not an item of its own.
 */
final class DatedParagraphs {
    /** A heading over the digest: a short line of words, no digits (an issue line has them), no sentence. */
    private static final Pattern HEADING = Pattern.compile("^[\\p{IsHan}\\s·、与和及]{2,16}$");
    private static final Pattern DATE_LEAD = Pattern.compile(
            "^(?:(?:On|In|From)\\s+(?:the\\s+(?:morning|afternoon|evening)\\s+of\\s+)?)?[^，,]{0,30}?[，,]\\s*");
    private static final int TITLE_MAX = 60;
    /** Shorter than this, or without a clause, a dated line is a timestamp or a dateline, not a piece of news. */
    private static final int MIN_NEWS = 20;
    /** A paragraph this long is a story's body, not a heading or a caption. */
    private static final int MIN_BODY = 60;

    private DatedParagraphs() {
    }

    /** The items of a digest, or an empty list when fewer than two paragraphs open with a date. */
    static List<Item> items(List<String> paras, Integer year) {
        List<Integer> openers = new ArrayList<>();
        int dated = 0;
        LocalDate openerDate = null;
        boolean openerLatin = false;
        for (int i = 0; i < paras.size(); i++) {
            String p = paras.get(i);
            if (!DateFinder.opensWithDate(p) || p.length() < MIN_NEWS || !p.matches("(?s).*[，,。].*")) {
                continue;
            }
            Optional<LocalDate> date = DateFinder.first(p, year);
            boolean latin = latin(p);
            if (date.isEmpty()) {
                continue;
            }
            boolean translation = !openers.isEmpty() && date.get().equals(openerDate) && latin != openerLatin
                    && openers.get(openers.size() - 1) == i - 1;
            dated += p.length() >= MIN_BODY ? 1 : 0;
            if (!translation) {
                openers.add(i);
                openerDate = date.get();
                openerLatin = latin;
            }
        }
        // an article whose story runs through dated paragraphs has other body paragraphs too: it is no digest
        long bodies = paras.stream().filter(p -> p.length() >= MIN_BODY).count();
        if (openers.size() < 2 || dated * 3 < bodies * 2) {
            return List.of();
        }
        String section = heading(paras, openers.get(0));
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < openers.size(); k++) {
            int start = openers.get(k);
            int end = k + 1 < openers.size() ? openers.get(k + 1) : paras.size();
            List<String> body = paras.subList(start, end);
            LocalDate date = DateFinder.first(body.get(0), year).orElse(null);
            items.add(new Item("1." + (k + 1), section, 1, k + 1, title(body.get(0)), date, body));
        }
        return items;
    }

    /** The nearest short heading of words above the first item, or null. */
    private static String heading(List<String> paras, int firstItem) {
        for (int i = firstItem - 1; i >= 0; i--) {
            String p = paras.get(i).strip();
            if (HEADING.matcher(p).matches() && DisplayWidth.of(p) <= 32) {
                return p;
            }
        }
        return null;
    }

    /** The opening clause after the date: what the piece of news is about. */
    private static String title(String opening) {
        String rest = DATE_LEAD.matcher(opening).replaceFirst("");
        int cut = rest.length();
        for (int i = 6; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if ("，,。；;：:".indexOf(c) >= 0 || c == '.' && i + 1 < rest.length() && rest.charAt(i + 1) == ' ') {
                cut = i;
                break;
            }
        }
        String t = rest.substring(0, cut).strip();
        return t.length() > TITLE_MAX ? t.substring(0, TITLE_MAX) + "…" : t;
    }

    private static boolean latin(String p) {
        long han = p.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han * 4 < p.length();
    }
}
