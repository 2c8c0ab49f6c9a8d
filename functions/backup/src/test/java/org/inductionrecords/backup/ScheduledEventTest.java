package org.inductionrecords.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.inductionrecords.json.Json;
import org.junit.jupiter.api.Test;

class ScheduledEventTest {

    @Test
    void theBackupInstantIsTheEventsTime() {
        assertEquals(Instant.parse("2026-11-22T18:00:00Z"),
                ScheduledEvent.time(Json.tree("{\"detail-type\":\"Scheduled Event\",\"time\":\"2026-11-22T18:00:00Z\"}")));
    }

    @Test
    void anEventWithoutAUsableTimeIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScheduledEvent.time(Json.tree("{}")))
                .getMessage().contains("time"));
        assertThrows(IllegalArgumentException.class, () -> ScheduledEvent.time(Json.tree("{\"time\":\"yesterday\"}")));
        assertThrows(IllegalArgumentException.class, () -> ScheduledEvent.time(Json.tree("{\"time\":42}")));
    }

    @Test
    void anEventFromTheFutureIsRefused() {
        String tomorrow = Instant.now().plusSeconds(86_400).toString();
        assertThrows(IllegalArgumentException.class,
                () -> ScheduledEvent.time(Json.tree("{\"time\":\"" + tomorrow + "\"}")));
    }
}
