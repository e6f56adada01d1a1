package kg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * How Chinese names look in Latin letters: words made of pinyin syllables (Haiping = hai + ping), surnames
 * read from the surname list, and whether a Latin name spells a given Han name (Zhao Ming, Ming Zhao, ZHAO
 * Ming, ZhaoMing all spell 赵明).
 */
public final class PinyinForms {
    private static final Set<String> SYLLABLES = new HashSet<>();
    /** Surnames whose reading as a surname is not the one a dictionary gives first (单 is shan, not dan). */
    private static final Map<String, String> SURNAME_READINGS = Map.ofEntries(
            Map.entry("单", "shan"), Map.entry("曾", "zeng"), Map.entry("解", "xie"), Map.entry("仇", "qiu"),
            Map.entry("区", "ou"), Map.entry("朴", "piao"), Map.entry("查", "zha"), Map.entry("盖", "ge"),
            Map.entry("乐", "yue"), Map.entry("缪", "miao"), Map.entry("覃", "qin"), Map.entry("尉迟", "yuchi"),
            Map.entry("翟", "zhai"), Map.entry("种", "chong"), Map.entry("任", "ren"), Map.entry("华", "hua"),
            Map.entry("纪", "ji"), Map.entry("秘", "bi"), Map.entry("长孙", "zhangsun"));

    static {
        for (Pinyin p : Pinyin.values()) {
            if (p != Pinyin.none5) {
                SYLLABLES.add(p.getPinyinWithoutTone().replace("v", "u"));
            }
        }
        SYLLABLES.add("lv");
        SYLLABLES.add("nv");
    }

    private final Set<String> surnames = new HashSet<>(SURNAME_READINGS.values());

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

    /** A surname's reading as a surname: 单 → shan, 欧阳 → ouyang. */
    public static String surnameReading(String surname) {
        return SURNAME_READINGS.getOrDefault(surname, String.join("", syllables(surname)));
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
        String surnameHan = han.substring(0, surnameLength);
        String read = String.join("", syllables(surnameHan));
        String surname = surnameReading(surnameHan);
        String given = String.join("", syllables(han.substring(surnameLength)));
        String l = latin.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-']", "");
        // the dictionary's reading too (曾 as ceng): a text may print either
        return l.equals(surname + given) || l.equals(given + surname) || l.equals(read + given) || l.equals(given + read);
    }
}
