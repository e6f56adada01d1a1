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
    private static final Pattern GROUP_CUE = Pattern.compile("联合(?:研究)?团队|课题组|(?:联合|科研|创新|研究|实验室)?团队|研究组");
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
                    + "|(?:合作者|共同作者|作者|评审专家|专家|嘉宾|成员|获奖者)(?:还)?(?:包括|有|为|是)"
                    // an achievement's completers and a project's people are printed as bare names
                    + "|(?:主要完成人|完成人|获奖人|项目组成员|项目骨干|骨干成员)(?:(?:还)?(?:包括|有|为|是|分别为|依次为)[：:]?|[：:])");
    /** 编辑：张三 审核：李四 — the byline of a web article names its people. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:撰稿|供稿|网站编辑|编辑|审核|审稿|摄影|摄像|图片|图文|文字|责编|责任编辑|通讯员|编译者|编译|记者|校对|作者|文|图"
                    + "|(?<label>来源|发布时间|发表时间|发布日期|点击|浏览量|浏览次数|阅读))\\s*[:：]\\s*");
    /** ● 张三  李四: a line of names alone under a web article's headline, its authors. */
    private static final Pattern BULLET_NAMES = Pattern.compile("^[●•■◆▪]\\s*(\\p{IsHan}{2,4}(?:\\s+\\p{IsHan}{2,4}){0,5})\\s*$");
    private static final Pattern ORG_TAIL = Pattern.compile(
            ".*(?:大学|学院|研究院|研究所|科学院|实验室|中心|公司|集团|医院|学部|部|局|处|司|系|所|院|组|平台|学校)(?:（[^）]{1,12}）)?(?:的)?");
    private static final String GLUE_PREV = "，,；;：:、（(“\"。 ";

    private final Lexicon lex;
    private final Tagger tagger;
    private final EnglishNames english;

    NameFinder(Lexicon lex, Tagger tagger) {
        this.lex = lex;
        this.tagger = tagger;
        this.english = new EnglishNames(new PinyinForms(lex));
    }

    /** The names of the people in these sentences, in order of first appearance. */
    Set<String> find(List<String> sentences) {
        Map<String, Integer> strong = new HashMap<>();
        Set<String> order = new LinkedHashSet<>();
        Set<String> guessedEnd = new LinkedHashSet<>();
        for (String s : sentences) {
            if (EnglishSentences.isEnglish(s)) {
                // a sentence in English has its own cues (Prof. …, …, deputy director of …)
                for (String n : english.find(s)) {
                    strong.merge(n, 1, Integer::sum);
                    order.add(n);
                }
                continue;
            }
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
        // 向张三 (在此向张三表示祝贺) is 张三 once 张三 is known: a function word before a name is no surname
        accepted.removeIf(n -> n.length() == 3 && NameForms.NAME_PREV_STOP.indexOf(n.charAt(0)) >= 0
                && accepted.contains(n.substring(1)));
        // 刘思 is 刘思琪 when it never appears without 琪
        String text = String.join("\n", sentences);
        accepted.removeIf(n -> accepted.stream().anyMatch(o -> o.length() == n.length() + 1 && o.startsWith(n)
                && !text.replace(o, "").contains(n)));
        // a reference's authors (Lena Fischer, …) are people, unless the pinyin of a Chinese name spells them
        for (String s : sentences) {
            Citation c = Citation.in(s);
            if (c != null) {
                c.authors().stream().filter(a -> Citation.chineseFor(a, accepted) == null).forEach(accepted::add);
            }
        }
        EnglishNames.dropShortForms(accepted);
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
            char prev = m.start() == 0 ? ' ' : s.charAt(m.start() - 1);
            // LMRP主任…: an acronym of a unit ends where a role word begins, as a unit's name does
            boolean standsBefore = NameForms.PRE_TITLE_PREV.indexOf(prev) >= 0 || endsWithAcronym(s, m.start());
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

    private static final Pattern ACRONYM_END = Pattern.compile("(?<![A-Za-z])[A-Z]{2,10}$");

    /** LMRP主任: capitals alone (not a name's Smith) are a unit's acronym. */
    private static boolean endsWithAcronym(String s, int at) {
        return ACRONYM_END.matcher(s.substring(Math.max(0, at - 11), at)).find();
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
            labels.add(new int[] {byline.start(), byline.end(), byline.group("label") != null ? 1 : 0});
        }
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : s.length();
            if (labels.get(i)[2] == 1) {
                continue; // 来源：… 浏览量：… name no one
            }
            for (String element : s.substring(labels.get(i)[1], end).split("[\\s、，,/。;；【】\\[\\]「」|｜]+")) {
                if (NameForms.isChineseName(element, lex) && !Tagger.isCommonWord(element)) {
                    found.add(element);
                }
            }
        }
        Matcher bullet = BULLET_NAMES.matcher(s);
        if (bullet.matches()) {
            for (String element : bullet.group(1).split("\\s+")) {
                if (NameForms.isChineseName(element, lex) && !Tagger.isCommonWord(element)) {
                    found.add(element);
                }
            }
        }
        for (String clause : s.split("[，,；;。：:]")) {
            agents(clause, found);
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

    /**
     * 周立群、孔德明、端木思远教授分别主持 / …等相继汇报 / …等参与了观测: a list whose members each do the same
     * (分别, 相继, 先后, 依次, 等 and a verb of taking part) is a list of people when every element reads as a name.
     */
    private void agents(String clause, List<String> found) {
        Matcher m = EACH_DOES.matcher(clause);
        if (!m.find()) {
            return;
        }
        String list = clause.substring(0, m.start()).replaceFirst("^.*[由请]", "").replaceFirst("等(?:人|专家|老师|同学)?$", "");
        String[] elements = list.split("[、/和及与]");
        if (elements.length < 2) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (String e : elements) {
            String name = ListElements.personIn(e, lex);
            if (name == null || Tagger.isCommonWord(name)) {
                return;
            }
            names.add(name);
        }
        found.addAll(names);
    }

    private static final Pattern EACH_DOES = Pattern.compile(
            "(?:分别|相继|先后|依次)(?:主持|汇报|发言|致辞|介绍|报告|讲话|分享|作)"
                    + "|等人?(?:共同)?(?:参与|参加|出席|汇报|发言|作报告|做报告)");

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

    /** Role words of delegations and guests that stand before a foreign name (高级官员Anna Berger). */
    private static final Pattern FOREIGN_ROLE_BEFORE = Pattern.compile(".*(?:官员|代表|学者|专家|大使|总裁|主席|首席执行官|负责人)$");
    /** What a foreign name heads in Chinese text (… 率领代表团, … 一行). */
    private static final Pattern FOREIGN_ACTS = Pattern.compile("^(?:率领|率团|一行|等人|表示|指出|介绍|致辞|发言|作报告|作了).*");

    private void foreign(String s, List<String> found) {
        Matcher latin = NameForms.latinName().matcher(s);
        while (latin.find()) {
            String rest = s.substring(latin.end()).stripLeading();
            String head = s.substring(0, latin.start()).stripTrailing();
            Matcher role = lex.titlePattern().matcher(head);
            boolean roleEnds = false;
            while (role.find()) {
                roleEnds = role.end() == head.length();
            }
            boolean titled = rest.matches("^(?:教授|研究员|博士|副教授|助理教授|院士|先生|女士|讲师|博士后|研究助理).*")
                    || head.matches(".*(?:Prof\\.|Dr\\.)$")
                    // 北欧科学院院长Peter J. Holm率领…: a Chinese role word right before the name
                    || NameForms.isHan(head.isEmpty() ? "" : head.substring(head.length() - 1))
                    && (roleEnds || FOREIGN_ROLE_BEFORE.matcher(head).matches() || FOREIGN_ACTS.matcher(rest).matches());
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
                return invites(s, t.start()) && NameForms.isName(t.word().substring(1), lex) ? t.word().substring(1) : widened(s, t);
            }
        }
        if (b >= 2 && Character.isLetter(s.charAt(b - 1)) && s.charAt(b - 1) < 0x250) {
            return null; // Latin names are found by their own pattern
        }
        String c4 = b >= 4 ? s.substring(b - 4, b) : null;
        // 所长孙…: the first character of a two-character surname may close a role word instead
        if (c4 != null && NameForms.isHan(c4) && lex.surnameLength(c4) == 2 && !titleEndsAt(s, b - 3)) {
            return c4;
        }
        String c3 = b >= 3 ? s.substring(b - 3, b) : null;
        String c2 = b >= 2 ? s.substring(b - 2, b) : null;
        boolean three = c3 != null && NameForms.isChineseName(c3, lex) && NameForms.NAME_PREV_STOP.indexOf(c3.charAt(0)) < 0;
        boolean two = c2 != null && NameForms.isChineseName(c2, lex);
        three = three && !gluedToPrevious(s, b - 3) && !invites(s, b - 3);
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
        // 李国在研究员: 在 right before a role word is no preposition, it ends the name
        if (!three && c3 != null && c3.charAt(2) == '在' && NameForms.isChineseName(c3.substring(0, 2), lex)
                && !gluedToPrevious(s, b - 3) && NameForms.NAME_PREV_STOP.indexOf(c3.charAt(0)) < 0) {
            return c3;
        }
        String pick = three ? c3 : two ? c2 : null;
        if (pick != null && (rejectCommonWords && Tagger.isCommonWord(pick) || counted(s, b - pick.length()))) {
            return null;
        }
        return pick;
    }

    /** A list mark or a role word right after a reading closes it: 周建发、… is 周建发, not 周建 before 发. */
    private boolean closed(String s, int p) {
        return p < s.length() && ("、，,；;（(".indexOf(s.charAt(p)) >= 0 || lex.titlePattern().matcher(s).region(p, s.length()).lookingAt());
    }

    /** 应李明教授邀请: 应 is "at the invitation of", not the surname of 应李明. */
    private static boolean invites(String s, int p) {
        return s.charAt(p) == '应' && INVITED.matcher(s).region(p + 1, s.length()).lookingAt();
    }

    private static final Pattern INVITED = Pattern.compile("[^，。,；]{1,16}?(?:邀请|之邀|的邀请)");

    /** Does a role word end at position p (所长|孙…)? */
    private boolean titleEndsAt(String s, int p) {
        Matcher t = lex.titlePattern().matcher(s);
        for (int from = Math.max(0, p - 8); from < p; from++) {
            if (t.region(from, p).matches()) {
                return true;
            }
        }
        return false;
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

    /**
     * Does the character at p begin the next word rather than end a name? A particle always does (为, 和, 在 …);
     * a character that begins words (荣获, 主持, 参加) does only where it makes one with the next character.
     */
    private boolean endsOnNextWord(String s, int p) {
        char c = s.charAt(p);
        if (NameForms.NAME_END_STOP.indexOf(c) < 0) {
            return takesRole(s, p);
        }
        return NameForms.NAME_END_PARTICLES.indexOf(c) >= 0
                || p + 2 <= s.length() && Tagger.isCommonWord(s.substring(p, p + 2));
    }

    /** 穆某任专家组组长: 任 / 兼 / 担 before a role later in the clause is the verb that gives it. */
    private boolean takesRole(String s, int p) {
        if ("任兼担".indexOf(s.charAt(p)) < 0) {
            return false;
        }
        int end = p + 1;
        while (end < s.length() && "，,、；;。：:".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return lex.titlePattern().matcher(s.substring(p + 1, end)).find();
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
                if (w.length() == 3 && endsOnNextWord(s, a + 2) && !closed(s, t.end())) {
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
        if (c3 != null && NameForms.isChineseName(c3, lex)
                && (NameForms.NAME_END_STOP.indexOf(c3.charAt(2)) < 0 && !takesRole(s, a + 2) || closed(s, a + 3))) {
            guessedEnd.add(c3);
            return c3;
        }
        return c2 != null && NameForms.isChineseName(c2, lex) ? c2 : null;
    }
}
