package kg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.segment.DateFinder;

/**
 * Reads the works an item reports and who is credited with them.
 *
 * <p>A work is stated by a publication sentence (以“题目”为题发表于《期刊》, 在 Nexus 发表题为“…”的文章,
 * 以预印本形式在线发表), by a link the item prints (论文链接, 数据链接, a code repository) or by a quoted
 * dataset title ({@link PrintedWorks}), or by nothing but a statement of who wrote it (第一作者为 … of a
 * paper named only by its subject). Who wrote it is read by {@link AuthorCredit}, the team credited with it
 * by {@link WorkTeams}. Drafts of one work (one DOI, link or title) become one work with one link.
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
    private static final Pattern ZH_VENUE = Pattern.compile("《([^》]{1,40})》\\s*(?:[（(]([A-Za-z][^）)]{2,80})[）)])?");
    private static final Pattern EN_VENUE = Pattern.compile(
            "(?:期刊|杂志|在|于)\\s*([A-Z][A-Za-z&:\\-]*(?:\\s+(?:[A-Z][A-Za-z&:\\-]*|of|on|and|in|for|the|to|at|&))*)\\s*(?:[（(]《[^》]+》[）)]|[（(][A-Z][A-Za-z\\- ]{1,20}[）)])?\\s*(?:期刊|杂志)?\\s*(?:上)?\\s*(?:在线)?\\s*(?:发表|刊发|发布|以|上)");
    private static final Pattern NOT_VENUE = Pattern.compile(".*(?:报告|方案|课程|计划|规划|纲要|指南|白皮书|名单)$");
    private static final Pattern AGGREGATE = Pattern.compile("共发表|\\d+\\s*余?篇|其中《");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日)");

    private final Lexicon lex;
    private final AuthorCredit credit;
    private final WorkTeams teams;

    WorkExtractor(Lexicon lex) {
        this.lex = lex;
        this.credit = new AuthorCredit(lex);
        this.teams = new WorkTeams(lex, credit);
    }

    List<WorkFact> extract(ItemText t) {
        List<WorkDraft> works = new ArrayList<>();
        for (ItemText.Sentence s : t.sentences) {
            WorkDraft d = statement(t, s);
            if (d != null) {
                works.add(d);
            }
        }
        PrintedWorks.citations(t, works);
        PrintedWorks.attachLinks(t, works);
        PrintedWorks.datasets(t, works);
        if (works.isEmpty()) {
            unnamedPaper(t, works);
        }
        if (works.isEmpty()) {
            return List.of();
        }
        merge(works);
        credit.credit(t, works);
        teams.credit(t, works);
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
}
