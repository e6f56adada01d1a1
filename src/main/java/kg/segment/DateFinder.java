package kg.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first full date in a text: {@code 2025 年 3 月 24 日}, {@code 2025-03-24}, {@code 2025.3.24},
 * {@code 2025/3/24}, {@code 3 月 11 日} with the year supplied by the issue, and the English forms
 * {@code 13 January 2014}, {@code January 13, 2014}, {@code Sept. 5}. A range ({@code 3月13—14日},
 * {@code 13-14 January}) is dated by its first day. Dates without a day ({@code 2024 年 4 月}) are not dates of an
 * event and are skipped.
 */
public final class DateFinder {
    private static final String RANGE_END = "(?:\\s*[-—–~～至到]\\s*\\d{1,2})?";
    private static final String MONTH = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![a-z])";
    private static final Pattern DATE = Pattern.compile(
            "(?<y>(?:19|20)\\d{2})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})" + RANGE_END + "\\s*[日号]"
                    + "|(?<y2>(?:19|20)\\d{2})\\s*[-./]\\s*(?<m2>\\d{1,2})\\s*[-./]\\s*(?<d2>\\d{1,2})(?!\\d)"
                    + "|(?<![\\d年.])(?<m3>\\d{1,2})\\s*月\\s*(?<d3>\\d{1,2})" + RANGE_END + "\\s*[日号]"
                    + "|(?<![\\d.])(?<d4>\\d{1,2})(?:st|nd|rd|th)?" + RANGE_END + "\\s+(?<m4>" + MONTH + ")\\.?"
                    + "(?:\\s*,?\\s*(?<y4>(?:19|20)\\d{2}))?"
                    + "|(?<m5>" + MONTH + ")\\.?\\s+(?<d5>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])" + RANGE_END
                    + "(?:\\s*,\\s*(?<y5>(?:19|20)\\d{2}))?");
    /** A year the text names on its own (2019年度, 2018年, 2018 Annual): the year of dates printed without one. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.\\-/])((?:19|20)\\d{2})(?:\\s*年|(?![\\d\\-./]))");

    private DateFinder() {
    }

    public static Optional<LocalDate> first(String text, Integer issueYear) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = toDate(m, issueYear, text);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The year a document's dates belong to when it prints no header: that of its first full date, else the first
     * year it names (a report's 2019年度, an English 2018), or null.
     */
    public static Integer documentYear(String text) {
        Optional<LocalDate> full = first(text, null);
        if (full.isPresent()) {
            return full.get().getYear();
        }
        Matcher y = YEAR.matcher(text);
        return y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    /** Does the text open with a date (as an item's first line often does)? */
    public static boolean startsWithDate(String text) {
        Matcher m = DATE.matcher(text);
        return m.lookingAt();
    }

    /** Does the text open with a full date, day and month at least, in its first words ({@code On 3 May 2018, …})? */
    public static boolean opensWithDate(String text) {
        Matcher m = DATE.matcher(text);
        String head = text.replaceFirst("^(?:On|In|From)\\s+(?:the\\s+(?:morning|afternoon|evening)\\s+of\\s+)?", "");
        m.reset(head);
        return m.lookingAt();
    }

    private static Optional<LocalDate> toDate(Matcher m, Integer issueYear, String text) {
        try {
            if (m.group("y") != null) {
                return Optional.of(LocalDate.of(num(m, "y"), num(m, "m"), num(m, "d")));
            }
            if (m.group("y2") != null) {
                return Optional.of(LocalDate.of(num(m, "y2"), num(m, "m2"), num(m, "d2")));
            }
            if (m.group("m4") != null) {
                return english(m.group("y4"), m.group("m4"), num(m, "d4"), issueYear, text);
            }
            if (m.group("m5") != null) {
                return english(m.group("y5"), m.group("m5"), num(m, "d5"), issueYear, text);
            }
            if (issueYear != null) {
                return Optional.of(LocalDate.of(issueYear, num(m, "m3"), num(m, "d3")));
            }
        } catch (DateTimeException e) {
            // 2 月 30 日 and the like: not a date
        }
        return Optional.empty();
    }

    /** An English date without its year takes the issue's, else the one its text names (On June 5, … its 2019 open day). */
    private static Optional<LocalDate> english(String year, String month, int day, Integer issueYear, String text) {
        Integer y = year != null ? Integer.valueOf(year) : issueYear;
        if (y == null) {
            Matcher named = YEAR.matcher(text);
            y = named.find() ? Integer.valueOf(named.group(1)) : null;
        }
        if (y == null) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(y, monthNumber(month), day));
    }

    private static int monthNumber(String month) {
        String m = month.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m) / 3 + 1;
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
