package kg.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.source.SourceDocument;

/**
 * Turns text extracted from the newsletter's PDF back into paragraphs.
 *
 * <p>The PDF breaks lines at the page width, inside sentences and inside names, and repeats page
 * headers, page numbers and (at the foot of a page) the links that appeared on it. Lines are joined
 * when the earlier one reaches the page width and does not end a sentence; structural lines (section
 * headings, numbered item titles) always start a paragraph of their own. Formats whose lines are whole
 * paragraphs (HTML, Word) are never joined; headers the reader took off the pages count as running headers.
 */
public final class Normalizer {
    private static final Pattern RUNNING_HEADER =
            Pattern.compile("^\\d{4}\\s*年\\s*第\\s*[一二三四五六七八九十\\d]+\\s*期\\s*《[^》]{1,12}》.{0,20}$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(第\\s*)?\\d{1,3}(\\s*页)?$|^-\\s*\\d{1,3}\\s*-$");
    private static final Pattern LINK_LINE = Pattern.compile("^[（(]?((?:https?://|mailto:|www\\.)\\S+?)[）)]?$");
    private static final Pattern URL = Pattern.compile("(?:https?://|mailto:|www\\.)[\\w\\-./?%&=:#~+@,;!*']+");
    private static final Pattern STRUCTURAL =
            Pattern.compile("^([一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、](?![\\d.．])).*");
    private static final String SENTENCE_END = "。！？!?；;：:…";
    private static final String CLOSERS = "”’\"'）)》」』";
    /** Hard-wrapped text has most lines near one width; beyond this, lines are whole paragraphs. */
    private static final double MAX_WRAP_WIDTH = 70;

    public NormalizedDocument normalize(SourceDocument doc) {
        List<String> lines = new ArrayList<>();
        List<String> headers = new ArrayList<>(doc.pageHeaders());
        Set<String> seenLinks = new HashSet<>();
        for (String raw : doc.text().split("\\R")) {
            String line = clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (RUNNING_HEADER.matcher(line).matches()) {
                headers.add(line);
                continue;
            }
            if (PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            Matcher link = LINK_LINE.matcher(line);
            if (link.matches() && seenLinks.contains(canonicalLink(link.group(1)))) {
                continue; // a link the PDF repeated at the foot of the page: its item already has it
            }
            Matcher urls = URL.matcher(line);
            while (urls.find()) {
                seenLinks.add(canonicalLink(urls.group()));
            }
            lines.add(line);
        }
        double wrap = doc.format().mayWrapLines() ? wrapWidth(lines) : 0;
        return new NormalizedDocument(doc, join(lines, wrap), headers, wrap);
    }

    private static String clean(String raw) {
        return raw.replace('\u00A0', ' ').replace('\u3000', ' ').replace("\uFEFF", "").strip();
    }

    private static String canonicalLink(String url) {
        String u = url;
        while (!u.isEmpty() && "）)。，,;；".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u.replaceFirst("/$", "");
    }

    /** The width most long lines share: the PDF's line width. 0 when the text was not hard-wrapped. */
    static double wrapWidth(List<String> lines) {
        List<Double> widths = lines.stream().map(DisplayWidth::of).filter(w -> w >= 10).sorted().toList();
        if (widths.size() < 5) {
            return 0;
        }
        double p75 = widths.get((int) (widths.size() * 0.75));
        return p75 > MAX_WRAP_WIDTH ? 0 : p75;
    }

    private static List<String> join(List<String> lines, double wrap) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            boolean startsNew = previous == null
                    || STRUCTURAL.matcher(line).matches()
                    || !continues(previous, line, wrap);
            if (startsNew) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                }
                current.setLength(0);
                current.append(line);
            } else {
                appendJoined(current, line);
            }
            previous = line;
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /**
     * Does the text go on from this line to the next? It does when the line fills the page width and does not
     * end a sentence; a link on a line of its own ends its paragraph. A full line that ends a sentence may end
     * its paragraph too: it goes on only into a line that is itself full or ends a sentence, not into a short
     * unpunctuated one (a heading or a caption).
     */
    private static boolean continues(String line, String next, double wrap) {
        if (wrap == 0 || LINK_LINE.matcher(line).matches()) {
            return false;
        }
        double w = DisplayWidth.of(line);
        if (!endsSentence(line)) {
            return w >= wrap * 0.85;
        }
        return w >= wrap - 1.5 && (DisplayWidth.of(next) >= wrap * 0.85 || endsSentence(next));
    }

    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return SENTENCE_END.indexOf(line.charAt(i)) >= 0;
    }

    /** Joins a wrapped line, putting back the space that the break took from between two Latin words. */
    private static void appendJoined(StringBuilder sb, String next) {
        char last = sb.charAt(sb.length() - 1);
        char first = next.charAt(0);
        boolean latinPair = isLatinWordChar(last) && isLatinWordChar(first);
        // the PDF sets Latin words apart from Chinese with spaces; a break there took the space
        boolean mixed = isHan(last) && Character.isLetter(first) && first < 0x250
                || Character.isLetter(last) && last < 0x250 && isHan(first);
        if (latinPair || mixed || (last == ',' || last == ';') && isLatinWordChar(first)) {
            sb.append(' ');
        }
        sb.append(next);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }
}
