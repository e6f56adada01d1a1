package kg.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** What a person's name can look like in the genre, and the characters around one that help place it. */
final class NameForms {
    /** Characters after which a role word stands before a name (so it is not itself after one). */
    static final String PRE_TITLE_PREV = "学院系所部局处心司室组会级站厂校馆的和及与兼了班科队团是、，,；;：:（(“ 0123456789";
    /** Characters that end a three-character reading after a title: they begin the next word, not a name. */
    static final String NAME_END_STOP = "为和与及等在作是的了对将从获荣入以主向分参出表指强介说带讲进发研教副率领一同各共也都还就被把给所";
    /** Characters that cannot start a three-character reading before a role word: function words. */
    static final String NAME_PREV_STOP = "为和与及等在作是的了对将从由以向被把给请邀即如若同共各于中上下来都成平国文时";
    /** A name does not end like an organisation (工程系, 姚班) or on a particle (解答了). */
    private static final String ORG_LAST = "系院所部局处司组班校厅委室站馆会楼了的们着过地得是在和与及为";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][a-zA-Z'\\-]+(?: (?:[A-Z]\\.|[A-Z][a-zA-Z'\\-]+)){1,3}");
    private static final Pattern DOTTED_NAME = Pattern.compile("\\p{IsHan}{1,6}(?:[·•・‧]\\p{IsHan}{1,8}){1,3}");
    private static final Set<String> NOT_NAMES = Set.of("同学", "老师", "教师", "大家", "本次", "全体", "全系", "各位",
            "成员", "专家", "双方", "会议", "项目", "课题", "团队", "学生", "嘉宾", "师生", "代表", "领导", "作者", "研究");

    private NameForms() {
    }

    static boolean isHan(String s) {
        return HAN.matcher(s).matches();
    }

    static boolean isChineseName(String s, Lexicon lex) {
        if (s == null || s.length() < 2 || s.length() > 4 || !isHan(s) || NOT_NAMES.contains(s)) {
            return false;
        }
        int surname = lex.surnameLength(s);
        return surname > 0 && (s.length() < 4 || surname == 2)
                && ORG_LAST.indexOf(s.charAt(s.length() - 1)) < 0
                && !lex.titlePattern().matcher(s).find();
    }

    static boolean isLatinName(String s) {
        return s != null && LATIN_NAME.matcher(s).matches();
    }

    static boolean isDottedName(String s) {
        return s != null && DOTTED_NAME.matcher(s).matches();
    }

    static boolean isName(String s, Lexicon lex) {
        return isChineseName(s, lex) || isLatinName(s) || isDottedName(s);
    }

    static Pattern latinName() {
        return LATIN_NAME;
    }

    static Pattern dottedName() {
        return DOTTED_NAME;
    }
}
