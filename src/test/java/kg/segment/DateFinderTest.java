package kg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static LocalDate first(String text, Integer year) {
        return DateFinder.first(text, year).orElse(null);
    }

    @Test
    void aRangeIsDatedByItsFirstDay() {
        assertEquals(LocalDate.of(2021, 11, 3), first("2021年11月3—5日，研讨会在昆明召开", null));
        assertEquals(LocalDate.of(2021, 11, 3), first("11月3-5日，研讨会在昆明召开", 2021));
        assertEquals(LocalDate.of(2021, 11, 3), first("On 3-5 November 2021, the workshop was held", null));
    }

    @Test
    void englishDatesWithAndWithoutTheirYear() {
        assertEquals(LocalDate.of(2019, 9, 12), first("On September 12, 2019, the Institute hosted", null));
        assertEquals(LocalDate.of(2019, 9, 12), first("On the morning of Sept. 12, the Institute hosted", 2019));
        assertEquals(LocalDate.of(2019, 3, 4), first("On 4th March 2019 she visited", null));
        assertNull(first("On September 12, the Institute hosted", null), "no year to give it");
        assertNull(first("May 2019 saw the 2019 Annual Meeting", null), "a month and a year are no day");
    }

    @Test
    void aDocumentWithoutFullDatesTakesTheFirstYearItNames() {
        assertEquals(2020, DateFinder.documentYear("2020年度工作总结会召开。6月8日，会议在京召开。"));
        assertEquals(2017, DateFinder.documentYear("the 2017 Graduate Opening Ceremony was held on October 9"));
        assertEquals(2016, DateFinder.documentYear("2015年启动的项目，于2016年5月3日结题"), "a full date wins");
        assertNull(DateFinder.documentYear("会议在京召开，共有120余人参加。"));
    }

    @Test
    void aParagraphOpensWithADateOnlyWhereItsFirstWordsGiveOne() {
        assertTrue(DateFinder.opensWithDate("On the afternoon of 8 June 2022, the delegation visited"));
        assertTrue(DateFinder.opensWithDate("2022年6月8日，代表团访问了研究所"));
        assertFalse(DateFinder.opensWithDate("代表团于2022年6月8日访问了研究所"));
    }
}
