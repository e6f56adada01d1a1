package kg.query;

import org.jline.utils.WCWidth;

/**
 * How many columns of a fixed-width terminal a text takes: JLine's port of Markus Kuhn's {@code wcwidth}, where
 * East Asian wide and fullwidth characters (CJK ideographs and punctuation, kana, Hangul) take two, combining
 * marks none, everything else one. {@code kg.normalize.DisplayWidth} measures a printed PDF line instead, where
 * Latin counts half and curly quotes count as wide; terminals set those quotes narrow.
 */
final class TerminalWidth {
    private TerminalWidth() {
    }

    static int of(String s) {
        // wcwidth says -1 for control characters; a table cell has had them replaced already
        return s.codePoints().map(cp -> Math.max(0, WCWidth.wcwidth(cp))).sum();
    }
}
