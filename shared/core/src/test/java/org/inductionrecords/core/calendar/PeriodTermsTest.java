package org.inductionrecords.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FTE terms a period served (DOMAIN.md "Induction periods"): by the AB's term dates, else by weeks. */
class PeriodTermsTest {

    private static final TermDates YEAR_2023 = new TermDates(2023, List.of(
            new Term(TermName.AUTUMN, LocalDate.of(2023, 9, 4), LocalDate.of(2023, 12, 20)),
            new Term(TermName.SPRING, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 3, 28)),
            new Term(TermName.SUMMER, LocalDate.of(2024, 4, 15), LocalDate.of(2024, 7, 23))));

    private static void assertTerms(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    private static BigDecimal served(String start, String end, String fte, List<TermDates> years) {
        return PeriodTerms.served(LocalDate.parse(start), LocalDate.parse(end), new BigDecimal(fte), years);
    }

    @Test
    void givenTheWholeAutumnTermThenOneTermIsServed() {
        assertTerms("1", served("2023-09-04", "2023-12-20", "1.0", List.of(YEAR_2023)));
    }

    @Test
    void givenAutumnAndTheHolidayAfterItThenStillOneTerm() {
        assertTerms("1", served("2023-09-01", "2024-01-07", "1.0", List.of(YEAR_2023)));
    }

    @Test
    void givenTheWholeYearAtHalfTimeThenOneAndAHalfTerms() {
        assertTerms("1.5", served("2023-09-01", "2024-08-31", "0.5", List.of(YEAR_2023)));
    }

    @Test
    void givenHalfOfTheAutumnTermsDaysThenItsShareToTwoDecimalsTimesTheFte() {
        // 2023-09-04..2023-10-27 is 54 of the term's 108 days
        assertTerms("0.5", served("2023-09-04", "2023-10-27", "1.0", List.of(YEAR_2023)));
        assertTerms("0.4", served("2023-09-04", "2023-10-27", "0.8", List.of(YEAR_2023)));
    }

    @Test
    void givenAYearWithNoTermDatesThenWholeWeeksOfA39WeekYearAreCounted() {
        // 52 weeks of a year are three terms; 13 whole weeks (of 13 weeks 6 days) are 0.75
        assertTerms("3", served("2024-09-01", "2025-08-30", "1.0", List.of(YEAR_2023)));
        assertTerms("0.75", served("2024-09-02", "2024-12-07", "1.0", List.of()));
    }

    @Test
    void givenAPeriodAcrossARecordedAndAnUnrecordedYearThenEachIsCountedItsOwnWay() {
        assertTerms("3.75", served("2023-09-04", "2024-11-30", "1.0", List.of(YEAR_2023)));
    }

    @Test
    void givenAnEndBeforeTheStartThenNothingIsServed() {
        assertTerms("0", served("2023-09-04", "2023-09-03", "1.0", List.of(YEAR_2023)));
    }
}
