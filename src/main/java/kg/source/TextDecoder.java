package kg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes text whose encoding nobody declared. A byte-order mark settles it; so does the pattern of zero bytes
 * that UTF-16 without a mark leaves; otherwise juniversalchardet's guess is tried first and the encodings
 * Chinese documents come in after it (UTF-8, GB18030, Big5), each strictly: the first that decodes every byte
 * wins. GB18030 stands for GBK and GB2312 too, being a superset of both.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    private static final List<Charset> CHINESE = List.of(StandardCharsets.UTF_8, GB18030, BIG5);
    /** Enough bytes for the detector and the zero-byte count to make up their minds. */
    private static final int SAMPLE = 1 << 16;

    /** Text and the name of the encoding it was decoded with. */
    record Decoded(String text, String encoding) {
    }

    private TextDecoder() {
    }

    /** The text, or empty when no encoding kg knows decodes the bytes. */
    static Optional<Decoded> decode(byte[] bytes) {
        Optional<Decoded> marked = byByteOrderMark(bytes);
        if (marked.isPresent()) {
            return marked;
        }
        Charset utf16 = utf16ByZeroBytes(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16).map(t -> new Decoded(t, utf16.name()));
        }
        List<Charset> order = new ArrayList<>();
        detected(bytes).ifPresent(order::add);
        CHINESE.stream().filter(c -> !order.contains(c)).forEach(order::add);
        for (Charset c : order) {
            Optional<String> text = strict(bytes, 0, c);
            if (text.isPresent()) {
                return Optional.of(new Decoded(text.get(), c.name()));
            }
        }
        return Optional.empty();
    }

    /** Decodes with a charset the document declared, replacing what does not decode. */
    static String decodeDeclared(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Optional<Decoded> byByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8).map(t -> new Decoded(t, "UTF-8 with BOM"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE).map(t -> new Decoded(t, "UTF-16BE with BOM"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE).map(t -> new Decoded(t, "UTF-16LE with BOM"));
        }
        return Optional.empty();
    }

    /**
     * UTF-16 without a byte-order mark: the ASCII in it (line breaks, digits, spaces) puts zero bytes all on
     * one side of each pair, which no 8-bit encoding does.
     */
    private static Charset utf16ByZeroBytes(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int zeros = even + odd;
        if (n < 4 || zeros == 0 || zeros < n / 40) {
            return null;
        }
        if (even >= zeros * 0.95) {
            return StandardCharsets.UTF_16BE;
        }
        return odd >= zeros * 0.95 ? StandardCharsets.UTF_16LE : null;
    }

    /** juniversalchardet's guess, when it names an encoding Chinese documents use. */
    private static Optional<Charset> detected(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, SAMPLE));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "UTF-8", "US-ASCII" -> Optional.of(StandardCharsets.UTF_8);
            case "GB18030", "GBK", "GB2312", "EUC-CN" -> Optional.of(GB18030);
            case "BIG5" -> Optional.of(BIG5);
            default -> Optional.empty(); // Korean, Japanese, Latin guesses for Chinese bytes are misreadings
        };
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether text holds characters no document has: NUL and the other C0 controls except tab, line and page
     * breaks. Binary junk decodes to these in every encoding that accepts it.
     */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == '\uFFFD') {
                controls++;
            }
        }
        return controls > text.length() / 200;
    }

    /** The same test on raw bytes, for junk that no encoding decodes. */
    static boolean looksBinary(byte[] bytes) {
        return looksBinary(new String(bytes, 0, Math.min(bytes.length, SAMPLE), StandardCharsets.ISO_8859_1));
    }
}
