package kg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works an item prints rather than states: links (论文链接, a code repository), references in the form
 * papers cite each other, and datasets named by their title.
 */
final class PrintedWorks {
    private static final Pattern DATASET_TITLE = Pattern.compile("[“\"]([^”\"]{4,60}数据集[^”\"]{0,20})[”\"]");
    /** 发布了包含…的高原冰湖面积数据集: a dataset named without quotes, by the people the sentence opens with. */
    private static final Pattern BARE_DATASET = Pattern.compile(
            "(?:发布|构建|建立|研制|生成|研发|开发|推出)了?([^，。；“”\"]{2,40}?数据集)");

    private PrintedWorks() {
    }

    /** Paper, preprint and code links go to the work they print the link for, or become works themselves. */
    static void attachLinks(ItemText t, List<WorkDraft> works) {
        Set<String> seen = new HashSet<>();
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
    static void citations(ItemText t, List<WorkDraft> works) {
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

    /** A dataset named in quotes (“…数据集（1984-2020）”) is a work; a data link is its link. */
    static void datasets(ItemText t, List<WorkDraft> works) {
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

}
