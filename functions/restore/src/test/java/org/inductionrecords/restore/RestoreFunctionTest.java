package org.inductionrecords.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.backup.BackupSites;
import org.inductionrecords.backup.TestItems;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.backup.BackupFile;
import org.inductionrecords.store.backup.BackupLayout;
import org.inductionrecords.store.backup.BackupManifest;
import org.inductionrecords.store.backup.TableSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;

@Tag("emulators")
class RestoreFunctionTest {

    private static final int ITEMS = 3_000;

    private static Stack stack;
    private static DynamoDbClient dynamoDb;
    private static S3Client s3;
    private static String backupId;
    private static int tables;

    @BeforeAll
    static void backUpAVariedTable() {
        Emulators emulators = Emulators.shared();
        stack = emulators.createStack("restore-fn");
        dynamoDb = emulators.dynamoDb();
        s3 = emulators.s3();
        TestItems.seed(dynamoDb, stack.tableName(), TestItems.generate(ITEMS, 11));
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        backupId = BackupSites.invokeBackup(stack.environment("BackupFunction"), time).get("backupId").asText();
    }

    @AfterEach
    void noFaults() {
        DynamoFaults.reset();
    }

    private static String newTarget() {
        return stack.name() + "-restore-" + (++tables);
    }

    private static JsonNode restore(String id, String site, String target, boolean dryRun) {
        String request = Json.write(Map.of("backupId", id, "site", site, "targetTable", target, "dryRun", dryRun));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new RestoreHandler(stack.environment("RestoreFunction"))
                    .handleRequest(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Json.tree(out.toString(StandardCharsets.UTF_8));
    }

    /** A second backup of the table, for tests that damage one. */
    private static String expendableBackup(int minutesAgo) {
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(minutesAgo, ChronoUnit.MINUTES);
        return BackupSites.invokeBackup(stack.environment("BackupFunction"), time).get("backupId").asText();
    }

    private static String emptyTableLikeTheLiveOne() {
        String name = newTarget();
        BackupManifest manifest = BackupSites.manifest(s3, stack.primaryBucket(), backupId);
        dynamoDb.createTable(TableSchemas.createTable(name, manifest.schema(), Optional.empty()));
        return name;
    }

    private static boolean exists(String table) {
        try {
            dynamoDb.describeTable(b -> b.tableName(table));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    @Test
    void aBackupRestoresIntoANewTableItemForItem() {
        String target = newTarget();

        JsonNode answer = restore(backupId, "primary", target, false);

        assertEquals(Json.tree("{\"backupId\":\"" + backupId + "\",\"items\":" + ITEMS + ",\"verified\":true}"), answer);
        Map<String, Map<String, AttributeValue>> original = Tables.content(dynamoDb, stack.tableName());
        assertEquals(ITEMS, original.size());
        assertEquals(original, Tables.content(dynamoDb, target));
        assertEquals(Tables.indexNames(dynamoDb, stack.tableName()), Tables.indexNames(dynamoDb, target));
    }

    @Test
    void theSecondarySiteRestoresIntoAnExistingEmptyTable() {
        String target = emptyTableLikeTheLiveOne();

        JsonNode answer = restore(backupId, "secondary", target, false);

        assertEquals(ITEMS, answer.get("items").asLong());
        assertEquals(Tables.content(dynamoDb, stack.tableName()), Tables.content(dynamoDb, target));
    }

    @Test
    void unprocessedItemsAreWrittenAgainUntilEveryItemIsIn() {
        String target = emptyTableLikeTheLiveOne();
        DynamoFaults.reportUnprocessed(target, 30);

        JsonNode answer = restore(backupId, "primary", target, false);

        assertEquals(ITEMS, answer.get("items").asLong());
        assertEquals(ITEMS / 25 + 30, DynamoFaults.batchWriteCalls(), "each unprocessed answer was retried once");
        assertEquals(ITEMS, Tables.count(dynamoDb, target));
    }

    @Test
    void aDryRunVerifiesAndCreatesOrWritesNothing() {
        String target = newTarget();

        JsonNode answer = restore(backupId, "primary", target, true);

        assertEquals(ITEMS, answer.get("items").asLong());
        assertTrue(answer.get("verified").asBoolean());
        assertFalse(exists(target));
    }

    @Test
    void aCorruptedDataFileIsRefusedBeforeAnythingIsWritten() {
        String damaged = expendableBackup(10);
        BackupFile file = BackupSites.manifest(s3, stack.primaryBucket(), damaged).files().get(0);
        byte[] content = BackupSites.object(s3, stack.primaryBucket(), file.key());
        content[content.length / 2] ^= 0x10;
        BackupSites.put(s3, stack.primaryBucket(), file.key(), content);
        String target = emptyTableLikeTheLiveOne();

        RestoreRefused refused = assertThrows(RestoreRefused.class, () -> restore(damaged, "primary", target, false));

        assertTrue(refused.getMessage().contains(file.key()), refused.getMessage());
        assertEquals(0, Tables.count(dynamoDb, target));
    }

    @Test
    void aDataFileMissingItsLastItemIsRefusedAndNoTableIsCreated() {
        String damaged = expendableBackup(20);
        BackupFile file = BackupSites.manifest(s3, stack.secondaryBucket(), damaged).files().get(0);
        List<String> lines = BackupSites.lines(BackupSites.object(s3, stack.secondaryBucket(), file.key()));
        BackupSites.put(s3, stack.secondaryBucket(), file.key(),
                BackupSites.gzip(String.join("\n", lines.subList(0, lines.size() - 1)) + "\n"));
        String target = newTarget();

        RestoreRefused refused = assertThrows(RestoreRefused.class, () -> restore(damaged, "secondary", target, false));

        assertTrue(refused.getMessage().contains("does not match its manifest"), refused.getMessage());
        assertFalse(exists(target));
    }

    @Test
    void aBackupWithoutItsManifestIsRefusedAsIncomplete() {
        String incomplete = expendableBackup(30);
        s3.deleteObject(b -> b.bucket(stack.secondaryBucket()).key(BackupLayout.manifestKey(incomplete)));
        String target = newTarget();

        RestoreRefused refused = assertThrows(RestoreRefused.class, () -> restore(incomplete, "secondary", target, false));

        assertTrue(refused.getMessage().contains("incomplete"), refused.getMessage());
        assertFalse(exists(target));
    }

    @Test
    void aBackupThatDoesNotExistIsRefused() {
        RestoreRefused refused = assertThrows(RestoreRefused.class,
                () -> restore("20200101T000000Z", "primary", newTarget(), false));

        assertTrue(refused.getMessage().contains("no backup 20200101T000000Z"), refused.getMessage());
    }

    @Test
    void aTableThatHoldsAnythingIsRefused() {
        String target = emptyTableLikeTheLiveOne();
        dynamoDb.putItem(b -> b.tableName(target).item(Map.of("pk", AttributeValue.fromS("X"),
                "sk", AttributeValue.fromS("Y"))));

        RestoreRefused refused = assertThrows(RestoreRefused.class, () -> restore(backupId, "primary", target, false));

        assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
        assertEquals(1, Tables.count(dynamoDb, target));
    }

    @Test
    void theLiveTableIsNeverATarget() {
        RestoreRefused refused = assertThrows(RestoreRefused.class,
                () -> restore(backupId, "primary", stack.tableName(), false));

        assertTrue(refused.getMessage().contains("live table"), refused.getMessage());
    }
}
