package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote the works of an item: 第一作者 / 共同第一作者 (也 以第一作者身份, 陈某(第一作者)), 通讯作者, 合作者包括 …,
 * … 为共同作者, 由 … 共同完成, and the people a publication sentence opens with ({@code X、Y与Z在《期刊》发表}).
 */
final class AuthorCredit {
    static final Pattern PUBLISHED = Pattern.compile("发表|刊发|刊登|发布|刊出|上线|published", Pattern.CASE_INSENSITIVE);
    static final Pattern FIRST = Pattern.compile(
            "为(?:该|本)?(?:论文|文章)?(?:的)?(?:共同)?第一作者|(?:共同)?第一作者(?:为|是|[:：])|一作|以(?:共同)?第一作者|担任(?:论文)?(?:的)?(?:共同)?第一作者");
    static final Pattern CORRESPONDING = Pattern.compile(
            "为(?:该|本)?(?:论文|文章)?(?:的)?(?:共同)?(?:通讯|通信)作者|(?:通讯|通信)作者(?:为|是|[:：])|以[^，。；]{0,10}?(?:通讯|通信)作者"
                    + "|(?:兼|及|和|与|并为)(?:共同)?(?:通讯|通信)作者|担任(?:论文)?(?:的)?(?:共同)?(?:通讯|通信)作者");
    /** 以第一作者或通讯作者在《A》《B》等期刊发表论文多篇: a career, not a work. */
    static final Pattern CAREER = Pattern.compile(
            "(?:第一作者|通讯作者|通信作者)或|或(?:通讯|通信|第一)作者|等(?:国内外)?(?:国际)?(?:著名|知名|权威|主流|顶级|重要|高水平)?(?:学术)?(?:期刊|杂志|刊物)"
                    + "|多篇|数篇|余篇|\\d+\\s*篇|累计|先后|近[一二三四五六七八九十\\d]+年");
    private static final Pattern COAUTHORS_AFTER = Pattern.compile("(?:合作者|共同作者|作者)(?:还)?(?:包括|有|为|是)");
    private static final Pattern COAUTHORS_BEFORE = Pattern.compile("为(?:论文)?(?:的)?(?:共同作者|合作者)");
    private static final Pattern DONE_BY = Pattern.compile("由(.+?)(?:等(?:研究人员|人|单位)?)?(?:共同)?(?:完成|研发|开发|撰写)");
    /** 陈某(第一作者)、李某(通讯作者): the role in parentheses right after the name. */
    private static final Pattern ROLE_IN_PARENS = Pattern.compile("^\\s*[（(]([^）)]{2,16})[）)]");
    /** Any statement of authorship: enough to make a work of an item that names its paper only by subject. */
    static final Pattern ANY_ROLE = Pattern.compile("第一作者|通讯作者|通信作者|共同作者|合作者(?:还)?包括|作者(?:还)?包括|一作");

    private final Lexicon lex;
    /** X教授指导的…: what follows the name of one who guided the work. */
    private final Pattern guides;

    AuthorCredit(Lexicon lex) {
        this.lex = lex;
        this.guides = Pattern.compile("(?:" + lex.titlePattern().pattern() + ")?(?:悉心|精心)?指导的");
    }

    /** Authorship sentences credit the work they name, else the item's main work. */
    void credit(ItemText t, List<WorkDraft> works) {
        WorkDraft main = works.stream().filter(w -> w.type != WorkType.SOFTWARE).findFirst().orElse(works.get(0));
        for (ItemText.Sentence s : t.sentences) {
            WorkDraft target = works.stream().filter(w -> w.statedIn == s).findFirst()
                    .orElse(works.stream().filter(w -> w.title != null && s.text().contains(w.title)).findFirst()
                            .orElse(lastStatedBefore(t, works, s, main)));
            String text = s.text();
            if (target.statedIn == s && PUBLISHED.matcher(text).find()) {
                subjects(s, target);
            }
            for (String clause : clauses(text)) {
                int offset = text.indexOf(clause);
                Matcher first = FIRST.matcher(clause);
                if (first.find()) {
                    for (String n : namesFor(s, clause, offset, first)) {
                        target.add(n, true, true, false, false);
                    }
                }
                Matcher corr = CORRESPONDING.matcher(clause);
                if (corr.find()) {
                    for (String n : namesFor(s, clause, offset, corr)) {
                        target.add(n, true, false, true, false);
                    }
                }
                Matcher before = COAUTHORS_BEFORE.matcher(clause);
                if (before.find()) {
                    for (String n : authorsBetween(s, offset, offset + before.start())) {
                        target.add(n, true, false, false, false);
                    }
                }
            }
            rolesInParentheses(s, target);
            Matcher after = COAUTHORS_AFTER.matcher(text);
            if (after.find()) {
                for (String n : s.namesBetween(after.end(), text.length())) {
                    target.add(n, true, false, false, false);
                }
            }
            Matcher doneBy = DONE_BY.matcher(text);
            if (doneBy.find()) {
                for (String n : s.namesBetween(doneBy.start(1), doneBy.end(1))) {
                    target.add(n, true, false, false, false);
                }
            }
        }
        for (WorkDraft w : works) {
            boolean dataPaper = w.type == WorkType.ARTICLE && w.statedIn != null && w.statedIn.text().contains("数据论文");
            if (dataPaper) {
                works.stream().filter(o -> o.type == WorkType.DATASET).findFirst()
                        .ifPresent(ds -> ds.people.values().forEach(c -> w.add(c.name(), c.author(), false, false, false)));
            }
            List<Contributor> authors = w.people.values().stream().filter(Contributor::author).toList();
            boolean paper = w.type == WorkType.ARTICLE || w.type == WorkType.PREPRINT;
            if (paper && authors.size() == 1 && authors.stream().noneMatch(Contributor::first)) {
                w.add(authors.get(0).name(), true, true, false, false); // a sole author is the first author
            }
        }
    }

    /**
     * The paper an authorship sentence follows: the last one stated before it in the item (成果一 … 第一作者为
     * 甲。成果二 … 第一作者为乙。), else the item's main work.
     */
    private static WorkDraft lastStatedBefore(ItemText t, List<WorkDraft> works, ItemText.Sentence s, WorkDraft main) {
        WorkDraft last = null;
        for (ItemText.Sentence earlier : t.sentences) {
            if (earlier == s) {
                break;
            }
            for (WorkDraft w : works) {
                if (w.statedIn == earlier && (w.type == WorkType.ARTICLE || w.type == WorkType.PREPRINT)) {
                    last = w;
                }
            }
        }
        return last != null ? last : main;
    }

    /**
     * X在…发表 / X、Y与Z在《期刊》发表 / X一作发表: the people the publication sentence opens with wrote it —
     * not the leader of a team (X团队在…发表 credits the team), nor one under whose guidance it was done.
     */
    private void subjects(ItemText.Sentence s, WorkDraft target) {
        Matcher pub = PUBLISHED.matcher(s.text());
        if (!pub.find()) {
            return;
        }
        String text = s.text();
        String head = text.substring(0, pub.start());
        if (!head.matches("(?s).*(?:在|于|一作)[^，。；]*$")) {
            return;
        }
        for (MentionReader.Located n : s.names()) {
            if (n.end() > pub.start()) {
                break;
            }
            // a leader keeps the place the text gives him, as the team's (the team pass credits him too)
            boolean leader = leads(text, n);
            target.add(n.name(), !leader, false, false, leader);
        }
    }

    /** Does the sentence name this person as leading the work rather than writing it (团队, 领衔, 指导下)? */
    boolean leads(String text, MentionReader.Located n) {
        String after = text.substring(n.end());
        Matcher title = lex.titlePattern().matcher(after);
        if (title.lookingAt()) {
            after = after.substring(title.end());
        }
        String before = text.substring(0, n.start());
        return Cues.GROUP.matcher(after).lookingAt() || after.matches("(?s)^(?:的)?(?:联合)?(?:领衔|带领|率领|牵头).*")
                || after.matches("(?s)^(?:悉心|精心)?指导的.*")
                || before.matches("(?s).*(?:在|经)\\s*$") && after.matches("(?s)^(?:的)?(?:悉心|精心|共同)?指导下.*");
    }

    private static void rolesInParentheses(ItemText.Sentence s, WorkDraft target) {
        for (MentionReader.Located n : s.names()) {
            Matcher p = ROLE_IN_PARENS.matcher(s.text().substring(n.end()));
            if (!p.lookingAt()) {
                continue;
            }
            String role = p.group(1);
            boolean first = role.contains("第一作者") || role.equals("一作");
            boolean corr = role.contains("通讯作者") || role.contains("通信作者");
            if (first || corr || role.matches("(?:共同)?作者|合作者")) {
                target.add(n.name(), true, first, corr, false);
            }
        }
    }

    private List<String> namesFor(ItemText.Sentence s, String clause, int offset, Matcher cue) {
        List<String> before = authorsBetween(s, offset, offset + cue.start());
        return before.isEmpty() ? authorsBetween(s, offset + cue.end(), offset + clause.length()) : before;
    }

    /** The names in a stretch of a sentence, but not one it names as guiding the work (由X教授指导的博士生Y). */
    private List<String> authorsBetween(ItemText.Sentence s, int from, int to) {
        return s.names().stream().filter(n -> n.start() >= from && n.end() <= to)
                .filter(n -> !guides.matcher(s.text()).region(n.end(), s.text().length()).lookingAt())
                .map(MentionReader.Located::name).toList();
    }

    private static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        for (String c : sentence.split("[，,；;]")) {
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }
}
