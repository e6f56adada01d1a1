package kg.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a file's first bytes say it is, whatever its name says: a PDF, a zip archive (a .docx), an OLE2
 * compound file (a .doc, or an encrypted Office file), an HTML page.
 */
final class Sniffer {
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*)*(<\\?xml[^>]*>\\s*)?(<!doctype\\s+html|<html[\\s>])", Pattern.DOTALL);

    private Sniffer() {
    }

    /** The format the content shows plainly, if it shows one. */
    static Optional<SourceFormat> format(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").toLowerCase(Locale.ROOT);
        if (head.stripLeading().startsWith("%pdf-")) {
            return Optional.of(SourceFormat.PDF);
        }
        if (isZip(bytes) || isOle2(bytes)) {
            return Optional.of(SourceFormat.DOCX);
        }
        if (HTML_START.matcher(head).find()) {
            return Optional.of(SourceFormat.HTML);
        }
        return Optional.empty();
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0 && (b[4] & 0xFF) == 0xA1 && (b[5] & 0xFF) == 0xB1
                && (b[6] & 0xFF) == 0x1A && (b[7] & 0xFF) == 0xE1;
    }
}
