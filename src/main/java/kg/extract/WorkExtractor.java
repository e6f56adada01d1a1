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
    private static final Pattern PUBLISHED = AuthorCredit.PUBLISHED;
    private static final Pattern TITLE = Pattern.compile(
            "以\\s*[“\"]([^”\"]+)[”\"]\\s*(?:[（(]([^）)]+)[）)])?\\s*为题|题为\\s*[“\"]([^”\"]+)[”\"]");
    /** 题为Tracking lake drainage … (《跟踪…》)的研究论文: an English title printed without quotes. */
    private static final Pattern BARE_TITLE = Pattern.compile(
            "题为\\s*([A-Z][A-Za-z0-9 ,:;'’\\-–]{10,300}?)\\s*(?:[（(]\\s*《([^》]+)》\\s*[）)])?\\s*的");
    /** 相关论文发表于中科院一区期刊IEEE TGRS。: the journal ends the clause. */
    private static final Pattern EN_VENUE_LAST = Pattern.compile(
            "(?:发表|刊发|刊登)(?:于|在)[^，。；A-Za-z]{0,20}?(?:期刊|杂志)?\\s*([A-Z][A-Za-z&:\\-]*(?:\\s+(?:[A-Z][A-Za-z&:\\-]*|of|and|in|for|the|&))*)\\s*(?:[（(][^）)]*[）)])?\\s*(?:上)?\\s*(?:[。，；;,]|$)");
    /** 发布了包含…的北极排水湖泊数据集: a dataset named without quotes, by the people the sentence opens with. */
    private static final Pattern BARE_DATASET = Pattern.compile(
            "(?:发布|构建|建立|研制|生成|研发|开发|推出)了?([^，。；“”\"]{2,40}?数据集)");
    private static final Pattern ZH_VENUE = Pattern.compile("《([^》]{1,40})》\\s*(?:[（(]([A-Za-z][^）)]{2,80})[）)])?");
    private static final Pattern EN_VENUE = Pattern.compile(
            "(?:期刊|杂志|在|于)\\s*([A-Z][A-Za-z&:\\-]*(?:\\s+(?:[A-Z][A-Za-z&:\\-]*|of|on|and|in|for|the|to|at|&))*)\\s*(?:[（(]《[^》]+》[）)]|[（(][A-Z][A-Za-z\\- ]{1,20}[）)])?\\s*(?:期刊|杂志)?\\s*(?:上)?\\s*(?:在线)?\\s*(?:发表|刊发|发布|以|上)");
    private static final Pattern NOT_VENUE = Pattern.compile(".*(?:报告|方案|课程|计划|规划|纲要|指南|白皮书|名单)$");
    private static final Pattern AGGREGATE = Pattern.compile("共发表|\\d+\\s*余?篇|其中《");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日)");
    private static final Pattern DATASET_TITLE = Pattern.compile("[“\"]([^”\"]{4,60}数据集[^”\"]{0,20})[”\"]");

    private final Lexicon lex;
    private final AuthorCredit credit;
    /** What joins two leaders of one team: a role word, then 、/和/与/及. */
    private final Pattern joined;

    WorkExtractor(Lexicon lex) {
        this.lex = lex;
        this.credit = new AuthorCredit(lex);
        this.joined = Pattern.compile("(?:" + lex.titlePattern().pattern() + ")?\\s*(?:、|和|与|及|以及)\\s*");
    }

    List<WorkFact> extract(ItemText t) {
        List<WorkDraft> works = new ArrayList<>();
        for (ItemText.Sentence s : t.sentences) {
            WorkDraft d = statement(t, s);
            if (d != null) {
                works.add(d);
            }
        }
        citations(t, works);
        attachLinks(t, works);
        datasets(t, works);
        if (works.isEmpty()) {
            unnamedPaper(t, works);
        }
        if (works.isEmpty()) {
            return List.of();
        }
        merge(works);
        credit.credit(t, works);
        teams(t, works);
        return works.stream().map(WorkDraft::build).toList();
    }

    /** A publication sentence read as a work, or null. */
    private WorkDraft statement(ItemText t, ItemText.Sentence s) {
        String text = s.text();
        if (!PUBLISHED.matcher(text).find()) {
            return null;
        }
        Matcher title = TITLE.matcher(text);
        String t1 = null;
        String t2 = null;
        Matcher bare = BARE_TITLE.matcher(text);
        if (title.find()) {
            t1 = title.group(1) != null ? title.group(1) : title.group(3);
            t2 = title.group(2);
        } else if (bare.find()) {
            t1 = bare.group(1).strip();
            t2 = bare.group(2);
        }
        String venue = venue(text);
        boolean preprint = text.contains("预印本");
        if (t1 == null && venue == null && !preprint) {
            return null;
        }
        if (t1 == null && AGGREGATE.matcher(text).find() && s.names().isEmpty()) {
            return null; // 共发表 SCI 论文 280 余篇: a count, not a work
        }
        if (t1 == null && AuthorCredit.CAREER.matcher(text).find()) {
            return null; // 以第一作者在《A》《B》等期刊发表论文多篇: a career, not a work
        }
        WorkDraft d = new WorkDraft(preprint ? WorkType.PREPRINT : WorkType.ARTICLE, t.evidence(s), s);
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
        for (Pattern p : List.of(EN_VENUE, EN_VENUE_LAST)) {
            Matcher en = p.matcher(text);
            if (en.find()) {
                String v = en.group(1).strip();
                return v.length() >= 3 ? v : null;
            }
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
    private static void attachLinks(ItemText t, List<WorkDraft> works) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Links.Link link : Links.in(t.text())) {
            if (!seen.add(link.url())) {
                continue; // [link](link): one link printed twice
            }
            WorkDraft sameDoi = link.doi() == null ? null
                    : works.stream().filter(w -> link.doi().equalsIgnoreCase(w.doi)).findFirst().orElse(null);
            if (sameDoi != null) {
                sameDoi.url = sameDoi.url != null ? sameDoi.url : link.url(); // a second link to one paper: its first stays
                continue;
            }
            switch (link.kind()) {
                case PAPER -> {
                    WorkDraft article = firstWithoutUrl(works, WorkType.ARTICLE);
                    if (article == null) {
                        article = new WorkDraft(WorkType.ARTICLE, new Evidence(t.item.id(), link.label() + link.url()), null);
                        works.add(article);
                    }
                    article.url = link.url();
                    article.doi = link.doi();
                }
                case PREPRINT -> {
                    WorkDraft pre = firstWithoutUrl(works, WorkType.PREPRINT);
                    if (pre == null) {
                        pre = new WorkDraft(WorkType.PREPRINT, new Evidence(t.item.id(), link.url()), null);
                        works.add(pre);
                    }
                    pre.url = link.url();
                    pre.doi = link.doi();
                    pre.venue = pre.venue != null ? pre.venue : link.url().contains("arxiv") ? "arXiv" : null;
                    pre.title = pre.title != null ? pre.title : modelName(t.item.title());
                }
                case CODE -> {
                    WorkDraft code = new WorkDraft(WorkType.SOFTWARE, new Evidence(t.item.id(), sentenceWith(t, link.url())), null);
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

    /**
     * A reference printed as papers cite (A. Li, B. Wang. "Title," in Journal, doi: …) is the paper an
     * untitled publication sentence reports, or a work of its own; its authors are the paper's, read as the
     * item's Chinese names where their pinyin spells them.
     */
    private static void citations(ItemText t, List<WorkDraft> works) {
        List<String> itemNames = new ArrayList<>();
        t.title.names().forEach(n -> itemNames.add(n.name()));
        t.sentences.forEach(s -> s.names().forEach(n -> itemNames.add(n.name())));
        for (ItemText.Sentence s : t.sentences) {
            Citation c = Citation.in(s.text());
            if (c == null) {
                continue;
            }
            WorkDraft d = works.stream().filter(w -> w.type == WorkType.ARTICLE
                    && (c.doi() != null && c.doi().equals(w.doi) || c.title().equals(w.title))).findFirst()
                    .orElse(works.stream().filter(w -> w.type == WorkType.ARTICLE && w.title == null).findFirst().orElse(null));
            if (d == null) {
                d = new WorkDraft(WorkType.ARTICLE, t.evidence(s), s);
                works.add(d);
            }
            d.title = d.title != null ? d.title : c.title();
            d.venue = c.venue() != null ? c.venue() : d.venue;
            d.doi = d.doi != null ? d.doi : c.doi();
            for (String a : c.authors()) {
                String zh = Citation.chineseFor(a, itemNames);
                d.add(zh != null ? zh : a, true, false, false, false);
            }
        }
    }

    /**
     * An item that states who wrote a paper (第一作者, 通讯作者, 合作者包括 …) but names it only by its subject
     * still reports a work: the first such sentence stands for it.
     */
    private void unnamedPaper(ItemText t, List<WorkDraft> works) {
        for (ItemText.Sentence s : t.sentences) {
            boolean credits = AuthorCredit.ANY_ROLE.matcher(s.text()).find() && !s.names().isEmpty();
            if (credits && !AGGREGATE.matcher(s.text()).find() && !AuthorCredit.CAREER.matcher(s.text()).find()) {
                WorkDraft d = new WorkDraft(s.text().contains("预印本") ? WorkType.PREPRINT : WorkType.ARTICLE, t.evidence(s), s);
                d.venue = venue(s.text());
                if (d.venue == null && PUBLISHED.matcher(t.item.title()).find()) {
                    d.venue = venue(t.item.title()); // 张某在《自然》发表论文: the title names the journal
                }
                works.add(d);
                return;
            }
        }
    }

    /**
     * Two drafts of one work (one DOI, link or title; or a second untitled statement of a paper in the same
     * journal, 相关论文发表于 IEEE TGRS after 在 IEEE Transactions on Geoscience and Remote Sensing 发表):
     * one work, so that it keeps one link.
     */
    private static void merge(List<WorkDraft> works) {
        for (int i = 0; i < works.size(); i++) {
            for (int j = works.size() - 1; j > i; j--) {
                WorkDraft a = works.get(i);
                WorkDraft b = works.get(j);
                boolean restated = b.type == a.type && b.title == null && b.doi == null && b.url == null
                        && a.venue != null && b.venue != null && sameVenue(a.venue, b.venue);
                if (a.sameAs(b) || restated) {
                    works.get(i).absorb(works.remove(j));
                }
            }
        }
    }

    /** One journal printed twice, once in full and once abbreviated (IEEE TGRS). */
    static boolean sameVenue(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        List<String> words = new ArrayList<>(List.of(longer.split("[\\s:\\-]+")));
        List<String> abbrev = new ArrayList<>(List.of(shorter.split("\\s+")));
        List<String> shared = abbrev.stream().filter(words::contains).toList();
        words.removeAll(shared);
        abbrev.removeAll(shared);
        StringBuilder initials = new StringBuilder();
        words.stream().filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).forEach(w -> initials.append(w.charAt(0)));
        String joined = String.join("", abbrev);
        return joined.length() >= 2 && joined.equals(initials.toString());
    }

    /** A dataset named in quotes (“…数据集（1984-2020）”) is a work; a data link is its link. */
    private static void datasets(ItemText t, List<WorkDraft> works) {
        Matcher m = DATASET_TITLE.matcher(t.item.title() + "\n" + t.text());
        if (!m.find()) {
            bareDataset(t, works);
            return;
        }
        String title = m.group(1);
        ItemText.Sentence where = t.sentences.stream().filter(s -> s.text().contains(title)).findFirst().orElse(t.title);
        WorkDraft d = new WorkDraft(WorkType.DATASET, t.evidence(where), where);
        d.title = title;
        d.titleZh = title;
        Links.in(t.text()).stream().filter(l -> l.kind() == Links.Kind.DATA).findFirst().ifPresent(l -> d.url = l.url());
        works.add(0, d);
    }

    /** X等…发布了包含…的某某数据集: a dataset by the people the sentence opens with. */
    private static void bareDataset(ItemText t, List<WorkDraft> works) {
        for (ItemText.Sentence s : t.sentences) {
            Matcher m = BARE_DATASET.matcher(s.text());
            List<MentionReader.Located> names = s.names();
            if (!m.find() || names.isEmpty() || names.get(0).start() > 0) {
                continue;
            }
            String title = m.group(1);
            title = title.substring(title.lastIndexOf('的') + 1);
            if (title.length() < 5) {
                continue; // 数据集 alone, or 该数据集: no name of its own
            }
            WorkDraft d = new WorkDraft(WorkType.DATASET, t.evidence(s), s);
            d.title = title;
            d.titleZh = title;
            d.add(names.get(0).name(), true, false, false, false);
            works.add(d);
            return;
        }
    }

    private static String modelName(String itemTitle) {
        Matcher m = Pattern.compile("——\\s*([A-Za-z][\\w\\-]+)\\s*$").matcher(itemTitle);
        return m.find() ? m.group(1) : null;
    }

    private static String sentenceWith(ItemText t, String url) {
        return t.sentences.stream().map(ItemText.Sentence::text).filter(x -> x.contains(url)).findFirst().orElse(url);
    }

    private static WorkDraft firstWithoutUrl(List<WorkDraft> works, WorkType type) {
        return works.stream().filter(w -> w.type == type && w.url == null).findFirst().orElse(null);
    }

    /**
     * The group credited with a work: named in its own sentence, else at the head of its paragraph, else
     * in the item's title (for every work of the item) or, when the item reports one work, in the sentence
     * that describes the research.
     */
    private void teams(ItemText t, List<WorkDraft> works) {
        List<String> fromTitle = leaders(t.title);
        List<String> fromBody = List.of();
        for (ItemText.Sentence s : t.sentences) {
            List<String> g = leaders(s);
            if (!g.isEmpty() && s.text().matches(".*(?:基于|开发|提出|揭示|研究|构建|联合|研发|研制|发布|完成).*")) {
                fromBody = g;
                break;
            }
        }
        long mainWorks = works.stream().filter(w -> w.statedIn != null).count();
        for (WorkDraft w : works) {
            List<String> leaders = List.of();
            if (w.statedIn != null) {
                leaders = leaders(w.statedIn);
                if (leaders.isEmpty()) {
                    leaders = paragraphHead(t, w.statedIn);
                }
            }
            if (leaders.isEmpty()) {
                leaders = fromTitle;
            }
            if (leaders.isEmpty() && mainWorks <= 1) {
                leaders = fromBody;
            }
            for (String leader : leaders) {
                w.add(leader, false, false, false, true);
            }
        }
    }

    /** The group a paragraph is about: the nearest earlier sentence of it that opens with X课题组 / X团队. */
    private List<String> paragraphHead(ItemText t, ItemText.Sentence statement) {
        List<String> leaders = List.of();
        for (ItemText.Sentence s : t.sentences) {
            if (s == statement) {
                break;
            }
            if (s.paragraph() == statement.paragraph() && !s.names().isEmpty() && s.names().get(0).start() == 0) {
                List<String> g = groupLeaders(s);
                leaders = g.isEmpty() ? leaders : g;
            }
        }
        return leaders;
    }

    /** Who leads the work a sentence reports: X课题组 / X和Y联合团队, else X领衔 / X带领 / 在X指导下. */
    private List<String> leaders(ItemText.Sentence s) {
        List<String> group = groupLeaders(s);
        if (!group.isEmpty()) {
            return group;
        }
        List<String> out = new ArrayList<>();
        for (MentionReader.Located n : s.names()) {
            if (credit.leads(s.text(), n) && !out.contains(n.name())) {
                out.add(n.name());
            }
        }
        return out;
    }

    /** The first X课题组 of a sentence, with the names joined to X before it (X教授和Y副教授联合团队). */
    private List<String> groupLeaders(ItemText.Sentence s) {
        List<MentionReader.Located> names = s.names();
        for (int i = 0; i < names.size(); i++) {
            MentionReader.Located n = names.get(i);
            Matcher g = Cues.GROUP.matcher(s.text());
            g.region(n.end(), s.text().length());
            if (!g.lookingAt()) {
                continue;
            }
            List<String> out = new ArrayList<>();
            out.add(n.name());
            for (int j = i - 1; j >= 0; j--) {
                String gap = s.text().substring(names.get(j).end(), names.get(j + 1).start());
                if (!joined.matcher(gap).matches()) {
                    break;
                }
                out.add(0, names.get(j).name());
            }
            return out;
        }
        return List.of();
    }
}
