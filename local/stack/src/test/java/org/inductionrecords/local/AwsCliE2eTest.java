package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack as an operator would check it: the real AWS CLI against the local stack's ports
 * (CONTRACT.md section 5) sees the table and both backup buckets, runs a backup from the sample event and
 * finds its manifest at both sites, restores it into a new table (verified), and runs a dry-run sweep.
 */
@Tag("emulators")
class AwsCliE2eTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter BACKUP_ID = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("uuuu/MM/dd").withZone(ZoneOffset.UTC);

    private static RunningStack local;
    private static AwsCli aws;
    private static Path events;

    @TempDir
    Path work;

    @BeforeAll
    static void theStackAndTheCli() {
        local = E2eWorld.local();
        aws = AwsCli.get();
        events = repositoryRoot().resolve("events");
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("template.yaml not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static Instant eventTime(String eventFile) throws IOException {
        return Instant.parse(JSON.readTree(events.resolve(eventFile).toFile()).path("time").asText());
    }

    private static String endpoint(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> endpoints = (Map<String, Object>) local.outputs().get("endpoints");
        return String.valueOf(endpoints.get(name));
    }

    private static String primary() {
        return String.valueOf(local.outputs().get("PrimaryBackupBucket"));
    }

    private static String secondary() {
        return String.valueOf(local.outputs().get("SecondaryBackupBucket"));
    }

    /** {@code aws lambda invoke}: the CLI succeeds, the function did not fail, and this is its answer. */
    private JsonNode invoke(String function, Path payload) throws IOException {
        Path out = work.resolve(function + "-" + UUID.randomUUID() + ".json");
        AwsCli.Result result = aws.invoke(endpoint("lambda"), function, payload, out);
        assertEquals(0, result.exitCode(), result::toString);
        JsonNode status = JSON.readTree(result.stdout());
        assertEquals(200, status.path("StatusCode").asInt(), result::toString);
        String answer = Files.readString(out);
        assertFalse(status.has("FunctionError"), () -> function + " failed: " + answer);
        return JSON.readTree(answer);
    }

    private String s3(String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "s3";
        System.arraycopy(args, 0, command, 1, args.length);
        command[args.length + 1] = "--endpoint-url";
        command[args.length + 2] = endpoint("s3");
        AwsCli.Result result = aws.run(command);
        assertEquals(0, result.exitCode(), result::toString);
        return result.stdout();
    }

    @Test
    void listTablesShowsTheStacksTable() {
        JsonNode tables = aws.json("dynamodb", "list-tables", "--endpoint-url", endpoint("dynamodb"));

        assertTrue(tables.path("TableNames").toString().contains("\"" + local.stack().tableName() + "\""),
                tables::toString);
        assertEquals(local.stack().tableName(), String.valueOf(local.outputs().get("TableName")));
    }

    @Test
    void s3ListsBothBackupBuckets() {
        String buckets = s3("ls");

        assertTrue(buckets.contains(" " + primary()), buckets);
        assertTrue(buckets.contains(" " + secondary()), buckets);
        assertFalse(primary().equals(secondary()));
    }

    @Test
    void aBackupFromTheSampleEventLandsAtBothSitesAndRestoresVerifiedIntoANewTable() throws IOException {
        // given the stack's table holds at least its bootstrap admin
        long items = E2eWorld.tableItems(local);
        assertTrue(items > 0);

        // when the scheduled event of events/ is invoked with the CLI
        JsonNode backup = invoke("BackupFunction", events.resolve("backup-scheduled.json"));

        // then both sites took it, and each holds its manifest under backups/YYYY/MM/DD/<backupId>/
        String backupId = backup.path("backupId").asText();
        Instant time = eventTime("backup-scheduled.json");
        assertEquals(BACKUP_ID.format(time), backupId, "the backup's instant is the event's time");
        assertEquals("OK", backup.path("sites").path("primary").asText(), backup::toString);
        assertEquals("OK", backup.path("sites").path("secondary").asText(), backup::toString);
        String folder = "backups/" + DAY_PATH.format(time) + "/" + backupId + "/";
        String manifest = folder + "manifest.json";
        for (String bucket : new String[] {primary(), secondary()}) {
            String listing = s3("ls", "--recursive", "s3://" + bucket + "/");
            assertTrue(listing.contains(manifest), () -> bucket + ":\n" + listing);
            assertTrue(listing.lines().filter(l -> l.contains(folder)).count() > 1,
                    () -> "data files beside the manifest in " + bucket + ":\n" + listing);
        }

        // and a restore of it into a new table verifies every checksum and count, then writes
        String target = "restored-" + UUID.randomUUID().toString().substring(0, 8);
        Path restoreEvent = work.resolve("restore.json");
        Files.writeString(restoreEvent, JSON.writeValueAsString(
                Map.of("backupId", backupId, "site", "secondary", "targetTable", target)));
        JsonNode restored = invoke("RestoreFunction", restoreEvent);

        assertTrue(restored.path("verified").asBoolean(), restored::toString);
        assertEquals(backupId, restored.path("backupId").asText());
        long backedUp = backup.path("items").asLong();
        assertTrue(backedUp > 0, backup::toString);
        assertEquals(backedUp, restored.path("items").asLong(), restored::toString);
        JsonNode count = aws.json("dynamodb", "scan", "--endpoint-url", endpoint("dynamodb"), "--table-name", target,
                "--select", "COUNT");
        assertEquals(backedUp, count.path("Count").asLong(), count::toString);
    }

    @Test
    void aDryRunRetentionSweepAnswersItsReportAndChangesNothing() throws IOException {
        long items = E2eWorld.tableItems(local);

        JsonNode report = invoke("RetentionSweepFunction", events.resolve("retention-dry-run.json"));

        assertTrue(report.path("dryRun").asBoolean(), report::toString);
        assertEquals(LocalDate.ofInstant(eventTime("retention-dry-run.json"), ZoneId.of("Europe/London")).toString(),
                report.path("asOf").asText(), "the event's time as a London date");
        for (String figure : new String[] {"due", "reduced", "skippedLegalHold"}) {
            assertTrue(report.path(figure).isNumber(), () -> figure + " in " + report);
        }
        assertEquals(0, report.path("reduced").asInt(), "a dry run reduces nothing");
        assertEquals(items, E2eWorld.tableItems(local), "a dry run changes nothing");
    }
}
