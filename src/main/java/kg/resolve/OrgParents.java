package kg.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation a canonical name is a part of, read from how such names are written. A Chinese name is its
 * institution's name followed by its own (香港某某大学 + 计算机系, 中国科学院 + 某某研究所 + 某某重点实验室): the
 * parent is the longest leading part that ends in a word institutions end in. An English one puts the
 * institution after a comma ("School of X, Y University"). Only the genre's words, no institution's name.
 */
final class OrgParents {
    /**
     * The words a Chinese institution or unit ends in, longest first where one ends another (科学院 before 院); a
     * university's campus in parentheses stays with it (某某大学(武汉)). Not a word that goes on: 院士, 所长, 系统,
     * 处理, 部门, 委员 …; nor 部 of a direction (西部).
     */
    static final Pattern ENDING = Pattern.compile(
            "(?:大学(?:\\([^()]{1,12}\\))?|学院|研究院|科学院|工程院|研究所|实验室|中心|委员会|学社|学会|协会|基金会"
                    + "|公司|集团|学部|(?<![东西南北中内外全局])部|所|院|系|局|司|厅|处|委)"
                    + "(?![士长统列理属有在门员(]|主任)");
    /** An English unit that names its institution after a comma. */
    private static final Pattern EN_UNIT = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:state\\s+)?key\\s+)?"
            + "(?:department|school|college|faculty|institute|laborator(?:y|ies)|lab|cent(?:er|re)|division"
            + "|graduate\\s+school|program(?:me)?|section|office)\\b");
    /** A word an English institution's name has. */
    static final Pattern EN_INSTITUTION = Pattern.compile("(?i)\\b(?:university|academy|institute|college|school"
            + "|laborator(?:y|ies)|cent(?:er|re)|administration|bureau|ministry|agency|survey|observatory"
            + "|foundation|council|corporation|company|museum|hospital|service|organi[sz]ation|commission)\\b");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private OrgParents() {
    }

    /** The parent's name as a leading part (or the tail) of {@code name}, or null when it names none. */
    static String of(String name) {
        return HAN.matcher(name).find() ? chinese(name) : english(name);
    }

    /**
     * The longest leading part that ends in an institution's word, of three characters at least, followed by a
     * part of its own of two at least that goes on in words (清华大学 of 清华大学电机系; not 某某重点实验室 of
     * 某某重点实验室处, where 处 alone names nothing; not 甲大学 of 甲大学-乙公司, two institutions).
     */
    private static String chinese(String name) {
        Matcher end = ENDING.matcher(name);
        String best = null;
        while (end.find()) {
            String head = name.substring(0, end.end());
            String rest = name.substring(end.end());
            if (head.codePointCount(0, head.length()) >= 3 && rest.codePointCount(0, rest.length()) >= 2
                    && Character.isLetterOrDigit(rest.codePointAt(0))) {
                best = head;
            }
        }
        return best;
    }

    /** "Department of X, Y University" → "Y University"; chains keep the rest ("Lab, Institute, Academy"). */
    private static String english(String name) {
        int comma = name.indexOf(',');
        if (comma < 0 || !EN_UNIT.matcher(name.substring(0, comma).strip()).find()) {
            return null;
        }
        String rest = name.substring(comma + 1).strip();
        String first = rest.split(",", 2)[0];
        return EN_INSTITUTION.matcher(first).find() ? rest : null;
    }

    /** Where the part of its own begins: after the parent's name, or 0 when it has none. */
    static int ownPartStart(String name) {
        String parent = of(name);
        return parent == null || !name.startsWith(parent) ? 0 : parent.length();
    }
}
