package kg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference printed the way papers cite each other (论文信息: {@code A. Li, B. Wang, and C. Zhou. "Title,"
 * in Journal, doi: 10.…}): its authors as printed, title, venue and DOI. The authors a Chinese item names
 * in Chinese too are read as those people, by the pinyin of their names.
 */
record Citation(List<String> authors, String title, String venue, String doi) {
    private static final PinyinForms PINYIN = new PinyinForms(Lexicon.get());
    private static final Pattern REFERENCE = Pattern.compile(
            "^\\s*(?<authors>[A-Z][\\p{L}.\\-']*(?:[\\s,]+(?:and\\s+|&\\s+)?[A-Z\\p{Lu}][\\p{L}.\\-']*)+)\\s*[.,]?\\s*"
                    + "[\"“](?<title>[^\"”]{8,300}?)[,.]?[\"”]\\s*[,.]?\\s*(?:in\\s+)?(?<venue>[A-Z][^,，。]{2,120}?)?"
                    + "\\s*(?:[,，]|$)(?<rest>.*)$");
    private static final Pattern DOI = Pattern.compile("(?:doi|DOI)\\s*[:：]?\\s*(?:https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/[^\\s,，。;；)）\\p{IsHan}]+)");
    private static final Pattern PERSON = Pattern.compile("[A-Z][\\p{L}\\-']+(?:\\s+[A-Z]\\.)?(?:\\s+[A-Z][\\p{L}\\-']+){1,2}");

    /** The reference a sentence is, or null. */
    static Citation in(String sentence) {
        Matcher m = REFERENCE.matcher(sentence);
        if (!m.matches()) {
            return null;
        }
        List<String> authors = new ArrayList<>();
        for (String a : m.group("authors").split("\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+and\\s+|\\s+&\\s+")) {
            String n = a.strip().replaceFirst("\\.$", "");
            if (!n.isEmpty() && PERSON.matcher(n).matches()) {
                authors.add(n);
            } else if (!n.isEmpty() && !n.equals("et al")) {
                return null; // not a list of names: some other sentence with a quote in it
            }
        }
        if (authors.isEmpty()) {
            return null;
        }
        String venue = m.group("venue") == null ? null : m.group("venue").strip();
        return new Citation(List.copyOf(authors), m.group("title").strip(), venue, doi(sentence));
    }

    /** The DOI a sentence prints as text (doi: 10.…), lower-case, or null. */
    static String doi(String sentence) {
        Matcher d = DOI.matcher(sentence);
        return d.find() ? d.group(1).replaceFirst("[./]+$", "").toLowerCase(Locale.ROOT) : null;
    }

    /** The Chinese name among these whose pinyin the printed name spells (Haifeng Qiao → 乔海峰), or null. */
    static String chineseFor(String printed, Collection<String> names) {
        if (printed.strip().split("\\s+").length < 2) {
            return null;
        }
        for (String n : names) {
            if (NameForms.isHan(n) && PINYIN.spells(printed, n, Math.max(1, Lexicon.get().surnameLength(n)))) {
                return n;
            }
        }
        return null;
    }
}
