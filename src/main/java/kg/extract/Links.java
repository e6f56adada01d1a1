package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The links an item prints, with what each one says about the work behind it. */
final class Links {
    enum Kind { PAPER, PREPRINT, DATA, CODE, OTHER }

    /** A link, the label printed before it (论文链接, 数据链接 …) and the DOI it carries, if any. */
    record Link(String url, String label, Kind kind, String doi, int position) {
    }

    private static final Pattern URL = Pattern.compile("https?://[\\w\\-./?%&=:#~+@,;!*']+");
    private static final Pattern DOI_IN_URL = Pattern.compile("(10\\.\\d{4,9}/[^\\s?#）)，。]+)");
    private static final Pattern NATURE = Pattern.compile("nature\\.com/articles/(s\\d{5}-\\d{3}-\\d{5}-[0-9a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARXIV = Pattern.compile("arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE_HOST = Pattern.compile("(?:github\\.com|gitee\\.com|gitlab\\.com)/[^/\\s]+/([^/\\s?#）)]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPRINT_HOST = Pattern.compile("arxiv\\.org|biorxiv\\.org|essopenarchive|eartharxiv|ssrn\\.com|preprints\\.org", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_HOST = Pattern.compile("data\\.|zenodo\\.org|figshare|pangaea|dryad|/data/", Pattern.CASE_INSENSITIVE);

    private Links() {
    }

    static List<Link> in(String text) {
        List<Link> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String url = trim(m.group());
            String label = labelBefore(text, m.start());
            out.add(new Link(url, label, kind(url, label), doi(url), m.start()));
        }
        return out;
    }

    private static String trim(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;:!?）)".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static String labelBefore(String text, int at) {
        int from = Math.max(0, at - 12);
        String before = text.substring(from, at).replace("\n", "");
        int stop = before.lastIndexOf('。');
        return before.substring(stop + 1).replaceAll("[：:（(\\s]", "");
    }

    static String doi(String url) {
        Matcher nature = NATURE.matcher(url);
        if (nature.find()) {
            return "10.1038/" + nature.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher d = DOI_IN_URL.matcher(url);
        if (d.find()) {
            return d.group(1).replaceFirst("[./]+$", "");
        }
        Matcher arxiv = ARXIV.matcher(url);
        if (arxiv.find()) {
            return "10.48550/arXiv." + arxiv.group(1);
        }
        return null;
    }

    /** The repository name of a code link (github.com/owner/NAME), or null. */
    static String repositoryName(String url) {
        Matcher m = CODE_HOST.matcher(url);
        return m.find() ? m.group(1) : null;
    }

    private static Kind kind(String url, String label) {
        if (url.startsWith("mailto:")) {
            return Kind.OTHER;
        }
        if (CODE_HOST.matcher(url).find() || label.contains("代码")) {
            return Kind.CODE;
        }
        if (PREPRINT_HOST.matcher(url).find() || label.contains("预印本")) {
            return Kind.PREPRINT;
        }
        if (label.contains("数据链接") || label.contains("数据集链接") || DATA_HOST.matcher(url).find() && doi(url) == null) {
            return Kind.DATA;
        }
        if (doi(url) != null || label.matches(".*(?:论文|文章|原文)(?:链接|地址|网址).*")) {
            return Kind.PAPER;
        }
        return Kind.OTHER;
    }
}
