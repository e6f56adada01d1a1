package kg.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** What a person's name can look like in the genre, and the characters around one that help place it. */
final class NameForms {
    /** Characters after which a role word stands before a name (so it is not itself after one). */
    static final String PRE_TITLE_PREV = "学院系所部局处心司室组会级站厂校馆的和及与兼了班科队团是、，,；;：:（(“ 0123456789";
    /** Characters that end a three-character reading after a title: they begin the next word, not a name. */
    static final String NAME_END_STOP = "为和与及等在作是的了对将从获荣入以主向分参出表指强介说带讲进发研教副率领一同各共也都还就被把给所任";
    /** Characters that cannot start a three-character reading before a role word: function words. */
    static final String NAME_PREV_STOP = "为和与及等在作是的了对将从由以向被把给请邀即如若同共各于中上下来都成平国文时";
    /** A name does not end like an organisation (工程系, 姚班) or on a particle (解答了). */
    private static final String ORG_LAST = "系院所部局处司组班校厅委室站馆会楼了的们着过地得是在和与及为";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern LATIN_NAME = Pattern.compile("(?=\\p{IsLatin})\\p{Lu}[\\p{IsLatin}'\\-]+(?: (?:\\p{Lu}\\.|(?=\\p{IsLatin})\\p{Lu}[\\p{IsLatin}'\\-]+)){1,3}");
    private static final Pattern DOTTED_NAME = Pattern.compile("\\p{IsHan}{1,6}(?:[·•・‧]\\p{IsHan}{1,8}){1,3}");
    private static final String DOTS = "·•・‧";
    /** Characters Chinese uses to transliterate foreign names (乔纳森·怀特); a dotted name is made of these. */
    private static final String TRANSLITERATION = "阿埃艾爱安奥巴贝本比彼宾波伯布查达戴丹德迪蒂杜多厄恩法菲费芬弗福盖甘戈格古"
            + "哈汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克库拉莱兰朗劳勒雷蕾里利莉林琳隆卢鲁路伦罗洛马玛迈麦曼梅门米敏明莫默"
            + "姆穆纳娜奈南内尼妮努诺欧帕派潘佩皮珀普奇齐乔切琼丘萨塞赛桑瑟森沙莎尚舍施斯松苏索塔泰坦汤唐特提汀图托瓦威韦维温沃"
            + "乌西希谢辛休雅亚扬耶伊因英尤于约泽扎詹珍朱卓兹佐尔夫茨丽娅黛薇露怀赖瑞丝杰蒙諾霍顿埃尔";
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
        return s != null && DOTTED_NAME.matcher(s).matches()
                && s.codePoints().allMatch(c -> DOTS.indexOf(c) >= 0 || TRANSLITERATION.indexOf(c) >= 0);
    }

    /** The transliterated name inside a run of Han characters around a middle dot, or null. */
    static String trimDotted(String run) {
        int dot = firstDot(run);
        int s = dot - 1;
        while (s >= 0 && TRANSLITERATION.indexOf(run.charAt(s)) >= 0) {
            s--;
        }
        int e = dot + 1;
        while (e < run.length() && (TRANSLITERATION.indexOf(run.charAt(e)) >= 0 || DOTS.indexOf(run.charAt(e)) >= 0)) {
            e++;
        }
        String name = run.substring(s + 1, e);
        return isDottedName(name) ? name : null;
    }

    private static int firstDot(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (DOTS.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
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
