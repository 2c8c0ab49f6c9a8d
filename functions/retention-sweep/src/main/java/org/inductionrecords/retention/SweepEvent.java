package org.inductionrecords.retention;

import java.time.Instant;
import org.inductionrecords.core.schedule.ScheduledEvent;

/** The scheduled event as far as the sweep reads it: {@code time} and {@code detail.dryRun} ({@link ScheduledEvent}). */
record SweepEvent(Instant time, boolean dryRun) {

    static SweepEvent parse(byte[] json) {
        ScheduledEvent event = ScheduledEvent.parse(json);
        return new SweepEvent(event.time(), event.dryRun());
    }
}
