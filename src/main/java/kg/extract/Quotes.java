package kg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Text inside quotes and book-title marks (“…”, 《…》, "…") is a title, not the sentence's own words: a comma
 * there ends no clause and a verb there is nobody's deed.
 */
final class Quotes {
    private static final String OPEN = "“《";
    private static final String CLOSE = "”》";
    private static final String BREAKS = "，；,;";

    private Quotes() {
    }

    /** The text with every character inside quotes replaced by □ (the marks themselves stay). */
    static String mask(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        boolean ascii = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
                b.append(c);
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
                b.append(c);
            } else if (c == '"') {
                ascii = !ascii;
                b.append(c);
            } else {
                b.append(depth > 0 || ascii ? '□' : c);
            }
        }
        return b.toString();
    }

    /** The clauses of a sentence as [start, end) ranges, each ending after its ，；,; (outside quotes). */
    static List<int[]> clauses(String s) {
        String m = mask(s);
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < m.length(); i++) {
            if (BREAKS.indexOf(m.charAt(i)) >= 0) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < m.length()) {
            out.add(new int[] {start, m.length()});
        }
        return out;
    }

    /** Where the first clause of s ends (its ，。；,; outside quotes), or -1. */
    static int clauseEnd(String s) {
        String m = mask(s);
        for (int i = 0; i < m.length(); i++) {
            if ("，。；,;".indexOf(m.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
