package org.inductionrecords.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.inductionrecords.core.induction.Retention;
import org.junit.jupiter.api.Test;

class RetentionClockTest {

    @Test
    void retentionEndsSixYearsAfterTheOutcomeDate() {
        assertEquals(LocalDate.of(2025, 7, 18), Retention.ends(LocalDate.of(2019, 7, 18)));
    }

    @Test
    void anOutcomeOnTwentyNinthFebruaryEndsOnTwentyEighthFebruarySixYearsLater() {
        assertEquals(LocalDate.of(2026, 2, 28), Retention.ends(LocalDate.of(2020, 2, 29)));
    }

    @Test
    void aLeapDayOutcomeIsDueOnTwentyEighthFebruaryNotFirstMarch() {
        // Six years on from a leap year is never a leap year: the record is never kept a day longer.
        LocalDate ends = Retention.ends(LocalDate.of(2024, 2, 29));
        assertFalse(Retention.isDue(ends, LocalDate.of(2030, 2, 27)));
        assertTrue(Retention.isDue(ends, LocalDate.of(2030, 2, 28)));
    }

    @Test
    void notDueTheDayBeforeTheEndDate() {
        assertFalse(Retention.isDue(LocalDate.of(2025, 7, 18), LocalDate.of(2025, 7, 17)));
    }

    @Test
    void dueOnTheEndDate() {
        assertTrue(Retention.isDue(LocalDate.of(2025, 7, 18), LocalDate.of(2025, 7, 18)));
    }

    @Test
    void stillDueAfterTheEndDateWhenASweepWasMissed() {
        assertTrue(Retention.isDue(LocalDate.of(2025, 7, 18), LocalDate.of(2025, 7, 19)));
    }
}
