package org.inductionrecords.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.inductionrecords.core.error.InvalidInput;
import org.junit.jupiter.api.Test;

/** Reading the scheduled event: no emulators needed. */
class SweepEventTest {

    private static SweepEvent parse(String json) {
        return SweepEvent.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String field(InvalidInput refused) {
        return refused.details().get(0).field();
    }

    @Test
    void theSampleScheduledEventIsARealRunAtItsTime() throws IOException {
        SweepEvent event = SweepEvent.parse(Files.readAllBytes(Path.of("../../events/retention-scheduled.json")));
        assertEquals(Instant.parse("2026-11-22T02:30:00Z"), event.time());
        assertFalse(event.dryRun());
    }

    @Test
    void theSampleDryRunEventIsADryRun() throws IOException {
        assertTrue(SweepEvent.parse(Files.readAllBytes(Path.of("../../events/retention-dry-run.json"))).dryRun());
    }

    @Test
    void aDetailSentAsAJsonStringIsRead() {
        assertTrue(parse("{\"time\":\"2026-01-01T02:30:00Z\",\"detail\":\"{\\\"dryRun\\\":true}\"}").dryRun());
    }

    @Test
    void noDetailIsARealRun() {
        assertFalse(parse("{\"time\":\"2026-01-01T02:30:00Z\"}").dryRun());
    }

    @Test
    void anEventWithoutTimeIsRefused() {
        assertEquals("time", field(assertThrows(InvalidInput.class, () -> parse("{\"detail\":{}}"))));
    }

    @Test
    void aTimeThatIsNotAnInstantIsRefused() {
        assertEquals("time", field(assertThrows(InvalidInput.class, () -> parse("{\"time\":\"2026-01-01\"}"))));
    }

    @Test
    void aDryRunThatIsNotABooleanIsRefused() {
        assertEquals("detail.dryRun", field(assertThrows(InvalidInput.class,
                () -> parse("{\"time\":\"2026-01-01T02:30:00Z\",\"detail\":{\"dryRun\":\"true\"}}"))));
    }

    @Test
    void somethingThatIsNotJsonIsRefused() {
        assertEquals("event", field(assertThrows(InvalidInput.class, () -> parse("not json"))));
    }
}
