package kg.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one news article page with jsoup into the shape of a one-item document: its title on the first line,
 * its date (as {@code YYYY-MM-DD}) on the second, then its paragraphs. Navigation, sidebars and footers are not
 * read (see {@link HtmlArticle}).
 */
final class HtmlReader implements DocumentReader {
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** The meta element that declares a charset must come within the first 1024 bytes (HTML standard). */
    private static final int PRESCAN = 4096;

    @Override
    public SourceDocument read(Path file, byte[] bytes) {
        String encoding;
        String html;
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            encoding = declared.name();
            html = TextDecoder.decodeDeclared(bytes, declared);
        } else {
            TextDecoder.Decoded d = TextDecoder.decode(bytes).orElseThrow(() -> new InputException(file,
                    "is not HTML in an encoding kg recognises (UTF-8, UTF-16, GB18030/GBK, Big5)"));
            encoding = d.encoding();
            html = d.text();
        }
        if (TextDecoder.looksBinary(html)) {
            throw new InputException(file, "holds binary data, not HTML");
        }
        Document page = Jsoup.parse(html);
        HtmlArticle article = HtmlArticle.of(page);
        if (article.paragraphs().isEmpty()) {
            throw new InputException(file, "has no article text (no paragraphs outside navigation and footers)");
        }
        List<String> lines = new ArrayList<>();
        String title = article.title().isBlank() ? file.getFileName().toString().replaceFirst("\\.[^.]+$", "")
                : article.title();
        lines.add(title);
        article.date().ifPresent(d -> lines.add(d.toString()));
        lines.addAll(article.paragraphs());
        return new SourceDocument(file, String.join("\n", lines) + "\n", SourceFormat.HTML, encoding, List.of());
    }

    /** The charset the page declares in a meta element, when Java knows it; GBK and GB2312 read as GB18030. */
    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toUpperCase(Locale.ROOT);
        if (name.equals("GBK") || name.equals("GB2312") || name.equals("X-GBK")) {
            return TextDecoder.GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an unknown declaration: detect instead
        }
    }
}
