package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.store.backup.BackupLayout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The weekly restore drill through the local stack's invoke API (contract section 11): after a backup, the drill
 * restores both sites with the table's real item count and leaves no scratch table; with a data file changed in
 * S3 it fails the invocation, and still leaves no scratch table.
 */
@Tag("emulators")
class RestoreDrillE2eTest {

    private final RunningStack local = RunningStack.get();
    private final Stack stack = local.stack();
    private final DynamoDbClient dynamoDb = local.emulators().dynamoDb();
    private final S3Client s3 = local.emulators().s3();

    private String backUpNow() {
        String time = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        RunningStack.Response backup = local.invoke("BackupFunction", """
                {"version":"0","detail-type":"Scheduled Event","source":"aws.scheduler","time":"%s","detail":{}}"""
                .formatted(time));
        assertEquals(200, backup.status(), backup.body());
        assertNull(backup.header("X-Amz-Function-Error"), backup.body());
        return backup.json().get("backupId").asText();
    }

    private long liveItems() {
        return dynamoDb.scanPaginator(b -> b.tableName(stack.tableName()).select(Select.COUNT).consistentRead(true))
                .stream().mapToLong(page -> page.count()).sum();
    }

    private List<String> scratchTables() {
        String prefix = stack.environment("RestoreDrillFunction").get("SCRATCH_TABLE_PREFIX");
        return dynamoDb.listTablesPaginator(b -> b.limit(100)).tableNames().stream()
                .filter(name -> name.startsWith(prefix)).toList();
    }

    @Test
    void afterABackupTheDrillVerifiesBothSitesWithTheRealCountAndLeavesNoScratchTable() {
        // given a backup of the live table, as the six-hourly schedule makes it
        String backupId = backUpNow();
        long items = liveItems();

        // when the drill is invoked, as the weekly schedule or an operator would
        RunningStack.Response drill = local.invoke("RestoreDrillFunction", "{}");

        // then both sites' newest backups were restored whole and verified, and no scratch table is left
        assertEquals(200, drill.status(), drill.body());
        assertNull(drill.header("X-Amz-Function-Error"), drill.body());
        for (String site : List.of("primary", "secondary")) {
            JsonNode result = drill.json().get("sites").get(site);
            assertEquals(backupId, result.get("backupId").asText(), site);
            assertEquals(items, result.get("items").asLong(), site);
            assertTrue(result.get("verified").asBoolean(), site);
        }
        assertTrue(items > 0, "the stack holds at least its bootstrap admin");
        assertEquals(List.of(), scratchTables());
    }

    @Test
    void aChangedDataFileFailsTheDrillAndStillLeavesNoScratchTable() {
        // given a backup whose primary copy has its data file replaced by other (well-formed) content
        String backupId = backUpNow();
        String dataFile = BackupLayout.dataFileKey(backupId, 0);
        byte[] original = s3.getObjectAsBytes(b -> b.bucket(stack.primaryBucket()).key(dataFile)).asByteArray();
        s3.putObject(b -> b.bucket(stack.primaryBucket()).key(dataFile), RequestBody.fromBytes(gzip("")));
        try {
            // when the drill is invoked
            RunningStack.Response drill = local.invoke("RestoreDrillFunction", "{}");

            // then the invocation fails, naming the primary site and the file, and no scratch table is left
            assertEquals(200, drill.status(), drill.body());
            assertEquals("Unhandled", drill.header("X-Amz-Function-Error"), drill.body());
            String message = drill.json().get("errorMessage").asText();
            assertTrue(message.contains("site primary") && message.contains(dataFile), message);
            assertTrue(message.contains("\"secondary\":{\"backupId\":\"" + backupId + "\""), message);
            assertEquals(List.of(), scratchTables());
        } finally {
            s3.putObject(b -> b.bucket(stack.primaryBucket()).key(dataFile), RequestBody.fromBytes(original));
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
