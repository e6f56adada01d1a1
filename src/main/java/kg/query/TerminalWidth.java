package kg.query;

/**
 * How many columns of a fixed-width terminal a text takes, after Markus Kuhn's {@code wcwidth}: East Asian wide
 * and fullwidth characters (Unicode's EastAsianWidth W and F: CJK ideographs and punctuation, kana, Hangul,
 * fullwidth forms, most emoji) take two, combining marks and format characters none, everything else one.
 * {@code kg.normalize.DisplayWidth} measures a printed PDF line, where Latin counts half and curly quotes count
 * as wide; terminals set those quotes narrow.
 */
final class TerminalWidth {
    private TerminalWidth() {
    }

    static int of(String s) {
        return s.codePoints().map(TerminalWidth::columns).sum();
    }

    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp >= 0x1160 && cp <= 0x11FF) { // Hangul medial vowels and final consonants join the syllable before
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp == 0x2329 || cp == 0x232A
                || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE10 && cp <= 0xFE19
                || cp >= 0xFE30 && cp <= 0xFE6F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x2FFFD
                || cp >= 0x30000 && cp <= 0x3FFFD;
    }
}
