package kg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences at 。！？ (keeping a closing quote with its sentence); a paragraph written
 * in English is also split at its full stops ({@link EnglishSentences}).
 */
final class Sentences {
    private static final String ENDS = "。！？!?";
    private static final String CLOSERS = "”’」』）)";

    private Sentences() {
    }

    static List<String> of(String paragraph) {
        // English splits at its full stops, but a reference (Authors. "Title," in Journal, doi) is one statement
        if (EnglishSentences.isEnglish(paragraph) && Citation.in(paragraph) == null) {
            return EnglishSentences.of(paragraph);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            if (ENDS.indexOf(paragraph.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < paragraph.length() && CLOSERS.indexOf(paragraph.charAt(end)) >= 0
                        && !(paragraph.charAt(end) == '）' || paragraph.charAt(end) == ')')) {
                    end++;
                }
                add(out, paragraph.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        add(out, paragraph.substring(start));
        return out;
    }

    static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
