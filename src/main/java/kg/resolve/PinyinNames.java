package kg.resolve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kg.extract.Lexicon;
import kg.extract.PinyinForms;

/** Chinese names in pinyin, surname first, each surname read as a surname ({@link PinyinForms#surnameReading}). */
final class PinyinNames {
    private PinyinNames() {
    }

    /** The reading of a name: 张明远 → Zhang Mingyuan, 阿卜杜·热合曼 → Abudu Rehemann, ZHAO Lei → Zhao Lei. */
    static String reading(String name, Lexicon lex) {
        if (!PrintedNames.isHan(name)) {
            return PrintedNames.reading(name);
        }
        if (name.matches(".*[·•・‧].*")) {
            return String.join(" ", Arrays.stream(name.split("[·•・‧]"))
                    .map(part -> capitalise(String.join("", syllables(part)))).toList());
        }
        return ofName(name, lex.surnameLength(name));
    }

    /** The syllables of a Han string, tone marks dropped; characters without a reading are skipped. */
    static List<String> syllables(String han) {
        return PinyinForms.syllables(han);
    }

    /** 张明远 → Zhang Mingyuan; 欧阳修 → Ouyang Xiu. */
    static String ofName(String name, int surnameLength) {
        int split = Math.max(1, Math.min(Math.max(surnameLength, 1), name.length() - 1));
        String surname = name.substring(0, split);
        String given = name.substring(split);
        String s = PinyinForms.surnameReading(surname);
        String g = String.join("", syllables(given));
        return capitalise(s) + (g.isEmpty() ? "" : " " + capitalise(g));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
