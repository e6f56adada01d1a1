package kg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How Chinese names look in Latin letters: words made of pinyin syllables (Haiping = hai + ping), surnames
 * read from the surname list, and whether a Latin name spells a given Han name (Zhao Ming, Ming Zhao, ZHAO
 * Ming, ZhaoMing all spell 赵明).
 */
public final class PinyinForms {
    private static final Set<String> SYLLABLES = new HashSet<>();
    /** Readings a dictionary gives some surnames that differ from their reading as a surname. */
    private static final List<String> SURNAME_READINGS = List.of("shan", "zeng", "xie", "qiu", "ou", "piao", "zha",
            "ge", "yue", "miao", "qin", "zhai", "chong", "ren", "hua", "ji", "bi");

    static {
        for (Pinyin p : Pinyin.values()) {
            if (p != Pinyin.none5) {
                SYLLABLES.add(p.getPinyinWithoutTone().replace("v", "u"));
            }
        }
        SYLLABLES.add("lv");
        SYLLABLES.add("nv");
    }

    private final Set<String> surnames = new HashSet<>(SURNAME_READINGS);

    public PinyinForms(Lexicon lex) {
        for (String s : lex.surnames()) {
            surnames.add(String.join("", syllables(s)));
        }
    }

    /** The syllables of a Han string, tone marks dropped. */
    public static List<String> syllables(String han) {
        return HanLP.convertToPinyinList(han).stream()
                .filter(p -> p != Pinyin.none5)
                .map(p -> p.getPinyinWithoutTone().replace("v", "u"))
                .toList();
    }

    /** Is the word one to three pinyin syllables (Hai-ping, Haiping, Ming)? */
    static boolean isPinyinWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("-", "").replace("'", "");
        return !w.isEmpty() && splits(w, 0, 3);
    }

    private static boolean splits(String w, int from, int left) {
        if (from == w.length()) {
            return true;
        }
        if (left == 0) {
            return false;
        }
        for (int end = Math.min(w.length(), from + 6); end > from; end--) {
            if (SYLLABLES.contains(w.substring(from, end)) && splits(w, end, left - 1)) {
                return true;
            }
        }
        return false;
    }

    boolean isSurname(String word) {
        return surnames.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Does the Latin form read like a Chinese name: a pinyin surname and a pinyin given name in either order
     * (Xia Ming, Ming Xia, XIA Ming), or one glued word that starts with a surname (TianYuhang)?
     */
    boolean isChineseNameInPinyin(String latin) {
        String[] parts = latin.strip().split("\\s+");
        if (parts.length == 2) {
            boolean words = isPinyinWord(parts[0]) && isPinyinWord(parts[1]);
            return words && (isSurname(parts[0]) && syllableCount(parts[1]) <= 2
                    || isSurname(parts[1]) && syllableCount(parts[0]) <= 2);
        }
        if (parts.length == 1 && parts[0].matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+")) {
            String[] camel = parts[0].split("(?=\\p{Lu})");
            return camel.length == 2 && isSurname(camel[0]) && isPinyinWord(camel[1]);
        }
        return false;
    }

    private static int syllableCount(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("-", "").replace("'", "");
        for (int n = 1; n <= 3; n++) {
            if (splits(w, 0, n)) {
                return n;
            }
        }
        return 4;
    }

    /** Does the Latin name spell the Han name, surname first or last, spaces, hyphens and case aside? */
    public boolean spells(String latin, String han, int surnameLength) {
        if (han.length() < 2 || surnameLength <= 0 || surnameLength >= han.length()) {
            return false;
        }
        String surname = String.join("", syllables(han.substring(0, surnameLength)));
        String given = String.join("", syllables(han.substring(surnameLength)));
        String l = latin.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-']", "");
        return l.equals(surname + given) || l.equals(given + surname)
                || spellsWithOtherSurnameReading(l, given, han.substring(0, surnameLength));
    }

    /** 曾 read ceng by the dictionary, zeng as a surname: accept a surname reading the list gives. */
    private boolean spellsWithOtherSurnameReading(String l, String given, String surnameHan) {
        if (surnameHan.length() != 1) {
            return false;
        }
        for (String reading : SURNAME_READINGS) {
            if (l.equals(reading + given) || l.equals(given + reading)) {
                return true;
            }
        }
        return false;
    }
}
