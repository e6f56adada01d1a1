package kg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the text writes a unit's name: where it ends, of what kind it is, which part of a longer name it is. */
final class UnitNames {
    /** How an organisation's name ends, longest first. */
    private static final String SUFFIX = "(?:大学(?:\\([^)]{1,8}\\))?|学校|学院|研究院|科学院|研究所|实验室|研究中心|中心|学系|系|所|院|局)";
    static final Pattern ORG_RUN = Pattern.compile("[\\p{IsHan}()]{2,40}");
    /** A unit's ending, not the role word it begins (院士, 所长, 系主任). */
    static final Pattern ORG_END = Pattern.compile(SUFFIX + "(?!士|长|主任|副)");
    static final Pattern ACADEMY = Pattern.compile("^(?:中国科学院|中国工程院|中国社会科学院|中科院)$");

    private UnitNames() {
    }

    /** The leading part of an org that is a unit of the kind: 海岳大学 of 海岳大学海洋科学学院 for 校. */
    static String partOfKind(String org, String kind) {
        Matcher end = ORG_END.matcher(org);
        String best = null;
        while (end.find()) {
            String head = org.substring(0, end.end());
            if (kind.equals(kindOf(head)) && head.length() >= 3 && !ACADEMY.matcher(head).matches()) {
                best = kind.equals("校") && best != null ? best : head;
            }
        }
        return best;
    }

    static String kindOf(String org) {
        String o = org.replaceAll("\\([^)]*\\)$", "");
        if (o.endsWith("大学") || o.endsWith("学校")) {
            return "校";
        }
        if (o.endsWith("实验室")) {
            return "实验室";
        }
        if (o.endsWith("中心")) {
            return "中心";
        }
        if (o.endsWith("系")) {
            return "系";
        }
        if (o.endsWith("所")) {
            return "所";
        }
        if (o.endsWith("局")) {
            return "局";
        }
        return o.endsWith("院") ? "院" : null;
    }

    /** The organisation a phrase opens with (up to its last unit ending in one run of characters), or null. */
    static String orgAtStart(String phrase) {
        String p = phrase.strip().replace('（', '(').replace('）', ')');
        Matcher run = ORG_RUN.matcher(p);
        if (!run.lookingAt()) {
            return null;
        }
        Matcher end = ORG_END.matcher(p);
        end.region(0, run.end());
        int last = -1;
        while (end.find()) {
            last = end.end();
        }
        return last >= 3 ? p.substring(0, last) : null;
    }

    /** The organisation a phrase ends with, or null. */
    static String orgAtEnd(String phrase) {
        String p = phrase.strip().replace('（', '(').replace('）', ')');
        String org = MentionReader.orgIn(p);
        return org != null && kindOf(org) != null && org.length() >= 3 && !org.matches("^(?:我|本).*") ? org : null;
    }
}
