package kg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an event took place, read from the sentence that reports it: a full date ({@code 2025年4月5日},
 * {@code 2025-04-05}), the first day of a range ({@code 4月5日至6日}, {@code 12月18-19日}, {@code 1月13—14日}),
 * or a day without a year ({@code 当地时间3月2日}), which takes the year of a date the document prints.
 * A month alone ({@code 2024年6月}) or {@code 近日} is no date: the event's day is not known.
 */
final class EventDate {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String RANGE_END = "(?=\\s*[-—–~～至到]\\s*\\d{1,2}\\s*[日号])";
    private static final Pattern DATE = Pattern.compile(
            "(?:(?<y>(?:19|20)\\d{2})\\s*年\\s*)?(?<![\\d.])(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*(?:[日号]|" + RANGE_END + ")"
                    + "|(?<y2>(?:19|20)\\d{2})\\s*[-./]\\s*(?<m2>\\d{1,2})\\s*[-./]\\s*(?<d2>\\d{1,2})(?!\\d)"
                    // a date whose 年 and 月 were lost on the way from the web page (2020127日): read below
                    + "|(?<![\\d年])(?<y3>(?:19|20)\\d{2})(?<md>\\d{2,3})日"
                    // English: 19 January 2018, 13-14 January 2014, September 3, 2018
                    + "|(?<![\\d.])(?<d4>\\d{1,2})(?:\\s*[-–—]\\s*\\d{1,2})?\\s+(?<mon>" + MONTHS + ")\\b(?:,?\\s*(?<y4>(?:19|20)\\d{2}))?"
                    + "|\\b(?<mon2>" + MONTHS + ")\\s+(?<d5>\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*[-–—]\\s*\\d{1,2})?(?:,?\\s*(?<y5>(?:19|20)\\d{2}))?");

    private static final List<String> MONTHS_LIST = List.of(MONTHS.split("\\|"));

    private static final Pattern HAPPENED = Pattern.compile(
            "举办|举行|召开|开展|组织|访问|到访|来访|莅临|启动|开幕|会见|接待|参加|出席");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.:/-])((?:19|20)\\d{2})(?![\\d.:/-])");
    private static final Pattern RECENTLY = Pattern.compile("近日|日前|近期|前不久|recently", Pattern.CASE_INSENSITIVE);

    private EventDate() {
    }

    /**
     * The date of the sentence that reports the event, else of the first sentence that reports something
     * happening (…举办/召开/访问…) when the headline names the event. A web article's date line is when it
     * was posted, not when the event took place, and {@code 近日} gives no day: then there is no date.
     */
    static LocalDate of(ItemText t, EventReport.Found report, boolean titled) {
        Integer year = yearOf(t);
        if (report != null) {
            LocalDate d = in(report.sentence().text(), year, t.item.date());
            if (d != null || !titled || RECENTLY.matcher(report.sentence().text()).find()) {
                return d; // 近日…召开: the text does not say the day, and a later date is of something else
            }
        }
        for (ItemText.Sentence s : t.sentences) {
            if (HAPPENED.matcher(s.text()).find()) {
                LocalDate d = in(s.text(), year, t.item.date());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The year a day printed without one falls in: the item's date, else the first year the item prints. */
    private static Integer yearOf(ItemText t) {
        if (t.item.date() != null) {
            return t.item.date().getYear();
        }
        String text = (t.item.title() == null ? "" : t.item.title()) + "\n" + t.text();
        Matcher y = YEAR.matcher(text);
        if (y.find()) {
            return Integer.valueOf(y.group(1));
        }
        Matcher bare = BARE_YEAR.matcher(text); // English: the 2018 Graduate Students Opening Ceremony
        return bare.find() ? Integer.valueOf(bare.group(1)) : null;
    }

    /**
     * The first date in the sentence, or null.
     *
     * @param year      the year for a date printed without one (null: such a date is not read)
     * @param published when the document was posted (null if unknown): settles a date that lost its 年 and 月
     */
    static LocalDate in(String sentence, Integer year, LocalDate published) {
        Matcher m = DATE.matcher(sentence);
        while (m.find()) {
            LocalDate d = toDate(m, year, published);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate toDate(Matcher m, Integer year, LocalDate published) {
        try {
            if (m.group("m") != null) {
                Integer y = m.group("y") != null ? Integer.valueOf(m.group("y")) : year;
                return y == null ? null : LocalDate.of(y, num(m, "m"), num(m, "d"));
            }
            if (m.group("y2") != null) {
                return LocalDate.of(num(m, "y2"), num(m, "m2"), num(m, "d2"));
            }
            if (m.group("y3") != null) {
                return lostSeparators(num(m, "y3"), m.group("md"), published);
            }
            boolean dayFirst = m.group("mon") != null;
            String y = dayFirst ? m.group("y4") : m.group("y5");
            Integer yy = y != null ? Integer.valueOf(y) : year;
            int month = MONTHS_LIST.indexOf(dayFirst ? m.group("mon") : m.group("mon2")) + 1;
            return yy == null ? null : LocalDate.of(yy, month, num(m, dayFirst ? "d4" : "d5"));
        } catch (DateTimeException e) {
            return null; // 2 月 30 日 and the like: not a date
        }
    }

    /**
     * 2020127日 is 1月27日 or 12月7日: the reading that falls last on or before the day the document was
     * posted (a report follows its event), else none.
     */
    private static LocalDate lostSeparators(int y, String md, LocalDate published) {
        if (published == null) {
            return null;
        }
        LocalDate best = null;
        for (int cut = 1; cut < md.length(); cut++) {
            try {
                LocalDate d = LocalDate.of(y, Integer.parseInt(md.substring(0, cut)), Integer.parseInt(md.substring(cut)));
                if (!d.isAfter(published) && (best == null || d.isAfter(best))) {
                    best = d;
                }
            } catch (DateTimeException | NumberFormatException e) {
                // not a month and day
            }
        }
        return best;
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
