package kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day an event took place, as the genre prints it (made-up sentences). */
class EventDateTest {
    private static final LocalDate POSTED = LocalDate.of(2024, 12, 9);

    private static LocalDate read(String sentence) {
        return EventDate.in(sentence, 2024, POSTED);
    }

    @Test
    void fullDatesAndRangesGiveTheirFirstDay() {
        assertEquals(LocalDate.of(2025, 4, 5), read("2025年4月5日至6日,项目启动会在杭州召开。"));
        assertEquals(LocalDate.of(2018, 12, 18), read("2018年12月18-19日,专家组在长沙对项目进行了验收。"));
        assertEquals(LocalDate.of(2014, 1, 13), read("2014年1月13—14日,学术年会在京召开。"));
        assertEquals(LocalDate.of(2025, 3, 24), read("会议于2025-03-24在北京举行。"));
    }

    @Test
    void aDayWithoutAYearTakesTheYearGiven() {
        assertEquals(LocalDate.of(2024, 10, 27), read("10月27日,年度工作总结会在西宁召开。"));
        assertEquals(LocalDate.of(2024, 3, 2), read("当地时间3月2日,代表团访问了该研究所。"));
        assertNull(EventDate.in("10月27日,总结会召开。", null, null));
    }

    @Test
    void aMonthOrRecentlyIsNoDay() {
        assertNull(read("2024年6月,他在广州参加学术年会。"));
        assertNull(read("近日,研讨会在北京召开。"));
    }

    @Test
    void aDateThatLostItsSeparatorsIsReadAsTheLastBeforePosting() {
        // 2024127日: 12月7日 (two days before posting) rather than 1月27日
        assertEquals(LocalDate.of(2024, 12, 7), read("2024127日,学术研讨会在报告厅举办。"));
        assertNull(EventDate.in("2024127日,学术研讨会在报告厅举办。", 2024, null));
    }

    @Test
    void englishDates() {
        assertEquals(LocalDate.of(2018, 1, 19), read("On 19 January 2018, the Annual Meeting was held."));
        assertEquals(LocalDate.of(2014, 1, 13), read("On 13-14 January 2014, the Workshop was held in Beijing."));
        assertEquals(LocalDate.of(2024, 9, 3), read("On the morning of September 3, the department hosted its Opening Ceremony."));
    }
}
