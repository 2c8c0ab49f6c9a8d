package org.inductionrecords.retention;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.inductionrecords.json.Json;

/** Invokes a handler the way Lambda does: the scheduled event's JSON in, the answer's JSON out. */
final class Sweeps {

    private Sweeps() {
    }

    /** The daily event at 02:30 in London on {@code day} (01:30 UTC in summer, 02:30 in winter). */
    static String scheduledOn(LocalDate day, boolean dryRun) {
        String time = day.atTime(2, 30).atZone(java.time.ZoneId.of("Europe/London")).toInstant().toString();
        return event(time, dryRun);
    }

    static String event(String time, boolean dryRun) {
        return """
                {"version":"0","id":"b1a2c3d4-0000-0000-0000-000000000000","detail-type":"Scheduled Event",
                 "source":"aws.scheduler","account":"000000000000","time":"%s","region":"eu-west-2",
                 "resources":["arn:aws:scheduler:eu-west-2:000000000000:schedule/default/retention"],
                 "detail":%s}""".formatted(time, dryRun ? "{\"dryRun\":true}" : "\"{}\"");
    }

    static JsonNode invoke(RetentionSweepHandler handler, String event) {
        return invoke(handler, event, null);
    }

    static JsonNode invoke(RetentionSweepHandler handler, String event, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Json.tree(out.toString(StandardCharsets.UTF_8));
    }
}
