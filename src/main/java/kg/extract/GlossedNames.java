package kg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * In a bilingual document the English paragraph's pinyin name (Dr. Zhao Ming) glosses a Chinese name of the
 * Chinese paragraph, which the Chinese cues may have missed (a surname the list lacks, a role word far from
 * it): the Han run of the document's Chinese sentences that reads as that pinyin is the name.
 */
final class GlossedNames {
    private final Lexicon lex;
    private final PinyinForms pinyin;

    GlossedNames(Lexicon lex) {
        this.lex = lex;
        this.pinyin = new PinyinForms(lex);
    }

    /** The Chinese names the known Latin names gloss that are not known yet. */
    Set<String> find(Collection<String> known, List<String> sentences) {
        List<String> latin = known.stream().filter(n -> !NameForms.isHan(n.replaceAll("\\s", "").substring(0, 1)))
                .filter(pinyin::isChineseNameInPinyin).toList();
        List<String> han = known.stream().filter(n -> NameForms.isHan(n)).toList();
        List<String> missing = latin.stream()
                .filter(l -> han.stream().noneMatch(h -> pinyin.spells(l, h, Math.max(1, lex.surnameLength(h))))).toList();
        Set<String> out = new LinkedHashSet<>();
        if (missing.isEmpty()) {
            return out;
        }
        for (String s : sentences) {
            if (EnglishSentences.isEnglish(s)) {
                continue;
            }
            List<Pinyin> readings = HanLP.convertToPinyinList(s);
            if (readings.size() != s.length()) {
                continue;
            }
            for (int i = 0; i < s.length(); i++) {
                for (int len = 2; len <= 3 && i + len <= s.length(); len++) {
                    String cand = s.substring(i, i + len);
                    if (!NameForms.isHan(cand) || Tagger.isCommonWord(cand) || out.contains(cand)) {
                        continue;
                    }
                    String read = joined(readings.subList(i, i + len));
                    for (String l : missing) {
                        String letters = l.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’]", "");
                        if (letters.length() == read.length() && pinyin.spells(l, cand, 1)) {
                            out.add(cand);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String joined(List<Pinyin> ps) {
        StringBuilder sb = new StringBuilder();
        for (Pinyin p : ps) {
            sb.append(p == Pinyin.none5 ? "?" : p.getPinyinWithoutTone().replace("v", "u"));
        }
        return sb.toString();
    }
}
