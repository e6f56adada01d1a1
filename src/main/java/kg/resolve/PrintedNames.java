package kg.resolve;

import com.hankcs.hanlp.HanLP;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms of a printed name that resolution compares: full-width letters and ideographic spaces folded
 * (NFKC), a Chinese name without spaces and in simplified characters (陳明 → 陈明), a Latin name's reading
 * with each word capitalised and hyphens closed up (ZHAO Lei → Zhao Lei, Ming-Yuan Zhao → Mingyuan Zhao).
 */
final class PrintedNames {
    private static final CharsetEncoder SIMPLIFIED = Charset.forName("GB2312").newEncoder();

    private PrintedNames() {
    }

    static boolean isHan(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The form two printings of one name share. */
    static String canonical(String printed) {
        String s = Normalizer.normalize(printed, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        if (!isHan(s)) {
            return s;
        }
        s = s.replace(" ", "");
        StringBuilder out = new StringBuilder();
        // only characters simplified text does not use: a dictionary conversion of the whole name would also
        // rewrite simplified characters that have a traditional reading of their own (乾, 於)
        s.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            out.append(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !canEncode(ch)
                    ? HanLP.convertToSimplifiedChinese(ch) : ch);
        });
        return out.toString();
    }

    private static synchronized boolean canEncode(String ch) {
        return SIMPLIFIED.canEncode(ch);
    }

    /** A Latin name as a reading: ZHAO Lei → Zhao Lei; Ming-Yuan → Mingyuan; other words as printed. */
    static String reading(String latin) {
        List<String> words = new ArrayList<>();
        for (String w : canonical(latin).split(" ")) {
            String joined = w.matches("\\p{L}+[-‐'’]\\p{L}+") ? w.replaceAll("[-‐'’]", "") : w;
            boolean shouted = joined.length() > 1 && joined.equals(joined.toUpperCase(Locale.ROOT));
            boolean closedUp = !joined.equals(w);
            words.add(shouted || closedUp ? capitalise(joined.toLowerCase(Locale.ROOT)) : joined);
        }
        return String.join(" ", words);
    }

    /** The readings under which a person may be held: as given, and with the surname at the other end. */
    static Set<String> readings(String reading) {
        Set<String> out = new LinkedHashSet<>();
        out.add(reading);
        List<String> words = Arrays.asList(reading.split(" "));
        if (words.size() == 2) {
            out.add(words.get(1) + " " + words.get(0));
        }
        return out;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
