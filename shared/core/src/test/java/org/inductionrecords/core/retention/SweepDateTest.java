package org.inductionrecords.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.inductionrecords.core.error.InvalidInput;
import org.junit.jupiter.api.Test;

class SweepDateTest {

    private static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");

    @Test
    void asOfIsTheLondonDateOfTheEventTimeInSummer() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
        assertEquals(LocalDate.of(2026, 7, 1), SweepDate.asOf(Instant.parse("2026-06-30T23:30:00Z"), NOW));
    }

    @Test
    void asOfIsTheUtcDateInWinter() {
        assertEquals(LocalDate.of(2026, 1, 15), SweepDate.asOf(Instant.parse("2026-01-15T23:30:00Z"), NOW));
    }

    @Test
    void anEventExactlyTwentyFourHoursAheadIsAccepted() {
        assertEquals(LocalDate.of(2026, 7, 2), SweepDate.asOf(NOW.plusSeconds(24 * 3600), NOW));
    }

    @Test
    void anEventMoreThanTwentyFourHoursAheadIsRefusedWithTheFieldNamed() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> SweepDate.asOf(NOW.plusSeconds(24 * 3600 + 1), NOW));
        assertEquals("time", refused.details().get(0).field());
    }

    @Test
    void anEventInThePastIsAccepted() {
        assertEquals(LocalDate.of(2020, 1, 1), SweepDate.asOf(Instant.parse("2020-01-01T02:30:00Z"), NOW));
    }
}
