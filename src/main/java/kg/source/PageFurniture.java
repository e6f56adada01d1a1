package kg.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a PDF's running headers, footers and page numbers from its text. Furniture stands in the top or bottom
 * margin of the page and is either a bare page number or a line that the margins of several pages repeat (its
 * digits aside: {@code 总第 66 期} and page counters vary). Text in the margin that repeats nowhere stays text.
 */
final class PageFurniture {
    /** The share of the page height at the top and at the bottom where furniture stands. */
    private static final float MARGIN = 0.1f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-–—\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*/\\s*\\d{1,4}|\\s*of\\s*\\d{1,4})?[-–—\\s]*$"
                    + "|^(page|p\\.)\\s*\\d{1,4}(\\s*(/|of)\\s*\\d{1,4})?$", Pattern.CASE_INSENSITIVE);

    private final Set<PdfLine> furniture = new HashSet<>();
    private final List<String> headers = new ArrayList<>();

    private PageFurniture() {
    }

    /** The furniture among lines from pages whose heights are given (index 0 is page 1). */
    static PageFurniture find(List<PdfLine> lines, List<Float> pageHeights) {
        PageFurniture f = new PageFurniture();
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (PdfLine l : lines) {
            if (inMargin(l, pageHeights)) {
                pagesByKey.computeIfAbsent(key(l.text()), k -> new HashSet<>()).add(l.page());
            }
        }
        int repeatsOn = Math.max(2, (int) Math.ceil(pageHeights.size() * 0.3));
        Set<String> headers = new LinkedHashSet<>();
        for (PdfLine l : lines) {
            if (!inMargin(l, pageHeights)) {
                continue;
            }
            if (PAGE_NUMBER.matcher(l.text()).matches()) {
                f.furniture.add(l);
            } else if (pagesByKey.get(key(l.text())).size() >= repeatsOn) {
                f.furniture.add(l);
                headers.add(l.text());
            }
        }
        f.headers.addAll(headers);
        return f;
    }

    boolean contains(PdfLine line) {
        return furniture.contains(line);
    }

    /** The running headers and footers other than page numbers, each once, in the order first seen. */
    List<String> headers() {
        return List.copyOf(headers);
    }

    private static boolean inMargin(PdfLine l, List<Float> pageHeights) {
        float height = pageHeights.get(l.page() - 1);
        return l.bottom() <= height * MARGIN || l.top() >= height * (1 - MARGIN);
    }

    private static String key(String text) {
        return text.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}
