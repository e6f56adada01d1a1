package kg.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as English text prints them: {@code 19 January 2018}, {@code 13-14 January 2014} (the first day),
 * {@code January 19, 2018}, {@code Sept. 5, 2018}, and {@code On September 3} with the year from the issue or,
 * failing that, from the sentence it stands in (… hosted 2018 Graduate Students Opening Ceremony).
 */
final class EnglishDates {
    private static final String MONTH = "(?<mon>January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\d])(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–—~]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?" + MONTH.replace("mon", "mon1")
                    + "(?![\\p{L}])(?:\\s*,?\\s*(?<y1>(?:19|20)\\d{2}))?"
                    + "|(?<![\\p{L}])" + MONTH + "(?![\\p{L}])\\s*(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:\\s*[-–—~]\\s*\\d{1,2}(?:st|nd|rd|th)?)?(?:\\s*,?\\s*(?<y2>(?:19|20)\\d{2}))?");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d])(?:19|20)\\d{2}(?![\\d])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** A date found at a place in a text. */
    record Found(LocalDate date, int start) {
    }

    private EnglishDates() {
    }

    static Optional<Found> first(String text, Integer issueYear) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            boolean dayFirst = m.group("d1") != null;
            String mon = m.group(dayFirst ? "mon1" : "mon");
            int day = Integer.parseInt(m.group(dayFirst ? "d1" : "d2"));
            String y = m.group(dayFirst ? "y1" : "y2");
            Integer year = y != null ? Integer.valueOf(y) : issueYear != null ? issueYear : sentenceYear(text, m.start(), m.end());
            if (year == null) {
                continue;
            }
            try {
                return Optional.of(new Found(LocalDate.of(year, MONTHS.get(mon.substring(0, 3).toLowerCase()), day), m.start()));
            } catch (DateTimeException e) {
                // 30 February and the like: not a date
            }
        }
        return Optional.empty();
    }

    /** The first year the sentence around a date names, or null. */
    private static Integer sentenceYear(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)) + 1;
        int to = text.length();
        for (String stop : new String[] {". ", "\n", "。"}) {
            int i = text.indexOf(stop, end);
            if (i >= 0 && i < to) {
                to = i;
            }
        }
        Matcher y = YEAR.matcher(text.substring(from, to));
        return y.find() ? Integer.valueOf(y.group()) : null;
    }
}
