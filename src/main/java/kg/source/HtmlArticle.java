package kg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The article on a news page: its title, its date and its paragraphs.
 *
 * <p>Title and date come from where publishers put them (the article's {@code h1}, {@code og:title},
 * {@code time} and {@code article:published_time}, a 发布时间 line); the body is the element known to hold
 * articles on common sites, or else the one whose paragraphs hold the most text. Page chrome (navigation,
 * headers, footers, sidebars, share and comment boxes) is removed before the body is chosen. A link whose
 * address its text does not show is written after it in parentheses, so the address stays with the item.
 */
record HtmlArticle(String title, Optional<LocalDate> date, List<String> paragraphs) {
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final Pattern CHROME_NAME = Pattern.compile("(?i)(^|[-_\\s])(nav|navbar|menu|sidebar|side|"
            + "footer|foot|breadcrumbs?|crumbs?|share|social|comments?|related|recommend|pager|pagination|"
            + "copyright|toolbar|topbar|banner)([-_\\s]|$)");
    private static final String KNOWN_BODIES = "[itemprop=articleBody], .v_news_content, #vsb_content, "
            + ".article-content, .article_content, .news-content, .news_content, .TRS_Editor, article";
    private static final String BLOCKS = "p|div|section|article|main|h1|h2|h3|h4|h5|h6|li|ul|ol|blockquote|pre|"
            + "table|tr|figure|figcaption|dl|dt|dd|center|address";
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern LINK = Pattern.compile("^https?://\\S+$");

    HtmlArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    static HtmlArticle of(Document page) {
        Optional<LocalDate> declaredDate = firstDate(declaredDates(page));
        String ogTitle = page.select("meta[property=og:title]").attr("content").strip();
        Element body = page.body();
        removeChrome(body);
        Element container = container(body);
        String title = title(body, ogTitle, page.title());
        Optional<LocalDate> date = declaredDate.isPresent() ? declaredDate : firstDate(printedDates(body));
        container.select("h1").remove();
        List<String> paragraphs = new ArrayList<>(Paragraphs.of(container));
        if (!paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
            paragraphs.remove(0);
        }
        return new HtmlArticle(title, date, paragraphs);
    }

    /** Removes navigation, page headers and footers, sidebars and the like; an article's own header stays. */
    private static void removeChrome(Element body) {
        for (Element e : body.select(CHROME)) {
            if (!(e.nameIs("header") && e.closest("article") != null)) {
                e.remove();
            }
        }
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() != null && (CHROME_NAME.matcher(e.className()).find() || CHROME_NAME.matcher(e.id()).find())
                    && e.selectFirst(KNOWN_BODIES) == null) {
                e.remove();
            }
        }
    }

    private static String title(Element body, String ogTitle, String pageTitle) {
        for (String css : List.of("article h1", "[itemprop=headline]", ".v_news_title", "h1")) {
            Element e = body.selectFirst(css);
            if (e != null && !e.text().isBlank()) {
                return e.text().strip();
            }
        }
        if (!ogTitle.isEmpty()) {
            return ogTitle;
        }
        // a page title is usually "article - site"
        return pageTitle.split("\\s+[-_|–—]\\s+|_")[0].strip();
    }

    /** Dates the page states for machines: {@code time datetime=…}, {@code article:published_time} and kin. */
    private static List<String> declaredDates(Document page) {
        List<String> dates = new ArrayList<>();
        page.select("article time[datetime], time[datetime]").forEach(e -> dates.add(e.attr("datetime")));
        page.select("meta[property=article:published_time], meta[name=pubdate], meta[name=publishdate], "
                + "meta[name=PubDate], meta[name=date], meta[name=DC.date]").forEach(e -> dates.add(e.attr("content")));
        return dates;
    }

    /** Dates printed for readers: a 发布时间 line or a date element first, then any date in the text. */
    private static List<String> printedDates(Element body) {
        List<String> dates = new ArrayList<>();
        body.select("time, [class~=(?i)date|time|info|meta|pub], [id~=(?i)date|time|info|pub]")
                .forEach(e -> dates.add(e.text()));
        dates.add(body.text());
        return dates;
    }

    private static Optional<LocalDate> firstDate(List<String> candidates) {
        for (String c : candidates) {
            Matcher m = DATE.matcher(c);
            while (m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    // 2025-02-30 and the like: not a date
                }
            }
        }
        return Optional.empty();
    }

    /** The element that holds the article: a known one, or the one whose paragraphs hold the most text. */
    private static Element container(Element body) {
        for (Element e : body.select(KNOWN_BODIES)) {
            if (e.text().length() >= 50) {
                return e;
            }
        }
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : body.select("p")) {
            int length = p.text().length();
            if (p.parent() != null) {
                score.merge(p.parent(), length, Integer::sum);
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    /** The text of an element cut into paragraphs at block boundaries and line breaks, links written out. */
    private static final class Paragraphs implements NodeVisitor {
        private final List<String> out = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        static List<String> of(Element container) {
            Paragraphs p = new Paragraphs();
            p.traverse(container);
            p.endParagraph();
            return p.out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                current.append(t.text());
            } else if (node instanceof Element e && (isBlock(e) || e.nameIs("br"))) {
                endParagraph();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.nameIs("a")) {
                    String href = e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
                    if (LINK.matcher(href).matches() && !e.text().contains(href)) {
                        current.append('（').append(href).append('）');
                    }
                } else if (isBlock(e)) {
                    endParagraph();
                }
            }
        }

        private static boolean isBlock(Element e) {
            return e.normalName().matches(BLOCKS);
        }

        private void endParagraph() {
            String p = current.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
            current.setLength(0);
        }
    }
}
