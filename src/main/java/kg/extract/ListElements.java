package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the elements of a list of people as the genre prints them: {@code [affiliation][的][role]NAME[role]},
 * separated by 、，和 及 与, perhaps closed by 等 (等研究人员).
 */
final class ListElements {
    /** One element: who, where from, and the role words before and after the name. */
    record Element(String org, List<String> titlesBefore, String name, List<String> titlesAfter) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("、|，|,|；|;|以及|和|及|与");
    private static final Pattern TRAILER = Pattern.compile("(?:为共同作者|一行)+$");
    private static final Pattern PARENS = Pattern.compile("（[^）]*）|\\([^)]*\\)");
    private static final Pattern ORG_END = Pattern.compile(
            "(?:大学|学院|研究院|研究所|科学院|实验室|中心|公司|集团|医院|学部|平台部|部|局|处|司|系|所|组|学校|分校|校区|委员会|研究组)(?:（[^）]{1,12}）)?");

    private ListElements() {
    }

    static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String e : SEPARATORS.split(list)) {
            String t = e.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static String personIn(String element, Lexicon lex) {
        Element e = parse(element, lex);
        return e == null ? null : e.name();
    }

    /** The last element of a list often runs on into the sentence: 张博文组成的代表队, 李明等. */
    private static final Pattern RUNS_ON = Pattern.compile("^(\\p{IsHan}{2,3}?)(?:组成|等|荣获|获得|获|参加|共同|分别|作为|作)");

    /** The element read as a person, or null when what is left is not a name. */
    static Element parse(String element, Lexicon lex) {
        Element whole = parseWhole(element, lex);
        if (whole != null) {
            return whole;
        }
        Matcher runsOn = RUNS_ON.matcher(element.strip());
        return runsOn.find() && NameForms.isChineseName(runsOn.group(1), lex)
                ? new Element(null, List.of(), runsOn.group(1), List.of()) : null;
    }

    private static Element parseWhole(String element, Lexicon lex) {
        String e = PARENS.matcher(element).replaceAll("").strip().replaceFirst("等.*$", "");
        e = TRAILER.matcher(e).replaceAll("").strip();
        e = e.replaceFirst("^(?:包括|分别是|是|为|的|由|邀请了|邀请)", "").strip();
        List<String> after = new ArrayList<>();
        for (boolean more = true; more; ) {
            more = false;
            Matcher t = lex.titlePattern().matcher(e);
            while (t.find()) {
                if (t.end() == e.length() && t.start() > 0) {
                    after.add(0, lex.canonicalTitle(t.group()));
                    e = e.substring(0, t.start()).strip();
                    more = true;
                    break;
                }
            }
        }
        List<Integer> cuts = new ArrayList<>(List.of(0));
        Matcher org = ORG_END.matcher(e);
        while (org.find()) {
            cuts.add(org.end());
        }
        for (int cut : cuts) {
            String rest = e.substring(cut).replaceFirst("^的", "").strip();
            List<String> before = new ArrayList<>();
            rest = stripLeadingTitles(rest, before, lex);
            if (NameForms.isName(rest, lex)) {
                String orgText = e.substring(0, cut).replaceFirst("的$", "").strip();
                return new Element(orgText.isEmpty() ? null : orgText, before, rest, after);
            }
        }
        return null;
    }

    private static String stripLeadingTitles(String s, List<String> titles, Lexicon lex) {
        String rest = s;
        for (boolean more = true; more; ) {
            more = false;
            Matcher t = lex.titlePattern().matcher(rest);
            if (t.lookingAt() && t.end() < rest.length()) {
                titles.add(lex.canonicalTitle(t.group()));
                rest = rest.substring(t.end()).replaceFirst("^兼", "").strip();
                more = true;
            } else {
                Matcher cohort = Pattern.compile("^(?:19|20)\\d{2}\\s*级").matcher(rest);
                if (cohort.lookingAt()) {
                    rest = rest.substring(cohort.end()).strip();
                    more = true;
                }
            }
        }
        return rest;
    }
}
