package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of a paragraph written in English: a full stop ends one where a capital letter (or a quote or
 * bracket and a capital) follows, unless the word before it is an abbreviation (Prof., Dr., Sept., i.e.) or
 * an initial (Peter J. Holm). Web copies often drop the space after the stop (held.In his report), so the
 * space is optional.
 */
public final class EnglishSentences {
    private static final Pattern STOP = Pattern.compile("([A-Za-z0-9)\\]”\"']*)([.!?])[”\"')]?\\s*(?=[“\"(]?\\p{Lu})");
    private static final Set<String> ABBREVIATIONS = Set.of("prof", "dr", "mr", "mrs", "ms", "st", "no", "vs", "al",
            "e.g", "i.e", "eg", "ie", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "assoc", "asst", "co", "inc", "ltd", "dept", "univ", "acad", "sci", "fig", "vol", "pp", "ph.d",
            "jr", "sr", "u.s", "u.k", "p.r");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private EnglishSentences() {
    }

    /** More Latin letters than Han characters, and a real run of them: a paragraph written in English. */
    public static boolean isEnglish(String paragraph) {
        long latin = LATIN.matcher(paragraph).results().count();
        long han = HAN.matcher(paragraph).results().count();
        return latin >= 20 && latin > 4 * han;
    }

    static List<String> of(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = STOP.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            String word = m.group(1).toLowerCase();
            String before = paragraph.substring(Math.max(0, m.start(1) - 2), m.start(1));
            boolean initial = m.group(1).length() == 1 && Character.isUpperCase(m.group(1).charAt(0));
            boolean dottedAbbreviation = before.matches(".*[A-Za-z]\\.$") && word.length() <= 2;
            if (m.group(2).equals(".") && (ABBREVIATIONS.contains(word) || initial || dottedAbbreviation)) {
                continue;
            }
            Sentences.add(out, paragraph.substring(start, m.end()));
            start = m.end();
        }
        Sentences.add(out, paragraph.substring(start));
        return out;
    }

}
