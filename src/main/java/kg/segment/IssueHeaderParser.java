package kg.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the issue's metadata from its running header, {@code 2025 年第一期《工作动态》总第 66 期}. */
final class IssueHeaderParser {
    private static final Pattern HEADER = Pattern.compile(
            "(?<year>\\d{4})\\s*年\\s*第\\s*(?<number>[一二三四五六七八九十\\d]+)\\s*期\\s*《(?<series>[^》]+)》"
                    + "(?:\\s*总\\s*第\\s*(?<serial>\\d+)\\s*期)?");

    private IssueHeaderParser() {
    }

    static IssueMeta parse(List<String> candidates, String documentName) {
        for (String line : candidates) {
            Matcher m = HEADER.matcher(line);
            if (m.find()) {
                Integer serial = m.group("serial") == null ? null : Integer.valueOf(m.group("serial"));
                return new IssueMeta(m.group("series").strip(), Integer.valueOf(m.group("year")),
                        ChineseNumerals.parse(m.group("number")), serial, documentName);
            }
        }
        return new IssueMeta(null, null, null, null, documentName);
    }
}
