package kg.normalize;

/**
 * How wide a line is on the printed page, in units of one CJK character. Latin letters, digits and
 * ASCII punctuation count half: that is roughly how the newsletter's PDF sets them.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static double of(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 1.0 : 0.5;
            i += Character.charCount(cp);
        }
        return w;
    }

    static boolean isWide(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—')
                || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA;
    }
}
