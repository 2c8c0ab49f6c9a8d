package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.inductionrecords.emulators.Template;
import org.junit.jupiter.api.Test;

class SchedulesTest {

    @Test
    void templateInputGetsTheScheduledTimeAsSchedulerFillsItIn() throws Exception {
        // given the backup schedule's Input from template.yaml
        Template.ScheduleEvent schedule = Template.load().function("BackupFunction").schedules().get(0);
        Instant firing = Instant.parse("2026-11-22T18:00:00.123Z");

        // when it fires
        JsonNode event = Json.MAPPER.readTree(Schedules.inputJson(String.valueOf(schedule.input()), firing, "arn:x"));

        // then the function sees the firing's time, to the second, like EventBridge Scheduler sends it
        assertEquals("2026-11-22T18:00:00Z", event.path("time").asText());
        assertEquals("Scheduled Event", event.path("detail-type").asText());
    }

    @Test
    void everyScheduleOfTheTemplateCarriesItsTime() throws Exception {
        for (Template.Function function : Template.load().functions()) {
            for (Template.ScheduleEvent schedule : function.schedules()) {
                String json = schedule.input() == null ? Schedules.eventJson(Instant.EPOCH, "arn:x")
                        : Schedules.inputJson(String.valueOf(schedule.input()), Instant.EPOCH, "arn:x");
                assertEquals("1970-01-01T00:00:00Z", Json.MAPPER.readTree(json).path("time").asText(),
                        function.logicalId() + "." + schedule.name());
            }
        }
    }
}
