package kg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates as English news prints them. */
class EnglishDatesTest {
    @Test
    void dayMonthYearAndRanges() {
        assertEquals(Optional.of(LocalDate.of(2021, 3, 7)), DateFinder.first("On 7 March 2021, the workshop opened.", null));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 7)), DateFinder.first("On 7-9 March 2021, the workshop was held.", null));
    }

    @Test
    void monthDayYearAndAbbreviations() {
        assertEquals(Optional.of(LocalDate.of(2022, 9, 14)), DateFinder.first("Sept. 14, 2022 — a lecture", null));
        assertEquals(Optional.of(LocalDate.of(2022, 11, 2)), DateFinder.first("On November 2, 2022, the team met.", null));
    }

    @Test
    void aDateWithoutYearTakesTheIssueYearElseTheSentences() {
        assertEquals(Optional.of(LocalDate.of(2020, 6, 5)), DateFinder.first("On June 5, the lab held an open day.", 2020));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 5)), DateFinder.first("On June 5, the lab held its 2019 open day.", null));
        assertEquals(Optional.empty(), DateFinder.first("On June 5, the lab held an open day.", null));
    }
}
