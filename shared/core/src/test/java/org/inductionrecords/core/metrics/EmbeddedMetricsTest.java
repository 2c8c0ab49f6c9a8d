package org.inductionrecords.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.inductionrecords.json.Json;
import org.junit.jupiter.api.Test;

class EmbeddedMetricsTest {

    private static final Instant AT = Instant.parse("2026-12-01T06:00:00Z");

    @Test
    void aCountIsOneEmbeddedMetricFormatLineWithItsDimensions() {
        // given a writer in the stack's namespace
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddedMetrics metrics = new EmbeddedMetrics("induction-records/prod", new PrintStream(bytes, true,
                StandardCharsets.UTF_8), Clock.fixed(AT, ZoneOffset.UTC));

        // when a backup of the primary site is counted
        metrics.count("BackupCompleted", Map.of("Site", "primary"));

        // then stdout holds exactly the EMF document CloudWatch extracts the metric from
        assertEquals(Json.tree("""
                {"_aws":{"Timestamp":%d,"CloudWatchMetrics":[{"Namespace":"induction-records/prod",
                  "Dimensions":[["Site"]],"Metrics":[{"Name":"BackupCompleted","Unit":"Count"}]}]},
                 "Site":"primary","BackupCompleted":1}""".formatted(AT.toEpochMilli())),
                Json.tree(bytes.toString(StandardCharsets.UTF_8)));
        assertEquals(1, bytes.toString(StandardCharsets.UTF_8).lines().count(), "one line");
    }

    @Test
    void aCountWithoutDimensionsHasOneEmptyDimensionSet() {
        EmbeddedMetrics metrics = new EmbeddedMetrics("ns", System.out, Clock.fixed(AT, ZoneOffset.UTC));

        String line = metrics.line("RetentionSweepCompleted", Map.of());

        assertEquals("[[]]", Json.tree(line).at("/_aws/CloudWatchMetrics/0/Dimensions").toString());
        assertEquals(1, Json.tree(line).get("RetentionSweepCompleted").asInt());
    }

    @Test
    void nothingButIdentifiersGoesIntoALineSoNoPersonalDataCan() {
        EmbeddedMetrics metrics = new EmbeddedMetrics("ns", System.out, Clock.fixed(AT, ZoneOffset.UTC));

        assertThrows(IllegalArgumentException.class, () -> metrics.line("BackupCompleted",
                Map.of("Teacher", "ada.lovelace@example.org")));
        assertThrows(IllegalArgumentException.class, () -> metrics.line("Backup Completed", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> metrics.line("BackupCompleted", Map.of("Site", "")));
    }
}
