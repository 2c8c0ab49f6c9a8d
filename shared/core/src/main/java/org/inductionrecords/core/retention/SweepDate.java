package org.inductionrecords.core.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.inductionrecords.core.error.InvalidInput;

/**
 * The as-of date of a sweep: the scheduled event's {@code time} as a date in England, so the 02:30
 * London run on a day counts that day whatever the season. An event more than 24 hours ahead of the
 * clock is refused: a wrong or forged time must not destroy records early.
 */
public final class SweepDate {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    public static final Duration MAX_AHEAD = Duration.ofHours(24);

    private SweepDate() {
    }

    public static LocalDate asOf(Instant eventTime, Instant now) {
        if (eventTime.isAfter(now.plus(MAX_AHEAD))) {
            throw InvalidInput.of("time", "is more than 24 hours in the future");
        }
        return LocalDate.ofInstant(eventTime, ENGLAND);
    }
}
