package kg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.segment.DateFinder;

/**
 * When an event took place, read from the sentence that reports it: a full date ({@code 2025年4月5日},
 * {@code 2025-04-05}), the first day of a range ({@code 4月5日至6日}, {@code 12月18-19日}, {@code 1月13—14日}),
 * or a day without a year ({@code 当地时间3月2日}), which takes the year of a date the document prints.
 * A month alone ({@code 2024年6月}) or {@code 近日} is no date: the event's day is not known.
 */
final class EventDate {
    /** A date whose 年 and 月 were lost on the way from the web page (2020127日); other forms are DateFinder's. */
    private static final Pattern LOST_SEPARATORS = Pattern.compile("(?<![\\d年])((?:19|20)\\d{2})(\\d{2,3})日");

    private static final Pattern HAPPENED = Pattern.compile(
            "举办|举行|召开|开展|组织|访问|到访|来访|莅临|启动|开幕|会见|接待|参加|出席");
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
        return DateFinder.documentYear((t.item.title() == null ? "" : t.item.title()) + "\n" + t.text());
    }

    /**
     * The first date in the sentence, or null.
     *
     * @param year      the year for a date printed without one (null: such a date is not read)
     * @param published when the document was posted (null if unknown): settles a date that lost its 年 and 月
     */
    static LocalDate in(String sentence, Integer year, LocalDate published) {
        Optional<LocalDate> printed = DateFinder.first(sentence, year);
        if (printed.isPresent()) {
            return printed.get();
        }
        Matcher lost = LOST_SEPARATORS.matcher(sentence);
        return lost.find() ? lostSeparators(Integer.parseInt(lost.group(1)), lost.group(2), published) : null;
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

}
