package org.inductionrecords.backup;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The scheduled event's {@code time}, which is the backup's instant: EventBridge retries of one event
 * therefore rewrite the same backup rather than adding another.
 */
final class ScheduledEvent {

    /** A schedule is never far ahead of the clock; a backup dated in the future would outlive the window. */
    static final Duration MAX_AHEAD = Duration.ofHours(1);

    private ScheduledEvent() {
    }

    static Instant time(JsonNode event) {
        JsonNode time = event == null ? null : event.get("time");
        if (time == null || !time.isTextual()) {
            throw new IllegalArgumentException("The scheduled event has no \"time\" (an ISO-8601 instant)");
        }
        Instant instant;
        try {
            instant = Instant.parse(time.textValue());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The scheduled event's \"time\" is not an ISO-8601 instant");
        }
        if (instant.isAfter(Instant.now().plus(MAX_AHEAD))) {
            throw new IllegalArgumentException("The scheduled event's \"time\" is in the future: " + instant);
        }
        return instant;
    }
}
