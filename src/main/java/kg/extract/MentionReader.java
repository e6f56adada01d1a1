package kg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each mention of a known name in a sentence with what the text says around it: role words before
 * and after, the affiliation before it (inherited along a 、-list), a student's cohort, and an original name
 * or affiliation in parentheses after it.
 */
final class MentionReader {
    /** A name found at a place in a sentence. */
    record Located(String name, int start, int end) {
    }

    private static final Pattern COHORT = Pattern.compile("((?:19|20)\\d{2})\\s*级");
    private static final Pattern ORG_PHRASE = Pattern.compile(
            "(.*(?:大学|学院|研究院|研究所|科学院|实验室|中心|公司|集团|医院|学部|平台部|部|局|处|司|系|所|院|办|室|站|馆|厅|学校|分校|校区|委员会|研究组|班|书院|学堂))"
                    + "(?:（[^）]{1,12}）)?\\s*(?:的)?\\s*$");
    /**
     * What stands between a list's head (or a verb) and the affiliation of a name: cut off up to its end. Words
     * that also occur inside names of organisations (对外合作与交流中心) are cut only where a segment begins.
     */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^.*(?:合作者包括|作者包括|包括|分别是|分别为|邀请了|邀请|特邀专家|特邀|以及|与会|依托单位|承担单位|项目组成员|骨干成员|完成人|负责人|授予|、|由|为|是)|^\\s*(?:有|在|对|向|和|及|与|应|经|据|联合(?!国))");
    /** A unit named only by its kind (支部, 党委): it places no one anywhere. */
    private static final Pattern UNNAMED_UNIT = Pattern.compile("(?:党|教工|学生|研究生)?(?:支部|党委|团委|分工会|工会|研究生会|学生会)");
    /** An academy whose membership (院士) is a title of honour. */
    private static final Pattern ACADEMY = Pattern.compile("(?:中国科学院|中国工程院|中国社会科学院|中科院|发展中国家科学院)$");
    /** The document's own unit, named by its kind (我校, 本所, 本实验室). */
    private static final Pattern OWN_UNIT = Pattern.compile("(?:我|本)(?:校|院|所|系|中心|实验室|局)");
    private static final Pattern PAREN_AFTER = Pattern.compile("^\\s*[（(]([^）)]{1,40})[）)]");
    private static final String CLAUSE_BREAKS = "，,；;。！？：:";

    private final Lexicon lex;

    MentionReader(Lexicon lex) {
        this.lex = lex;
    }

    List<Located> locate(String sentence, Set<String> names) {
        List<String> byLength = names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<Located> out = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length()];
        for (String n : byLength) {
            for (int i = sentence.indexOf(n); i >= 0; i = sentence.indexOf(n, i + 1)) {
                int end = i + n.length();
                boolean free = true;
                for (int k = i; k < end; k++) {
                    free &= !taken[k];
                }
                if (free && !insideLatinWord(sentence, i, end)) {
                    for (int k = i; k < end; k++) {
                        taken[k] = true;
                    }
                    out.add(new Located(n, i, end));
                }
            }
        }
        // 乔纳森·怀特 is 怀特 when the text comes back to him with a role word (怀特研究员)
        for (String n : byLength) {
            int dot = Math.max(Math.max(n.lastIndexOf('·'), n.lastIndexOf('•')), Math.max(n.lastIndexOf('・'), n.lastIndexOf('‧')));
            String shortForm = dot >= 0 ? n.substring(dot + 1) : "";
            for (int i = shortForm.length() < 2 ? -1 : sentence.indexOf(shortForm); i >= 0; i = sentence.indexOf(shortForm, i + 1)) {
                int end = i + shortForm.length();
                Matcher title = lex.titlePattern().matcher(sentence);
                title.region(end, sentence.length());
                if (!taken[i] && !taken[end - 1] && title.lookingAt()) {
                    out.add(new Located(n, i, end));
                }
            }
        }
        // Prof. Xia is Xia Mingjun when the text gives his full name
        for (Located l : EnglishNames.titledShortForms(sentence, names)) {
            boolean free = true;
            for (int k = l.start(); k < l.end(); k++) {
                free &= !taken[k];
            }
            if (free) {
                out.add(l);
            }
        }
        out.sort(Comparator.comparingInt(Located::start));
        return out;
    }

    private static boolean insideLatinWord(String s, int start, int end) {
        return start > 0 && Character.isLetter(s.charAt(start - 1)) && s.charAt(start - 1) < 0x250
                || end < s.length() && Character.isLetter(s.charAt(end)) && s.charAt(end) < 0x250;
    }

    List<PersonMention> read(String sentence, List<Located> located, String itemId) {
        Evidence ev = new Evidence(itemId, sentence);
        List<Draft> drafts = new ArrayList<>();
        int prevEnd = 0;
        for (Located m : located) {
            Draft d = new Draft(m);
            int clauseStart = clauseStart(sentence, m.start());
            int segStart = Math.max(prevEnd, clauseStart);
            d.listed = segStart == prevEnd && prevEnd > clauseStart
                    && sentence.substring(prevEnd, m.start()).matches("^\\s*(?:[、和及]|以及)[^，。；]*");
            d.nextGroup = !drafts.isEmpty() && prevEnd < clauseStart
                    && sentence.substring(prevEnd, clauseStart).matches("^\\s*，\\s*$");
            int preEnd = m.start();
            Matcher pre = titleEndingAt(sentence, segStart, preEnd);
            String segment;
            boolean ownDepartment = false;
            if (pre != null) {
                d.titles.add(lex.canonicalTitle(pre.group()));
                segment = sentence.substring(segStart, pre.start());
                if (pre.group().startsWith("系")) {
                    // 地理系主任: the 系 of 系主任 closes the department the segment names, when it names one
                    String before = LEAD_IN.matcher(segment.strip()).replaceFirst("").strip();
                    boolean named = before.matches(".*\\p{IsHan}{2,}$");
                    segment = named && !before.endsWith("系") ? segment.strip() + "系" : segment;
                    ownDepartment = !named;
                }
            } else {
                segment = sentence.substring(segStart, preEnd);
            }
            Matcher cohort = COHORT.matcher(segment);
            if (cohort.find()) {
                d.cohort = Integer.valueOf(cohort.group(1));
                segment = segment.substring(0, cohort.start());
            }
            segment = stripLeadingTitles(stripTrailingTitles(segment, d.titles), d.titles);
            d.org = orgIn(segment);
            Matcher academy = d.org == null ? null : ACADEMY.matcher(d.org);
            if (academy != null && academy.find() && d.titles.stream().anyMatch(t -> t.contains("院士"))) {
                d.org = honourChain(sentence, segStart, pre == null ? preEnd : pre.start(), d.titles, academy.group());
            }
            d.departmentRole = ownDepartment || segment.strip().equals("系");
            if (d.org == null && !drafts.isEmpty() && segStart == prevEnd
                    && segment.strip().matches("^(?:的)?(?:研究团队|课题组|团队|研究组)(?:的)?(?:成员)?$")) {
                Draft leader = drafts.get(drafts.size() - 1);
                d.org = leader.ownOrg();
                d.listed = false;
            }
            int after = m.end();
            Matcher paren = PAREN_AFTER.matcher(sentence.substring(after));
            if (paren.find()) {
                String inside = paren.group(1).strip();
                if (inside.matches("[A-Za-z .\\-'·]+")) {
                    d.alias = inside;
                } else if (orgIn(inside) != null || inside.matches(".*(?:学部|平台部|大学|学院).*")) {
                    d.org = inside.replaceAll("联培.*$", "");
                    d.ownOrgOnly = true;
                    Matcher t = lex.titlePattern().matcher(inside);
                    while (t.find()) {
                        d.titles.add(lex.canonicalTitle(t.group()));
                    }
                }
                after += paren.end();
            }
            Matcher post = lex.titlePattern().matcher(sentence);
            post.region(skipSpaces(sentence, after), sentence.length());
            if (post.lookingAt()) {
                d.titles.add(lex.canonicalTitle(post.group()));
                d.postTitle = true;
                after = post.end();
            }
            int from = after;
            if (located.stream().noneMatch(o -> o.start() > from && o.start() < clauseEnd(sentence, from + 1))) {
                appositive(sentence, after, d);
            }
            d.groupHead = Cues.GROUP.matcher(sentence).region(m.end(), sentence.length()).lookingAt();
            prevEnd = after;
            drafts.add(d);
        }
        inherit(drafts);
        List<PersonMention> out = new ArrayList<>();
        for (Draft d : drafts) {
            Boolean internal = d.org == null ? (d.departmentRole ? Boolean.TRUE : null)
                    : Boolean.valueOf(lex.isDepartment(d.org));
            out.add(new PersonMention(d.m.name(), d.alias, d.titles.stream().distinct().toList(), d.org, internal,
                    d.cohort, ev));
        }
        return out;
    }

    /**
     * 海岳大学校长、中国科学院院士钟立言: membership of an academy is an honour, not an affiliation; the role before
     * it, of the same person, gives the affiliation (and its title). Without one the academy stays.
     */
    private String honourChain(String s, int from, int to, List<String> titles, String academy) {
        String raw = s.substring(from, to);
        int cut = raw.lastIndexOf('、');
        if (cut <= 0) {
            return academy;
        }
        String before = raw.substring(0, cut);
        before = before.substring(before.lastIndexOf('、') + 1);
        List<String> more = new ArrayList<>();
        String seg = stripTrailingTitles(before, more).replaceFirst("[原前]$", "");
        String org = more.isEmpty() ? null : orgIn(seg);
        if (org == null) {
            return academy;
        }
        titles.addAll(more);
        return org;
    }

    /** Along a 、-list, an element without affiliation or role shares its neighbours'. */
    private static void inherit(List<Draft> drafts) {
        // who names an affiliation of their own (…，英国剑桥大学某某教授): a role word after them is theirs alone
        boolean[] ownOrg = new boolean[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            ownOrg[i] = drafts.get(i).org != null;
        }
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft prev = drafts.get(i - 1);
            if ((d.listed || d.nextGroup) && d.org == null) {
                d.org = prev.ownOrg();
            }
        }
        for (int i = drafts.size() - 2; i >= 0; i--) {
            Draft d = drafts.get(i);
            Draft next = drafts.get(i + 1);
            if (d.titles.isEmpty() && next.listed && next.postTitle && next.titles.size() == 1 && !ownOrg[i + 1]) {
                d.titles.addAll(next.titles);
                d.postTitle = true;
            }
        }
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft prev = drafts.get(i - 1);
            if (d.titles.isEmpty() && d.listed && !d.groupHead && !prev.titles.isEmpty() && !prev.postTitle) {
                d.titles.addAll(prev.titles);
            }
            if (d.cohort == null && d.listed && prev.cohort != null && d.titles.equals(prev.titles)) {
                d.cohort = prev.cohort;
            }
        }
    }

    /** 陈一帆，地球系统科学系 2021 级博士生，… : the clause after a name that only describes them. */
    private void appositive(String s, int after, Draft d) {
        if (after >= s.length() || s.charAt(after) != '，' && s.charAt(after) != ',') {
            return;
        }
        int end = after + 1;
        while (end < s.length() && CLAUSE_BREAKS.indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String clause = s.substring(after + 1, end).strip();
        Matcher title = lex.titlePattern().matcher(clause);
        String head = null;
        while (title.find()) {
            if (title.end() == clause.length()) {
                head = clause.substring(0, title.start());
                d.titles.add(lex.canonicalTitle(title.group()));
            }
        }
        if (head == null) {
            return;
        }
        Matcher cohort = COHORT.matcher(head);
        if (cohort.find()) {
            d.cohort = Integer.valueOf(cohort.group(1));
            head = head.substring(0, cohort.start());
        }
        String org = orgIn(head);
        if (org != null && d.org == null) {
            d.org = org;
        }
    }

    private Matcher titleEndingAt(String s, int from, int end) {
        Matcher t = lex.titlePattern().matcher(s);
        t.region(from, end);
        Matcher last = null;
        while (t.find()) {
            if (s.substring(t.end(), end).isBlank()) {
                last = lex.titlePattern().matcher(s);
                last.region(t.start(), t.end());
                last.lookingAt();
            }
        }
        return last;
    }

    private String stripTrailingTitles(String segment, List<String> titles) {
        String seg = segment.strip().replaceFirst("兼$", "");
        for (boolean more = true; more; ) {
            more = false;
            Matcher t = lex.titlePattern().matcher(seg);
            while (t.find()) {
                if (t.end() == seg.length()) {
                    titles.add(lex.canonicalTitle(t.group()));
                    seg = seg.substring(0, t.start()).strip().replaceFirst("兼$", "");
                    more = true;
                    break;
                }
            }
        }
        return seg;
    }

    /** 课题负责人中国科学院…: a role word that opens the segment belongs to the name after it. */
    private String stripLeadingTitles(String segment, List<String> titles) {
        String seg = LEAD_IN.matcher(segment.strip()).replaceFirst("").strip();
        Matcher t = lex.titlePattern().matcher(seg);
        while (t.lookingAt() && t.end() < seg.length()) {
            titles.add(lex.canonicalTitle(t.group()));
            seg = seg.substring(t.end()).strip();
            t = lex.titlePattern().matcher(seg);
        }
        return seg;
    }

    /** The affiliation a segment ends with, or null. */
    static String orgIn(String segment) {
        String seg = LEAD_IN.matcher(segment.strip()).replaceFirst("").strip()
                .replaceFirst("\\s*(?:Prof\\.|Professor|Dr\\.)\\s*$", "");
        if (OWN_UNIT.matcher(seg).matches()) {
            // 我校宋卫东教授: the text's own unit, whatever it is
            return seg;
        }
        Matcher m = ORG_PHRASE.matcher(seg);
        if (m.matches()) {
            String org = m.group(1).replaceAll("\\s+", "");
            return org.length() >= 2 && !UNNAMED_UNIT.matcher(org).matches() ? org : null;
        }
        if (seg.matches("(?i)(?:and|with|by|et al\\.?)")) {
            return null; // A. Li, B. Wang, and C. Zhou: the word that closes a list of names
        }
        return seg.matches(".*[A-Za-z]{2,}.*") && seg.length() >= 3 && seg.length() <= 30 ? seg.replaceAll("\\s+", "") : null;
    }

    private static int clauseEnd(String s, int from) {
        int i = from;
        while (i < s.length() && CLAUSE_BREAKS.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int clauseStart(String s, int at) {
        int i = at - 1;
        while (i >= 0 && CLAUSE_BREAKS.indexOf(s.charAt(i)) < 0) {
            i--;
        }
        return i + 1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static final class Draft {
        final Located m;
        final List<String> titles = new ArrayList<>();
        String org;
        /** The affiliation came from a parenthesis after the name: it is this person's alone. */
        boolean ownOrgOnly;
        /** A role of the department itself (系主任, 系党委书记) with the department left unnamed. */
        boolean departmentRole;
        /** Opens the next comma-separated group of an author list, with a role word but no affiliation. */
        boolean nextGroup;
        String alias;
        Integer cohort;
        boolean listed;
        /** Named as the head of a group (宋嘉怡课题组), not as one of a list of people with the same role. */
        boolean groupHead;
        boolean postTitle;

        Draft(Located m) {
            this.m = m;
        }

        /** The affiliation a neighbour in a list may share, or null. */
        String ownOrg() {
            return ownOrgOnly ? null : org;
        }
    }
}
