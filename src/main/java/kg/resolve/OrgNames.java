package kg.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's name as printed, made the one form its other printings share: compatibility forms folded
 * (full-width letters and brackets), no spaces between Chinese characters, no punctuation the sentence left at
 * either end, the common abbreviations of Chinese institutions written out (中科院 → 中国科学院), and what
 * extraction may glue to a name (a repeat, the name's own short form, a Latin abbreviation in parentheses).
 */
final class OrgNames {
    private static final Pattern SPACE_BY_HAN = Pattern.compile("(?<=[^\\p{ASCII}])\\s+|\\s+(?=[^\\p{ASCII}])");
    /** Punctuation a sentence leaves around a name (and 的 of "…实验室的研究人员"). */
    private static final Pattern EDGES = Pattern.compile(
            "^[\\s,.;:!?、。，；：“”\"'‘’《》<>\\-—·*]+|(?:[\\s,.;:!?、。，；：“”\"'‘’《》<>\\-—·*]|(?<=[\\p{IsHan})])[的之])+$");
    private static final Pattern LATIN_ABBREVIATION = Pattern.compile("^(.{2,}?)\\s*\\(([A-Z][A-Z&.\\-]{1,11})\\)$");
    private static final Pattern REPEAT = Pattern.compile("^(.{2,}?)\\1+$");
    /** The short form of the name before it: 某某物理研究所物理所. */
    private static final Pattern SHORT_FORM = Pattern.compile("^(.+([所院系局]))(\\p{IsHan}{1,3}\\2)$");
    /** Abbreviations every Chinese text uses for institutions of any field, and what they stand for. */
    private static final List<String[]> ABBREVIATIONS = List.of(
            new String[] {"中科院", "中国科学院"},
            new String[] {"中国社科院", "中国社会科学院"},
            new String[] {"基金委(?!员)", "基金委员会"},
            new String[] {"发改委", "发展和改革委员会"},
            new String[] {"^科技部", "科学技术部"});

    private OrgNames() {
    }

    /** The printed form with compatibility characters folded and spaces as Chinese prints them (none). */
    static String surface(String printed) {
        String s = Normalizer.normalize(printed, Normalizer.Form.NFKC);
        return SPACE_BY_HAN.matcher(s).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** The canonical name of a surface form; the form itself when cleaning would leave nothing. */
    static String canonical(String surface) {
        String s = edges(surface);
        Matcher abbreviation = LATIN_ABBREVIATION.matcher(s);
        if (abbreviation.matches()) {
            // 某某重点实验室(ABCL), Department of … (DESS): the name is complete without its initials
            s = edges(abbreviation.group(1));
        }
        for (String[] a : ABBREVIATIONS) {
            s = s.replaceAll(a[0], a[1]);
        }
        s = withoutPlaces(s);
        Matcher repeat = REPEAT.matcher(s);
        if (repeat.matches()) {
            s = repeat.group(1);
        }
        Matcher shortForm = SHORT_FORM.matcher(s);
        if (shortForm.matches() && abbreviates(shortForm.group(3), shortForm.group(1))) {
            s = shortForm.group(1);
        }
        return s.isEmpty() ? surface : s;
    }

    /** The key a canonical name is known by: one for every capitalisation of an English name. */
    static String key(String canonical) {
        return canonical.toLowerCase(Locale.ROOT);
    }

    private static String edges(String s) {
        String out = EDGES.matcher(s).replaceAll("");
        // a bracket the sentence cut off: 某某大学(武汉 stays, a lone ) or ( at an end goes
        if (out.endsWith("(") || out.startsWith(")")) {
            out = out.replaceAll("\\($|^\\)", "");
        }
        if (count(out, ')') > count(out, '(') && out.endsWith(")")) {
            out = out.substring(0, out.length() - 1);
        }
        return out.equals(s) ? out : edges(out);
    }

    /** "Department of X, Y University, Beijing, China": the trailing parts that name no institution are places. */
    private static String withoutPlaces(String s) {
        if (s.indexOf(',') < 0 || s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return s;
        }
        List<String> parts = new ArrayList<>(Arrays.stream(s.split(",")).map(String::strip).toList());
        while (parts.size() > 1 && !OrgParents.EN_INSTITUTION.matcher(parts.get(parts.size() - 1)).find()) {
            parts.remove(parts.size() - 1);
        }
        return String.join(", ", parts);
    }

    /** 物理所 of 某某物理研究所: its characters in order within the name's own part, the first one there. */
    private static boolean abbreviates(String shortForm, String name) {
        String own = name.substring(OrgParents.ownPartStart(name), name.length() - 1);
        String core = shortForm.substring(0, shortForm.length() - 1);
        int at = 0;
        for (char c : core.toCharArray()) {
            at = own.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return own.length() > core.length();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
