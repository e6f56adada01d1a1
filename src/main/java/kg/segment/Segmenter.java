package kg.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.normalize.DisplayWidth;
import kg.normalize.NormalizedDocument;

/**
 * Cuts a normalised document into its items.
 *
 * <p>Grammar of an issue: section headings ({@code 一、头条}), each followed by items whose titles are
 * numbered {@code 1.}, {@code 2.} … and may wrap onto a second line; an item may also start with an
 * unnumbered headline. Bodies contain numbered sub-headings of their own ({@code 1. 文化差异}), so the item
 * titles are the longest run 1, 2, 3 … in a section, preferring long (headline-like) titles where two runs
 * compete. A document without that structure is one item, with a warning; a web article page is one item
 * by nature, without one.
 */
public final class Segmenter {
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})、\\s*(\\S.{0,20})$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.．、](?![\\d.．])\\s*(\\S.*)$");
    private static final String SENTENCE_END = "。！？!?；;，,：:";

    public SegmentedDocument segment(NormalizedDocument doc) {
        List<String> warnings = new ArrayList<>();
        List<String> paras = doc.paragraphs();
        List<String> headerSources = new ArrayList<>(doc.runningHeaders());
        headerSources.addAll(paras.subList(0, Math.min(3, paras.size())));
        IssueMeta issue = IssueHeaderParser.parse(headerSources, doc.source().name());
        Integer year = issue.year() != null ? issue.year()
                : DateFinder.first(String.join("\n", paras), null).map(LocalDate::getYear).orElse(null);

        List<int[]> sections = findSections(paras); // [start, numeral]
        List<Item> items = new ArrayList<>();
        if (doc.source().format().singleArticle()) {
            return new SegmentedDocument(issue, List.of(singleArticle(paras, year)), warnings);
        }
        if (sections.isEmpty()) {
            List<Integer> titles = chooseItemTitles(paras, 0, paras.size());
            if (titles.size() >= 2) {
                items.addAll(cut(paras, 0, paras.size(), null, 1, titles, year, doc.wrapWidth()));
            }
        } else {
            for (int s = 0; s < sections.size(); s++) {
                int start = sections.get(s)[0] + 1;
                int end = s + 1 < sections.size() ? sections.get(s + 1)[0] : paras.size();
                String name = SECTION.matcher(paras.get(sections.get(s)[0])).replaceFirst("$2").strip();
                List<Integer> titles = chooseItemTitles(paras, start, end);
                items.addAll(cut(paras, start, end, name, s + 1, titles, year, doc.wrapWidth()));
            }
        }
        if (items.isEmpty()) {
            items.addAll(NewsParagraphs.split(paras, year));
        }
        if (items.isEmpty()) {
            warnings.add(doc.source().name() + ": no sections or numbered items found; read as a single article");
            items.add(singleArticle(paras, year));
        }
        return new SegmentedDocument(issue, items, warnings);
    }

    /** Section headings numbered on from the first one (an excerpt may start at 三、). */
    private static List<int[]> findSections(List<String> paras) {
        List<int[]> out = new ArrayList<>();
        int expected = -1;
        for (int i = 0; i < paras.size(); i++) {
            Matcher m = SECTION.matcher(paras.get(i));
            if (m.matches() && (expected < 0 || ChineseNumerals.parse(m.group(1)) == expected)) {
                expected = ChineseNumerals.parse(m.group(1));
                out.add(new int[] {i, expected});
                expected++;
            }
        }
        return out;
    }

    /**
     * Paragraph indexes of the item titles in [start, end): the run numbered 1, 2, 3 … whose titles look most
     * like headlines. A candidate scores for its length, for being numbered in the section's own style
     * ({@code 1.标题} vs {@code 1. 小标题}) and for being followed by a lead that gives a date; a body's short
     * sub-heading scores below zero, so a run takes it only when nothing better carries the number.
     */
    private static List<Integer> chooseItemTitles(List<String> paras, int start, int end) {
        List<Integer> cands = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (NUMBERED.matcher(paras.get(i)).matches()) {
                cands.add(i);
            }
        }
        Boolean spaced = cands.stream().filter(c -> number(paras.get(c)) == 1)
                .max(java.util.Comparator.comparingDouble(c -> DisplayWidth.of(paras.get(c))))
                .map(c -> spacedAfterNumber(paras.get(c))).orElse(null);
        int n = cands.size();
        double[] best = new double[n];
        int[] prev = new int[n];
        int top = -1;
        for (int c = 0; c < n; c++) {
            int at = cands.get(c);
            int num = number(paras.get(at));
            double own = titleScore(paras, at, end, spaced);
            best[c] = Double.NEGATIVE_INFINITY;
            prev[c] = -1;
            if (num == 1) {
                best[c] = own;
            }
            for (int p = 0; p < c; p++) {
                if (best[p] > Double.NEGATIVE_INFINITY && number(paras.get(cands.get(p))) == num - 1
                        && best[p] + own > best[c]) {
                    best[c] = best[p] + own;
                    prev[c] = p;
                }
            }
            if (best[c] > Double.NEGATIVE_INFINITY && (top < 0 || best[c] > best[top])) {
                top = c;
            }
        }
        List<Integer> chosen = new ArrayList<>();
        for (int c = top; c >= 0; c = prev[c]) {
            chosen.add(0, cands.get(c));
        }
        return chosen;
    }

    private static double titleScore(List<String> paras, int at, int end, Boolean spaced) {
        String para = paras.get(at);
        String title = NUMBERED.matcher(para).replaceFirst("$2");
        double score = Math.min(DisplayWidth.of(title), 30) / 10;
        if (endsLikeSentence(title)) {
            score -= 1;
        }
        if (DisplayWidth.of(title) < 6) {
            score -= 1;
        }
        if (spaced != null) {
            score += spacedAfterNumber(para) == spaced ? 1 : -2;
        }
        for (int i = at + 1; i < Math.min(end, at + 3); i++) {
            String lead = paras.get(i);
            if (DateFinder.first(lead.substring(0, Math.min(lead.length(), 40)), 2000).isPresent()) {
                score += 2;
                break;
            }
        }
        return score;
    }

    private static boolean spacedAfterNumber(String para) {
        Matcher m = NUMBERED.matcher(para);
        return m.matches() && Character.isWhitespace(para.charAt(m.start(2) - 1));
    }

    private static int number(String para) {
        Matcher m = NUMBERED.matcher(para);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static boolean endsLikeSentence(String s) {
        return !s.isEmpty() && SENTENCE_END.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private List<Item> cut(List<String> paras, int start, int end, String section, int sectionIndex,
                           List<Integer> titles, Integer year, double wrap) {
        double titleLineWidth = titles.stream().mapToDouble(i -> DisplayWidth.of(paras.get(i))).max().orElse(0);
        List<Item> items = new ArrayList<>();
        int index = 0;
        for (int t = 0; t < titles.size(); t++) {
            int at = titles.get(t);
            int stop = t + 1 < titles.size() ? titles.get(t + 1) : end;
            String title = NUMBERED.matcher(paras.get(at)).replaceFirst("$2").strip();
            int bodyStart = at + 1;
            if (bodyStart < stop && wrapsOnto(paras.get(at), paras.get(bodyStart), titleLineWidth, wrap)) {
                title = title + paras.get(bodyStart);
                bodyStart++;
            }
            Integer number = Integer.valueOf(number(paras.get(at)));
            // an unnumbered headline inside the item's span starts an item of its own
            int bodyEnd = stop;
            List<int[]> unnumbered = new ArrayList<>();
            for (int i = bodyStart + 1; i < stop - 1; i++) {
                if (isUnnumberedHeadline(paras.get(i), paras.get(i + 1), wrap)) {
                    unnumbered.add(new int[] {i});
                }
            }
            if (!unnumbered.isEmpty()) {
                bodyEnd = unnumbered.get(0)[0];
            }
            items.add(item(sectionIndex, ++index, section, number, title, paras.subList(bodyStart, bodyEnd), year));
            for (int u = 0; u < unnumbered.size(); u++) {
                int h = unnumbered.get(u)[0];
                int uEnd = u + 1 < unnumbered.size() ? unnumbered.get(u + 1)[0] : stop;
                items.add(item(sectionIndex, ++index, section, null, paras.get(h), paras.subList(h + 1, uEnd), year));
            }
        }
        return items;
    }

    /** A title long enough to have filled its line, followed by a short line that is not a date line. */
    private static boolean wrapsOnto(String titleLine, String next, double titleLineWidth, double wrap) {
        return wrap > 0
                && DisplayWidth.of(titleLine) >= titleLineWidth - 3.5
                && DisplayWidth.of(next) < wrap * 0.85
                && !endsLikeSentence(next)
                && !DateFinder.startsWithDate(next)
                && !NUMBERED.matcher(next).matches();
    }

    /**
     * A headline without a number: a short line of its own, not a sentence, whose next paragraph is a
     * news lead (it gives a date) that restates part of the headline.
     */
    private static boolean isUnnumberedHeadline(String para, String next, double wrap) {
        double w = DisplayWidth.of(para);
        if (w < 8 || (wrap > 0 && w >= wrap * 0.85) || endsLikeSentence(para) || para.endsWith("。")) {
            return false;
        }
        String lead = next.length() > 120 ? next.substring(0, 120) : next;
        if (DateFinder.first(lead, 2000).isEmpty()) {
            return false;
        }
        return sharesPhrase(para, next, 4);
    }

    private static boolean sharesPhrase(String a, String b, int n) {
        String compactA = a.replaceAll("\\s+", "");
        String compactB = b.replaceAll("\\s+", "");
        for (int i = 0; i + n <= compactA.length(); i++) {
            String gram = compactA.substring(i, i + n);
            if (gram.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    && compactB.contains(gram)) {
                return true;
            }
        }
        return false;
    }

    private static Item item(int sectionIndex, int index, String section, Integer number, String title,
                             List<String> body, Integer year) {
        LocalDate date = DateFinder.first(String.join("\n", body), year).orElse(null);
        return new Item(sectionIndex + "." + index, section, sectionIndex, number, title, date, body);
    }

    private static Item singleArticle(List<String> paras, Integer year) {
        if (paras.isEmpty()) {
            return new Item("1.1", null, 1, null, "", null, List.of());
        }
        String first = paras.get(0);
        boolean headline = paras.size() > 1 && DisplayWidth.of(first) <= 60 && !first.endsWith("。");
        String title = headline ? first : "";
        List<String> body = headline ? paras.subList(1, paras.size()) : paras;
        LocalDate date = DateFinder.first(String.join("\n", body), year).orElse(null);
        return new Item("1.1", null, 1, null, title, date, body);
    }
}
