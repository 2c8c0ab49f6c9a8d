package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {

    @Test
    void ratesAddTheirPeriod() {
        Instant t = Instant.parse("2026-11-22T10:15:30Z");
        assertEquals(Instant.parse("2026-11-22T16:15:30Z"), ScheduleExpression.parse("rate(6 hours)", null).nextAfter(t));
        assertEquals(Instant.parse("2026-11-22T10:16:30Z"), ScheduleExpression.parse("rate(1 minute)", null).nextAfter(t));
        assertEquals(Instant.parse("2026-11-24T10:15:30Z"), ScheduleExpression.parse("rate(2 days)", null).nextAfter(t));
    }

    @Test
    void cronFollowsLondonTimeAcrossSummerTime() {
        ScheduleExpression daily = ScheduleExpression.parse("cron(30 2 * * ? *)", "Europe/London");
        // winter: London is UTC
        assertEquals(Instant.parse("2026-11-23T02:30:00Z"), daily.nextAfter(Instant.parse("2026-11-22T19:00:00Z")));
        // summer: London is UTC+1
        assertEquals(Instant.parse("2026-07-02T01:30:00Z"), daily.nextAfter(Instant.parse("2026-07-01T12:00:00Z")));
        // never the same instant again
        assertEquals(Instant.parse("2026-11-24T02:30:00Z"), daily.nextAfter(Instant.parse("2026-11-23T02:30:00Z")));
    }

    @Test
    void cronTakesListsRangesStepsAndNames() {
        ScheduleExpression weekdays = ScheduleExpression.parse("cron(0/15 9-17 ? * MON-FRI *)", null);
        // Saturday 2026-11-21 -> Monday 09:00
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), weekdays.nextAfter(Instant.parse("2026-11-21T12:00:00Z")));
        assertEquals(Instant.parse("2026-11-23T09:15:00Z"), weekdays.nextAfter(Instant.parse("2026-11-23T09:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> ScheduleExpression.parse("every day", null));
        assertThrows(IllegalArgumentException.class, () -> ScheduleExpression.parse("cron(0 0 L * ? *)", null));
    }

    @Test
    void theScheduledEventHasEventBridgeShape() throws Exception {
        JsonNode event = Json.MAPPER.readTree(Schedules.eventJson(Instant.parse("2026-11-22T18:00:00.123Z"), "arn:x"));
        assertEquals("Scheduled Event", event.get("detail-type").asText());
        assertEquals("aws.events", event.get("source").asText());
        assertEquals("2026-11-22T18:00:00Z", event.get("time").asText());
        assertEquals("eu-west-2", event.get("region").asText());
        assertEquals("000000000000", event.get("account").asText());
        assertEquals("arn:x", event.get("resources").get(0).asText());
        assertTrue(event.get("detail").isObject());
    }
}
