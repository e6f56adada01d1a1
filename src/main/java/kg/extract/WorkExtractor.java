package kg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.segment.DateFinder;

/**
 * Reads the works an item reports and who is credited with them.
 *
 * <p>A work is stated by a publication sentence (以“题目”为题发表于《期刊》, 在 Nexus 发表题为“…”的文章,
 * 以预印本形式在线发表), by a link the item prints (论文链接, 数据链接, a code repository) or by a quoted
 * dataset title. Authorship comes from 第一作者 / 共同第一作者, 通讯作者, 合作者包括 …, … 为共同作者,
 * 由 … 共同完成 and a sole author's {@code X在《期刊》发表}; the credited group from X课题组 / X团队 in the
 * work's sentence, at the head of its paragraph, or in the item's title.
 */
final class WorkExtractor {
    private static final Pattern PUBLISHED = Pattern.compile("发表|刊发|刊登|发布|刊出|上线|published", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile(
            "以\\s*[“\"]([^”\"]+)[”\"]\\s*(?:[（(]([^）)]+)[）)])?\\s*为题|题为\\s*[“\"]([^”\"]+)[”\"]");
    private static final Pattern ZH_VENUE = Pattern.compile("《([^》]{1,40})》\\s*(?:[（(]([A-Za-z][^）)]{2,80})[）)])?");
    private static final Pattern EN_VENUE = Pattern.compile(
            "(?:期刊|杂志|在|于)\\s*([A-Z][A-Za-z&:\\-]*(?:\\s+(?:[A-Z][A-Za-z&:\\-]*|of|and|in|for|the|&))*)\\s*(?:[（(]《[^》]+》[）)])?\\s*(?:期刊|杂志)?\\s*(?:上)?\\s*(?:在线)?\\s*(?:发表|刊发|发布|以|上)");
    private static final Pattern NOT_VENUE = Pattern.compile(".*(?:报告|方案|课程|计划|规划|纲要|指南|白皮书|名单)$");
    private static final Pattern AGGREGATE = Pattern.compile("共发表|\\d+\\s*余?篇|其中《");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日)");
    private static final Pattern DATASET_TITLE = Pattern.compile("[“\"]([^”\"]{4,60}数据集[^”\"]{0,20})[”\"]");
    private static final Pattern FIRST = Pattern.compile("为(?:该|本)?(?:论文|文章)?(?:的)?(?:共同)?第一作者|(?:共同)?第一作者(?:为|是)|一作");
    private static final Pattern CORRESPONDING = Pattern.compile("为(?:该|本)?(?:论文|文章)?(?:的)?(?:共同)?(?:通讯|通信)作者|(?:通讯|通信)作者(?:为|是)");
    private static final Pattern COAUTHORS_AFTER = Pattern.compile("(?:合作者|共同作者|作者)(?:还)?(?:包括|有|为|是)");
    private static final Pattern COAUTHORS_BEFORE = Pattern.compile("为(?:论文)?(?:的)?(?:共同作者|合作者)");
    private static final Pattern DONE_BY = Pattern.compile("由(.+?)(?:等(?:研究人员|人|单位)?)?(?:共同)?(?:完成|研发|开发|撰写)");

    private final Lexicon lex;

    WorkExtractor(Lexicon lex) {
        this.lex = lex;
    }

    List<WorkFact> extract(ItemText t) {
        List<Draft> works = new ArrayList<>();
        for (ItemText.Sentence s : t.sentences) {
            Draft d = statement(t, s);
            if (d != null) {
                works.add(d);
            }
        }
        attachLinks(t, works);
        datasets(t, works);
        if (works.isEmpty()) {
            return List.of();
        }
        credit(t, works);
        teams(t, works);
        return works.stream().map(Draft::build).toList();
    }

    /** A publication sentence read as a work, or null. */
    private Draft statement(ItemText t, ItemText.Sentence s) {
        String text = s.text();
        if (!PUBLISHED.matcher(text).find()) {
            return null;
        }
        Matcher title = TITLE.matcher(text);
        String t1 = null;
        String t2 = null;
        if (title.find()) {
            t1 = title.group(1) != null ? title.group(1) : title.group(3);
            t2 = title.group(2);
        }
        String venue = venue(text);
        boolean preprint = text.contains("预印本");
        if (t1 == null && venue == null && !preprint) {
            return null;
        }
        if (t1 == null && AGGREGATE.matcher(text).find() && s.names().isEmpty()) {
            return null; // 共发表 SCI 论文 280 余篇: a count, not a work
        }
        Draft d = new Draft(preprint ? WorkType.PREPRINT : WorkType.ARTICLE, t.evidence(s), s);
        if (t1 != null) {
            boolean firstIsLatin = isLatin(t1);
            d.title = firstIsLatin ? t1 : t2 != null && isLatin(t2) ? t2 : t1;
            d.titleZh = !firstIsLatin ? t1 : t2 != null && !isLatin(t2) ? t2 : null;
        }
        d.venue = venue;
        d.date = date(text, t.item.date() == null ? null : t.item.date().getYear());
        return d;
    }

    private String venue(String text) {
        Matcher zh = ZH_VENUE.matcher(text);
        while (zh.find()) {
            String printed = zh.group(1).strip();
            if (NOT_VENUE.matcher(printed).matches()) {
                continue;
            }
            String known = lex.venue(printed);
            if (known != null) {
                return known;
            }
            return zh.group(2) != null ? zh.group(2).strip() : printed;
        }
        Matcher en = EN_VENUE.matcher(text);
        if (en.find()) {
            String v = en.group(1).strip();
            return v.length() >= 3 ? v : null;
        }
        return null;
    }

    private static String date(String text, Integer year) {
        Optional<LocalDate> full = DateFinder.first(text, year);
        if (full.isPresent()) {
            return full.get().toString();
        }
        Matcher ym = YEAR_MONTH.matcher(text);
        if (ym.find()) {
            return String.format("%s-%02d", ym.group(1), Integer.parseInt(ym.group(2)));
        }
        return null;
    }

    private static boolean isLatin(String s) {
        long latin = s.chars().filter(c -> c < 0x250 && Character.isLetter(c)).count();
        return latin > s.length() / 2;
    }

    /** Paper, preprint and code links go to the work they print the link for, or become works themselves. */
    private static void attachLinks(ItemText t, List<Draft> works) {
        for (Links.Link link : Links.in(t.text())) {
            switch (link.kind()) {
                case PAPER -> {
                    Draft article = firstWithoutUrl(works, WorkType.ARTICLE);
                    if (article == null) {
                        article = new Draft(WorkType.ARTICLE, new Evidence(t.item.id(), link.label() + link.url()), null);
                        works.add(article);
                    }
                    article.url = link.url();
                    article.doi = link.doi();
                }
                case PREPRINT -> {
                    Draft pre = firstWithoutUrl(works, WorkType.PREPRINT);
                    if (pre == null) {
                        pre = new Draft(WorkType.PREPRINT, new Evidence(t.item.id(), link.url()), null);
                        works.add(pre);
                    }
                    pre.url = link.url();
                    pre.doi = link.doi();
                    pre.venue = pre.venue != null ? pre.venue : link.url().contains("arxiv") ? "arXiv" : null;
                    pre.title = pre.title != null ? pre.title : modelName(t.item.title());
                }
                case CODE -> {
                    Draft code = new Draft(WorkType.SOFTWARE, new Evidence(t.item.id(), sentenceWith(t, link.url())), null);
                    code.url = link.url();
                    code.title = Links.repositoryName(link.url());
                    code.venue = link.url().contains("github") ? "GitHub" : null;
                    works.add(code);
                }
                default -> {
                }
            }
        }
    }

    /** A dataset named in quotes (“…数据集（1984-2020）”) is a work; a data link is its link. */
    private static void datasets(ItemText t, List<Draft> works) {
        Matcher m = DATASET_TITLE.matcher(t.item.title() + "\n" + t.text());
        if (!m.find()) {
            return;
        }
        String title = m.group(1);
        ItemText.Sentence where = t.sentences.stream().filter(s -> s.text().contains(title)).findFirst().orElse(t.title);
        Draft d = new Draft(WorkType.DATASET, t.evidence(where), where);
        d.title = title;
        d.titleZh = title;
        Links.in(t.text()).stream().filter(l -> l.kind() == Links.Kind.DATA).findFirst().ifPresent(l -> d.url = l.url());
        works.add(0, d);
    }

    private static String modelName(String itemTitle) {
        Matcher m = Pattern.compile("——\\s*([A-Za-z][\\w\\-]+)\\s*$").matcher(itemTitle);
        return m.find() ? m.group(1) : null;
    }

    private static String sentenceWith(ItemText t, String url) {
        return t.sentences.stream().map(ItemText.Sentence::text).filter(x -> x.contains(url)).findFirst().orElse(url);
    }

    private static Draft firstWithoutUrl(List<Draft> works, WorkType type) {
        return works.stream().filter(w -> w.type == type && w.url == null).findFirst().orElse(null);
    }

    /** Authorship sentences credit the work they name, else the item's main work. */
    private static void credit(ItemText t, List<Draft> works) {
        Draft main = works.stream().filter(w -> w.type != WorkType.SOFTWARE).findFirst().orElse(works.get(0));
        for (ItemText.Sentence s : t.sentences) {
            Draft target = works.stream().filter(w -> w.statedIn == s).findFirst()
                    .orElse(works.stream().filter(w -> w.title != null && s.text().contains(w.title)).findFirst().orElse(main));
            String text = s.text();
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
                    for (String n : s.namesBetween(offset, offset + before.start())) {
                        target.add(n, true, false, false, false);
                    }
                }
            }
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
            if (target.statedIn == s && PUBLISHED.matcher(text).find()) {
                soleAuthor(s, target);
            }
        }
        for (Draft w : works) {
            boolean dataPaper = w.type == WorkType.ARTICLE && w.statedIn != null && w.statedIn.text().contains("数据论文");
            if (dataPaper) {
                works.stream().filter(o -> o.type == WorkType.DATASET).findFirst()
                        .ifPresent(ds -> ds.people.values().forEach(c -> w.add(c.name(), c.author(), false, false, false)));
            }
            List<Contributor> authors = w.people.values().stream().filter(Contributor::author).toList();
            if (authors.size() == 1 && authors.stream().noneMatch(Contributor::first)) {
                w.add(authors.get(0).name(), true, true, false, false); // a sole author is the first author
            }
        }
    }

    /** X在…发表 / X一作发表: the person the publication sentence opens with wrote it. */
    private static void soleAuthor(ItemText.Sentence s, Draft target) {
        Matcher pub = PUBLISHED.matcher(s.text());
        if (!pub.find() || !target.people.isEmpty()) {
            return;
        }
        String head = s.text().substring(0, pub.start());
        List<String> subjects = s.namesBetween(0, pub.start());
        if (subjects.size() == 1 && head.matches(".*" + Pattern.quote(subjects.get(0)) + "[^，。；]*(?:在|于|一作)[^，。；]*$")) {
            target.add(subjects.get(0), true, false, false, false);
        }
    }

    private static List<String> namesFor(ItemText.Sentence s, String clause, int offset, Matcher cue) {
        List<String> before = s.namesBetween(offset, offset + cue.start());
        return before.isEmpty() ? s.namesBetween(offset + cue.end(), offset + clause.length()) : before;
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

    /**
     * The group credited with a work: named in its own sentence, else at the head of its paragraph, else
     * in the item's title (for every work of the item) or, when the item reports one work, in the sentence
     * that describes the research.
     */
    private static void teams(ItemText t, List<Draft> works) {
        String fromTitle = Cues.groupLeader(t.title);
        String fromBody = null;
        for (ItemText.Sentence s : t.sentences) {
            String g = Cues.groupLeader(s);
            if (g != null && s.text().matches(".*(?:基于|开发|提出|揭示|研究|构建|联合|研发|研制|发布|完成).*")) {
                fromBody = g;
                break;
            }
        }
        long mainWorks = works.stream().filter(w -> w.statedIn != null).count();
        for (Draft w : works) {
            String leader = null;
            if (w.statedIn != null) {
                leader = Cues.groupLeader(w.statedIn);
                if (leader == null) {
                    leader = paragraphHead(t, w.statedIn);
                }
            }
            if (leader == null) {
                leader = fromTitle;
            }
            if (leader == null && mainWorks <= 1) {
                leader = fromBody;
            }
            if (leader != null) {
                w.add(leader, false, false, false, true);
            }
        }
    }

    /** The group a paragraph is about: the nearest earlier sentence of it that opens with X课题组 / X团队. */
    private static String paragraphHead(ItemText t, ItemText.Sentence statement) {
        String leader = null;
        for (ItemText.Sentence s : t.sentences) {
            if (s == statement) {
                break;
            }
            if (s.paragraph() == statement.paragraph() && !s.names().isEmpty() && s.names().get(0).start() == 0) {
                String g = Cues.groupLeader(s);
                leader = g != null ? g : leader;
            }
        }
        return leader;
    }

    private static final class Draft {
        final WorkType type;
        final Evidence evidence;
        final ItemText.Sentence statedIn;
        final Map<String, Contributor> people = new LinkedHashMap<>();
        String title;
        String titleZh;
        String venue;
        String doi;
        String url;
        String date;

        Draft(WorkType type, Evidence evidence, ItemText.Sentence statedIn) {
            this.type = type;
            this.evidence = evidence;
            this.statedIn = statedIn;
        }

        void add(String name, boolean author, boolean first, boolean corresponding, boolean teamLead) {
            Contributor c = new Contributor(name, author, first, corresponding, teamLead);
            people.merge(name, c, Contributor::merge);
        }

        WorkFact build() {
            return new WorkFact(type, title, titleZh, venue, doi, url, date, List.copyOf(people.values()), evidence);
        }
    }
}
