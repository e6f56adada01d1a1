package kg.source;

/** The UTF-8 length of a text, counted without encoding it: the measure of a document's text limit. */
final class Utf8 {
    private Utf8() {
    }

    static long length(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
