package kg.resolve;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.extract.Lexicon;
import kg.extract.PinyinForms;

/**
 * Within one document, the Latin forms that gloss a Chinese name (赵明 and Zhao Ming in a bilingual item, an
 * English paragraph repeating a Chinese one) are that person: each Latin form that spells exactly one of the
 * document's Chinese names maps to it. Latin forms that differ only in spaces, hyphens or case (Tian Yuhang,
 * TianYuhang) map to the first spaced one. Two Chinese names are never merged, whatever their pinyin.
 */
final class Glosses {
    private final Lexicon lex;
    private final PinyinForms pinyin;

    Glosses(Lexicon lex) {
        this.lex = lex;
        this.pinyin = new PinyinForms(lex);
    }

    /** The name each glossing form stands for; names that gloss nothing are absent. */
    Map<String, String> of(Collection<String> names) {
        List<String> han = names.stream().filter(Glosses::isHan).filter(n -> !n.matches(".*[·•・‧].*")).toList();
        List<String> latin = names.stream().filter(n -> !isHan(n)).toList();
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> byLetters = new LinkedHashMap<>();
        for (String l : latin) {
            String letters = l.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’.]", "");
            String spaced = byLetters.get(letters);
            if (spaced == null || !spaced.contains(" ") && l.contains(" ")) {
                byLetters.put(letters, l);
            }
        }
        for (String l : latin) {
            List<String> spelt = han.stream().filter(h -> pinyin.spells(l, h, Math.max(1, lex.surnameLength(h)))).toList();
            if (spelt.size() == 1) {
                out.put(l, spelt.get(0));
                continue;
            }
            String variant = byLetters.get(l.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’.]", ""));
            if (!variant.equals(l)) {
                out.put(l, variant);
            }
        }
        // a Latin variant of a glossing form glosses the same Chinese name
        out.replaceAll((k, v) -> out.getOrDefault(v, v));
        return out;
    }

    private static boolean isHan(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
