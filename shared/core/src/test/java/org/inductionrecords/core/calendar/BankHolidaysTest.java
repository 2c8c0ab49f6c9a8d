package org.inductionrecords.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bank holidays of England and Wales as published (gov.uk/bank-holidays; 2028-2030 by the same rules,
 * no proclamation yet), written out year by year, not derived from the code under test.
 */
class BankHolidaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2018 | 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
            "2019 | 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
            "2020 | 01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
            "2021 | 01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
            "2022 | 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
            "2023 | 01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
            "2024 | 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
            "2025 | 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
            "2026 | 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
            "2027 | 01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
            "2028 | 01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
            "2029 | 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
            "2030 | 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
    })
    void theBankHolidaysOfEachYearAreThePublishedOnes(int year, String days) {
        List<LocalDate> published = Arrays.stream(days.trim().split(" +"))
                .map(day -> LocalDate.parse(year + "-" + day)).toList();

        assertEquals(published, List.copyOf(BankHolidays.of(year)));
    }

    @Test
    void workingDaysSkipWeekendsAndBankHolidays() {
        // the autumn term 2025 ended on Friday 19 December: 10 working days later, past Christmas and New Year
        assertEquals(LocalDate.of(2026, 1, 7), WorkingDays.after(LocalDate.of(2025, 12, 19), 10));
        assertEquals(LocalDate.of(2022, 6, 6), WorkingDays.after(LocalDate.of(2022, 6, 1), 1), "over the jubilee");
        assertEquals(LocalDate.of(2023, 5, 9), WorkingDays.after(LocalDate.of(2023, 5, 5), 1), "over the coronation");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2022, 9, 19)));
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2022, 5, 30)), "the moved spring holiday is a working day");
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2020, 5, 4)), "so is the moved early May holiday of 2020");
    }
}
