package kg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people a document names.
 *
 * <p>Names are placed by the genre's cues: a role word before or after the name (博士生林晓雨, 周明副教授), a
 * group word after it (孙伟课题组), an authorship or award phrase (为论文第一作者, 荣获), and lists that one
 * named member makes a list of names (从左至右分别是 …, 合作者包括 …, 赵磊、钱敏、孙洁、吴涛研究员). HanLP's
 * name recogniser settles where a name ends when it saw one there, and adds names the cues miss when the
 * context reads as a person's (not 蒙民伟科技大楼, not 习近平新时代…).
 */
final class NameFinder {
    private static final Pattern GROUP_CUE = Pattern.compile("联合(?:研究)?团队|课题组|研究团队|团队|研究组|实验室团队");
    private static final Pattern ROLE_CUE = Pattern.compile(
            "为(?:该|本)?(?:论文|文章|本文)?(?:的)?(?:共同)?(?:第一|通讯|通信|共同)作者"
                    + "|作(?:为)?主讲人|(?:等)?共同完成|(?:荣获|获评|获得|获|入选|当选)|一作|以第一完成人|一行|（[左右][一二三四五六七八九]）");
    /** Words that follow a role word without being a name (包括 starts with the surname 包). */
    private static final Pattern LEAD_WORDS = Pattern.compile("包括|分别|其中|以及|还有|均为|共有|[和与及的在是为对从向由以并或且]");
    /** What people do in news text; a name HanLP recognised before one of these is a person's. */
    private static final Pattern PERSON_VERB = Pattern.compile(
            "表示|指出|强调|介绍|认为|说|发言|致辞|主持|讲话|汇报|分享|出席|参加|作报告|作了|带领|率团|总结|希望|感谢");
    private static final Pattern LIST_HEAD = Pattern.compile(
            "(?:从左至右|从左到右)[^。]{0,8}?(?:分别是|分别为|依次为|依次是|为|是)"
                    + "|(?:合作者|共同作者|作者|评审专家|专家|嘉宾|成员|获奖者)(?:还)?(?:包括|有|为|是)");
    /** 编辑：张三 审核：李四 — the byline of a web article names its people. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:撰稿|供稿|编辑|审核|审稿|摄影|图片|图文|文字|责编|责任编辑|通讯员|作者|文|图)\\s*[:：]\\s*");
    private static final Pattern ORG_TAIL = Pattern.compile(
            ".*(?:大学|学院|研究院|研究所|科学院|实验室|中心|公司|集团|医院|学部|部|局|处|司|系|所|院|组|平台|学校)(?:（[^）]{1,12}）)?(?:的)?");
    private static final String GLUE_PREV = "，,；;：:、（(“\"。 ";

    private final Lexicon lex;
    private final Tagger tagger;

    NameFinder(Lexicon lex, Tagger tagger) {
        this.lex = lex;
        this.tagger = tagger;
    }

    /** The names of the people in these sentences, in order of first appearance. */
    Set<String> find(List<String> sentences) {
        Map<String, Integer> strong = new HashMap<>();
        Set<String> order = new LinkedHashSet<>();
        Set<String> guessedEnd = new LinkedHashSet<>();
        for (String s : sentences) {
            List<Tagger.Token> tokens = tagger.tag(s);
            List<String> found = new ArrayList<>();
            byTitles(s, tokens, found, guessedEnd);
            byCues(s, tokens, found);
            byLists(s, found);
            foreign(s, found);
            for (String n : found) {
                strong.merge(n, 1, Integer::sum);
                order.add(n);
            }
            byListMembers(s, found, order, strong);
        }
        Set<String> accepted = new LinkedHashSet<>(order);
        // 高峰主 read after 系主任 is 高峰 once 高峰 is known
        accepted.removeIf(n -> guessedEnd.contains(n) && n.length() == 3 && accepted.contains(n.substring(0, 2)));
        // 刘思 is 刘思琪 when it never appears without 琪
        String text = String.join("\n", sentences);
        accepted.removeIf(n -> accepted.stream().anyMatch(o -> o.length() == n.length() + 1 && o.startsWith(n)
                && !text.replace(o, "").contains(n)));
        // a reference's authors (Hanchen Yang, …) are people, unless the pinyin of a Chinese name spells them
        for (String s : sentences) {
            Citation c = Citation.in(s);
            if (c != null) {
                c.authors().stream().filter(a -> Citation.chineseFor(a, accepted) == null).forEach(accepted::add);
            }
        }
        return accepted;
    }

    private void byTitles(String s, List<Tagger.Token> tokens, List<String> found, Set<String> guessedEnd) {
        Matcher m = lex.titlePattern().matcher(s);
        while (m.find()) {
            String before = nameBefore(s, m.start(), tokens, true);
            String endsIn = nameEndingInZai(s, m);
            if (endsIn != null) {
                found.add(endsIn);
            } else if (before != null) {
                found.add(before);
            }
            boolean standsBefore = m.start() == 0 || NameForms.PRE_TITLE_PREV.indexOf(s.charAt(m.start() - 1)) >= 0;
            boolean plural = m.end() < s.length() && s.charAt(m.end()) == '们';
            if (plural) {
                continue;
            }
            if (standsBefore && !m.group().equals("同学")) {
                String after = nameAfter(s, m.end(), tokens, guessedEnd);
                if (after != null) {
                    found.add(after);
                }
            }
        }
    }

    /**
     * 王某在研究员团队: a name may end in 在 — when a role word follows and then a group word or the clause's
     * end, 在 is no preposition (X在教授指导下 keeps 在 out of the name).
     */
    private String nameEndingInZai(String s, Matcher title) {
        int b = title.start();
        if (b < 3 || s.charAt(b - 1) != '在') {
            return null;
        }
        String c3 = s.substring(b - 3, b);
        boolean closes = s.substring(title.end()).matches("(?s)^(?:研究团队|课题组|团队|[，,、为]).*");
        return closes && NameForms.isHan(c3) && lex.surnameLength(c3) == 1
                && (b == 3 || NameForms.PRE_TITLE_PREV.indexOf(s.charAt(b - 4)) >= 0) ? c3 : null;
    }

    private void byCues(String s, List<Tagger.Token> tokens, List<String> found) {
        for (Pattern cue : List.of(GROUP_CUE, ROLE_CUE, PERSON_VERB)) {
            Matcher m = cue.matcher(s);
            while (m.find()) {
                String before = cue == PERSON_VERB ? taggedNameBefore(s, m.start(), tokens) : nameBefore(s, m.start(), tokens, true);
                if (before != null && (cue == GROUP_CUE || startsClause(s, m.start() - before.length())
                        || cue == ROLE_CUE && joinedToFound(s, m.start() - before.length(), found))) {
                    found.add(before);
                }
            }
        }
    }

    /** 蒋某和王某为共同第一作者: the name after 和/与/及/、 joins a name already found right before it. */
    private static boolean joinedToFound(String s, int at, List<String> found) {
        if (at < 1 || "和与及、".indexOf(s.charAt(at - 1)) < 0) {
            return false;
        }
        String head = s.substring(0, at - 1);
        return found.stream().anyMatch(head::endsWith);
    }

    /** A subject stands at the start of a clause, or right after an affiliation or role word. */
    private boolean startsClause(String s, int at) {
        if (at <= 0 || GLUE_PREV.indexOf(s.charAt(at - 1)) >= 0) {
            return true;
        }
        String head = s.substring(0, at);
        Matcher t = lex.titlePattern().matcher(head);
        boolean titleEnds = false;
        while (t.find()) {
            titleEnds = t.end() == at;
        }
        return titleEnds || ORG_TAIL.matcher(head).matches();
    }

    /** After 从左至右分别是 / 合作者包括 / 编辑： …: each element of the list is a person. */
    private void byLists(String s, List<String> found) {
        Matcher byline = BYLINE.matcher(s);
        List<int[]> labels = new ArrayList<>();
        while (byline.find()) {
            labels.add(new int[] {byline.start(), byline.end()});
        }
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : s.length();
            for (String element : s.substring(labels.get(i)[1], end).split("[\\s、，,/。;；]+")) {
                if (NameForms.isChineseName(element, lex) && !Tagger.isCommonWord(element)) {
                    found.add(element);
                }
            }
        }
        Matcher m = LIST_HEAD.matcher(s);
        while (m.find()) {
            int end = s.indexOf('。', m.end());
            String list = s.substring(m.end(), end < 0 ? s.length() : end);
            for (String element : ListElements.split(list)) {
                String name = ListElements.personIn(element, lex);
                if (name != null) {
                    found.add(name);
                }
            }
        }
    }

    /** In a 、-list where one element is a known name, the others that look like names are names too. */
    private void byListMembers(String s, List<String> found, Set<String> order, Map<String, Integer> strong) {
        if (found.isEmpty() || s.indexOf('、') < 0) {
            return;
        }
        for (String clause : s.split("[，,；;。：:]")) {
            List<String> elements = ListElements.split(clause);
            if (elements.size() < 2) {
                continue;
            }
            boolean anchored = elements.stream().anyMatch(e -> found.stream().anyMatch(e::contains));
            if (!anchored) {
                continue;
            }
            for (String e : elements) {
                String name = ListElements.personIn(e, lex);
                if (name != null && !Tagger.isCommonWord(name)) {
                    strong.merge(name, 1, Integer::sum);
                    order.add(name);
                }
            }
        }
    }

    private static void foreign(String s, List<String> found) {
        Matcher latin = NameForms.latinName().matcher(s);
        while (latin.find()) {
            String rest = s.substring(latin.end()).stripLeading();
            String head = s.substring(0, latin.start()).stripTrailing();
            boolean titled = rest.matches("^(?:教授|研究员|博士|副教授|助理教授|院士|先生|女士|讲师|博士后|研究助理).*")
                    || head.matches(".*(?:Prof\\.|Dr\\.|教授|研究员|博士)$");
            if (titled) {
                found.add(latin.group());
            }
        }
        Matcher dotted = NameForms.dottedName().matcher(s);
        while (dotted.find()) {
            String name = NameForms.trimDotted(dotted.group());
            if (name == null) {
                continue;
            }
            int start = s.indexOf(name, dotted.start());
            int before = start - 1;
            boolean quoted = before >= 0 && "“‘\"《".indexOf(s.charAt(before)) >= 0;
            String rest = s.substring(start + name.length());
            if (!quoted && !rest.matches("^(?:计划|项目|奖|论坛|基金|工程|大楼|楼|路|”).*")) {
                found.add(name);
            }
        }
    }

    private String taggedNameBefore(String s, int b, List<Tagger.Token> tokens) {
        for (Tagger.Token t : tokens) {
            boolean counted = t.start() > 0 && "0123456789十百千万几两数 ".indexOf(s.charAt(t.start() - 1)) >= 0;
            if (t.end() == b && t.personName() && !counted && NameForms.isName(t.word(), lex)
                    && !Tagger.isCommonWord(t.word()) && !gluedToPrevious(s, t.start())) {
                return t.word();
            }
        }
        return null;
    }

    /** The name that ends where a cue begins, or null. */
    private String nameBefore(String s, int b, List<Tagger.Token> tokens, boolean rejectCommonWords) {
        for (Tagger.Token t : tokens) {
            if (t.end() == b && t.personName() && NameForms.isName(t.word(), lex) && !gluedToPrevious(s, t.start())) {
                return widened(s, t);
            }
        }
        if (b >= 2 && Character.isLetter(s.charAt(b - 1)) && s.charAt(b - 1) < 0x250) {
            return null; // Latin names are found by their own pattern
        }
        String c4 = b >= 4 ? s.substring(b - 4, b) : null;
        if (c4 != null && NameForms.isHan(c4) && lex.surnameLength(c4) == 2) {
            return c4;
        }
        String c3 = b >= 3 ? s.substring(b - 3, b) : null;
        String c2 = b >= 2 ? s.substring(b - 2, b) : null;
        boolean three = c3 != null && NameForms.isChineseName(c3, lex) && NameForms.NAME_PREV_STOP.indexOf(c3.charAt(0)) < 0;
        boolean two = c2 != null && NameForms.isChineseName(c2, lex);
        three = three && !gluedToPrevious(s, b - 3);
        two = two && !gluedToPrevious(s, b - 2);
        if (three && two) {
            // a name starts right after a boundary (，、 an affiliation); otherwise trust a common surname
            boolean boundary = b == 3 || NameForms.PRE_TITLE_PREV.indexOf(s.charAt(b - 4)) >= 0;
            boolean preferThree = boundary || lex.isCommonSurname(c3.charAt(0));
            if (!preferThree) {
                return rejectCommonWords && Tagger.isCommonWord(c2) ? null : c2;
            }
            // a three-character reading that is a dictionary word leaves the last two characters as the name
            return !rejectCommonWords || !Tagger.isCommonWord(c3) ? c3 : Tagger.isCommonWord(c2) ? null : c2;
        }
        String pick = three ? c3 : two ? c2 : null;
        if (pick != null && (rejectCommonWords && Tagger.isCommonWord(pick) || counted(s, b - pick.length()))) {
            return null;
        }
        return pick;
    }

    /** 10余名教师: what follows a number counts people, it does not name one. */
    private static boolean counted(String s, int p) {
        return p > 0 && "0123456789十百千几数两多 ".indexOf(s.charAt(p - 1)) >= 0;
    }

    /**
     * Does the character before position p make a word with what follows (清华, 各位, 法兰西), so no name
     * starts at p?
     */
    private static boolean gluedToPrevious(String s, int p) {
        if (p < 1 || !NameForms.isHan(s.substring(p - 1, p + 1))) {
            return false;
        }
        for (int len = 2; len <= 4 && p - 1 + len <= s.length(); len++) {
            if (Tagger.isCommonWord(s.substring(p - 1, p - 1 + len))) {
                return true;
            }
        }
        return false;
    }

    /**
     * HanLP sometimes reads a surname as a word of its own (何 'what' in 系何文涛): a two-character name right
     * after an affiliation, with a common surname before it, is the three-character name.
     */
    private String widened(String s, Tagger.Token t) {
        int p = t.start() - 1;
        if (t.word().length() == 2 && p >= 1 && lex.isCommonSurname(s.charAt(p))
                && NameForms.PRE_TITLE_PREV.indexOf(s.charAt(p - 1)) >= 0
                && NameForms.isChineseName(s.substring(p, t.end()), lex)) {
            return s.substring(p, t.end());
        }
        return t.word();
    }

    /** The name that starts where a role word ends, or null. */
    private String nameAfter(String s, int a, List<Tagger.Token> tokens, Set<String> guessedEnd) {
        for (int i = 0; i < tokens.size(); i++) {
            Tagger.Token t = tokens.get(i);
            if (t.start() == a && t.personName()) {
                String w = t.word();
                Tagger.Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                // HanLP cuts some given names short (王景/萌): a lone character after a two-character name
                if (w.length() == 2 && next != null && next.word().length() == 1 && NameForms.isHan(next.word())
                        && NameForms.NAME_END_STOP.indexOf(next.word().charAt(0)) < 0) {
                    w = w + next.word();
                }
                if (w.length() == 3 && NameForms.NAME_END_STOP.indexOf(w.charAt(2)) >= 0) {
                    w = w.substring(0, 2);
                }
                if (NameForms.isName(w, lex)) {
                    return w;
                }
            }
        }
        String c4 = a + 4 <= s.length() ? s.substring(a, a + 4) : null;
        if (c4 != null && NameForms.isHan(c4) && lex.surnameLength(c4) == 2
                && NameForms.NAME_END_STOP.indexOf(c4.charAt(3)) < 0) {
            return c4;
        }
        Matcher leadIn = LEAD_WORDS.matcher(s).region(a, s.length());
        if (leadIn.lookingAt()) {
            return null; // 课题负责人包括…, 教授和德国…: a word of the sentence, not a surname
        }
        String c3 = a + 3 <= s.length() ? s.substring(a, a + 3) : null;
        String c2 = a + 2 <= s.length() ? s.substring(a, a + 2) : null;
        if (c3 != null && NameForms.isChineseName(c3, lex) && NameForms.NAME_END_STOP.indexOf(c3.charAt(2)) < 0) {
            guessedEnd.add(c3);
            return c3;
        }
        return c2 != null && NameForms.isChineseName(c2, lex) ? c2 : null;
    }
}
