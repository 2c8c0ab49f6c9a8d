package org.inductionrecords.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.inductionrecords.backup.BackupSites;
import org.inductionrecords.backup.S3Faults;
import org.inductionrecords.backup.StandardOutput;
import org.inductionrecords.backup.TestItems;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.backup.BackupLayout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.s3.S3Client;

/** RestoreDrillFunction against DynamoDB Local and S3Proxy (contract section 11). */
@Tag("emulators")
class RestoreDrillFunctionTest {

    private static final int ITEMS = 1_200;

    private final Emulators emulators = Emulators.shared();
    private final DynamoDbClient dynamoDb = emulators.dynamoDb();
    private final S3Client s3 = emulators.s3();

    private static Instant minutesAgo(int minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(minutes, ChronoUnit.MINUTES);
    }

    private Stack backedUpStack(String name) {
        Stack stack = emulators.createStack(name);
        TestItems.seed(dynamoDb, stack.tableName(), TestItems.generate(ITEMS, 7));
        return stack;
    }

    private static String backUp(Stack stack, Instant time) {
        return BackupSites.invokeBackup(stack.environment("BackupFunction"), time).get("backupId").asText();
    }

    private static JsonNode drill(Stack stack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new RestoreDrillHandler(stack.environment("RestoreDrillFunction"))
                    .handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Json.tree(out.toString(StandardCharsets.UTF_8));
    }

    private List<String> scratchTables(Stack stack) {
        String prefix = stack.environment("RestoreDrillFunction").get(RestoreDrillHandler.SCRATCH_TABLE_PREFIX);
        return dynamoDb.listTablesPaginator(b -> b.limit(100)).tableNames().stream()
                .filter(name -> name.startsWith(prefix)).toList();
    }

    @Test
    void bothSitesNewestCompleteBackupsRestoreWithTheirRealCountsAndNoScratchTableIsLeft() {
        // given two complete backups, and a newer one that never completed
        Stack stack = backedUpStack("drill-ok");
        backUp(stack, minutesAgo(300));
        String newest = backUp(stack, minutesAgo(120));
        String incomplete = BackupLayout.backupId(minutesAgo(5));
        for (String bucket : List.of(stack.primaryBucket(), stack.secondaryBucket())) {
            BackupSites.put(s3, bucket, BackupLayout.dataFileKey(incomplete, 0), BackupSites.gzip(""));
        }

        // when the drill runs
        AtomicReference<JsonNode> answer = new AtomicReference<>();
        List<String> printed = StandardOutput.linesOf(() -> answer.set(drill(stack)));

        // then each site's newest complete backup was restored whole and verified, and nothing is left behind
        assertEquals(Json.tree("""
                {"sites":{"primary":{"backupId":"%1$s","items":%2$d,"verified":true},
                          "secondary":{"backupId":"%1$s","items":%2$d,"verified":true}}}""".formatted(newest, ITEMS)),
                answer.get());
        assertEquals(List.of(), scratchTables(stack));
        assertEquals(List.of("primary", "secondary"), StandardOutput.metrics(printed, RestoreDrillHandler.VERIFIED)
                .stream().map(m -> m.get("Site").asText()).toList());
    }

    @Test
    void aCorruptedDataFileFailsTheDrillForThatSiteAndStillLeavesNoScratchTable() {
        // given a backup whose secondary copy has a data file changed after it was written
        Stack stack = backedUpStack("drill-corrupt");
        String backupId = backUp(stack, minutesAgo(60));
        String dataFile = BackupLayout.dataFileKey(backupId, 0);
        List<String> lines = BackupSites.lines(BackupSites.object(s3, stack.secondaryBucket(), dataFile));
        BackupSites.put(s3, stack.secondaryBucket(), dataFile, BackupSites.gzip(String.join("\n",
                lines.subList(1, lines.size())) + "\n"));

        // when the drill runs
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<String> printed = StandardOutput.linesOf(() -> failure.set(
                assertThrows(RestoreDrillHandler.DrillFailed.class, () -> drill(stack))));

        // then the invocation fails naming the secondary site and the file, the primary still counts as verified,
        // and no scratch table is left
        String message = failure.get().getMessage();
        assertTrue(message.contains("site secondary") && message.contains(dataFile), message);
        assertTrue(!message.contains("site primary"), message);
        assertTrue(message.contains("\"primary\":{\"backupId\":\"" + backupId + "\",\"items\":" + ITEMS + ",\"verified\":true}"), message);
        assertTrue(message.contains("\"secondary\":{\"backupId\":\"" + backupId + "\",\"items\":0,\"verified\":false}"), message);
        assertEquals(List.of(), scratchTables(stack));
        assertEquals(List.of("primary"), StandardOutput.metrics(printed, RestoreDrillHandler.VERIFIED)
                .stream().map(m -> m.get("Site").asText()).toList());
    }

    @Test
    void aDataFileWhoseLinesAreNotItemsFailsTheDrillWithoutQuotingThem() {
        // given a backup whose primary data file was replaced by well-compressed lines that are not items
        Stack stack = backedUpStack("drill-garbled");
        String backupId = backUp(stack, minutesAgo(45));
        String dataFile = BackupLayout.dataFileKey(backupId, 0);
        BackupSites.put(s3, stack.primaryBucket(), dataFile, BackupSites.gzip("Ada Lovelace 1815-12-10\n"));

        // when the drill runs, then it fails for the primary site, and the message does not quote the line
        String message = assertThrows(RestoreDrillHandler.DrillFailed.class, () -> drill(stack)).getMessage();
        assertTrue(message.contains("site primary") && message.contains(dataFile), message);
        assertTrue(!message.contains("Ada") && !message.contains("Lovelace") && !message.contains("1815"), message);
        assertEquals(List.of(), scratchTables(stack));
    }

    @Test
    void aWriteFailingAfterTheScratchTableWasCreatedStillDeletesIt() {
        // given a good backup, and DynamoDB failing every batch write (a fault DynamoDB Local cannot produce)
        Stack stack = backedUpStack("drill-write-fault");
        backUp(stack, minutesAgo(30));
        S3Faults.record();
        S3Faults.failWhen(request -> request instanceof BatchWriteItemRequest);
        try {
            // when the drill runs, then it fails for both sites
            DrillFailedAssert.failsFor(() -> drill(stack), "site primary", "site secondary", "did not restore");

            // and each scratch table it created was deleted
            List<String> created = S3Faults.requests().stream().filter(r -> r instanceof CreateTableRequest)
                    .map(r -> ((CreateTableRequest) r).tableName()).toList();
            List<String> deleted = S3Faults.requests().stream().filter(r -> r instanceof DeleteTableRequest)
                    .map(r -> ((DeleteTableRequest) r).tableName()).toList();
            assertEquals(2, created.size());
            assertEquals(new java.util.TreeSet<>(created), new java.util.TreeSet<>(deleted));
            assertEquals(List.of(), scratchTables(stack));
        } finally {
            S3Faults.reset();
        }
    }

    @Test
    void aSiteWithNoCompleteBackupFailsTheDrill() {
        // given a stack that has never been backed up
        Stack stack = emulators.createStack("drill-empty");

        // when the drill runs, then it fails for both sites, and creates nothing
        DrillFailedAssert.failsFor(() -> drill(stack), "site primary", "site secondary", "no complete backup");
        assertEquals(List.of(), scratchTables(stack));
    }

    /** Small assertion helper for a failed drill's message. */
    private static final class DrillFailedAssert {
        static void failsFor(Runnable drill, String... fragments) {
            String message = assertThrows(RestoreDrillHandler.DrillFailed.class, drill::run).getMessage();
            for (String fragment : fragments) {
                assertTrue(message.contains(fragment), message);
            }
        }
    }
}
