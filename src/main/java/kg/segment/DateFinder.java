package kg.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first full date in a text: {@code 2025 年 3 月 24 日}, {@code 2025-03-24}, {@code 2025.3.24},
 * {@code 2025/3/24}, or {@code 3 月 11 日} with the year supplied by the issue. Dates without a day
 * ({@code 2024 年 4 月}) are not dates of an event and are skipped. Dates printed in English are read by
 * {@link EnglishDates}.
 */
public final class DateFinder {
    private static final Pattern DATE = Pattern.compile(
            "(?<y>(?:19|20)\\d{2})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*[日号]"
                    + "|(?<y2>(?:19|20)\\d{2})\\s*[-./]\\s*(?<m2>\\d{1,2})\\s*[-./]\\s*(?<d2>\\d{1,2})(?!\\d)"
                    + "|(?<![\\d年.])(?<m3>\\d{1,2})\\s*月\\s*(?<d3>\\d{1,2})\\s*[日号]");

    private DateFinder() {
    }

    public static Optional<LocalDate> first(String text, Integer issueYear) {
        Matcher m = DATE.matcher(text);
        Optional<EnglishDates.Found> english = EnglishDates.first(text, issueYear);
        while (m.find()) {
            if (english.isPresent() && english.get().start() < m.start()) {
                break;
            }
            Optional<LocalDate> date = toDate(m, issueYear);
            if (date.isPresent()) {
                return date;
            }
        }
        return english.map(EnglishDates.Found::date);
    }

    /** Does the text open with a date (as an item's first line often does)? */
    public static boolean startsWithDate(String text) {
        Matcher m = DATE.matcher(text);
        return m.lookingAt();
    }

    private static Optional<LocalDate> toDate(Matcher m, Integer issueYear) {
        try {
            if (m.group("y") != null) {
                return Optional.of(LocalDate.of(num(m, "y"), num(m, "m"), num(m, "d")));
            }
            if (m.group("y2") != null) {
                return Optional.of(LocalDate.of(num(m, "y2"), num(m, "m2"), num(m, "d2")));
            }
            if (issueYear != null) {
                return Optional.of(LocalDate.of(issueYear, num(m, "m3"), num(m, "d3")));
            }
        } catch (DateTimeException e) {
            // 2 月 30 日 and the like: not a date
        }
        return Optional.empty();
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
