package org.inductionrecords.core.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.json.Json;

/**
 * A scheduled event as the scheduled functions read it (the retention sweep, the reminders): {@code time} (ISO
 * instant) and {@code detail.dryRun}.
 * EventBridge Scheduler's default notification carries {@code detail} as a JSON string ("{}"), a
 * rule's event or a hand-written one as an object: both are accepted.
 */
public record ScheduledEvent(Instant time, boolean dryRun) {

    public static ScheduledEvent parse(byte[] json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw InvalidInput.of("event", "is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw InvalidInput.of("event", "is not a JSON object");
        }
        JsonNode time = root.path("time");
        if (!time.isTextual()) {
            throw InvalidInput.of("time", "is required (an ISO-8601 instant)");
        }
        Instant instant;
        try {
            instant = Instant.parse(time.textValue());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("time", "is not an ISO-8601 instant");
        }
        return new ScheduledEvent(instant, dryRun(root.path("detail")));
    }

    private static boolean dryRun(JsonNode detail) {
        if (detail.isTextual()) {
            try {
                detail = Json.mapper().readTree(detail.textValue());
            } catch (IOException e) {
                throw InvalidInput.of("detail", "is not JSON");
            }
        }
        if (detail == null || detail.isMissingNode() || detail.isNull()) {
            return false;
        }
        JsonNode dryRun = detail.path("dryRun");
        if (dryRun.isMissingNode() || dryRun.isNull()) {
            return false;
        }
        if (!dryRun.isBoolean()) {
            // A typo must not turn a rehearsal into the real thing.
            throw InvalidInput.of("detail.dryRun", "must be true or false");
        }
        return dryRun.booleanValue();
    }
}
