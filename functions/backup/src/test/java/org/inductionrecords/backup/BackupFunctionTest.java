package org.inductionrecords.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.backup.BackupFile;
import org.inductionrecords.store.backup.BackupLayout;
import org.inductionrecords.store.backup.BackupSite;
import org.inductionrecords.store.backup.BackupManifest;
import org.inductionrecords.store.backup.TableSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

@Tag("emulators")
class BackupFunctionTest {

    private static final int ITEMS = 2_000;

    private static Emulators emulators;
    private static Stack stack;
    private static S3Client s3;

    @BeforeAll
    static void seed() {
        emulators = Emulators.shared();
        stack = emulators.createStack("backup-fn");
        s3 = emulators.s3();
        TestItems.seed(emulators.dynamoDb(), stack.tableName(), TestItems.generate(ITEMS, 5));
    }

    @AfterEach
    void noFaults() {
        S3Faults.reset();
    }

    private static Map<String, String> env() {
        return stack.environment("BackupFunction");
    }

    @Test
    void everyItemReachesBothSitesAndEachManifestDescribesItsFilesExactly() {
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);

        JsonNode answer = BackupSites.invokeBackup(env(), time);

        String backupId = BackupLayout.backupId(time);
        assertEquals(backupId, answer.get("backupId").asText());
        assertEquals(ITEMS, answer.get("items").asLong());
        assertEquals(Json.tree("{\"primary\":\"OK\",\"secondary\":\"OK\"}"), answer.get("sites"));
        assertEquals(0, answer.get("pruned").asInt());
        for (String bucket : List.of(stack.primaryBucket(), stack.secondaryBucket())) {
            BackupManifest manifest = BackupSites.manifest(s3, bucket, backupId);
            assertEquals(backupId, manifest.backupId());
            assertEquals(stack.tableName(), manifest.table());
            assertEquals(ITEMS, manifest.items());
            assertFalse(manifest.finishedAt().isBefore(manifest.startedAt()));
            long lines = 0;
            for (BackupFile file : manifest.files()) {
                byte[] content = BackupSites.object(s3, bucket, file.key());
                assertEquals(BackupSites.sha256(content), file.sha256());
                assertEquals(content.length, file.bytes());
                assertEquals(file.items(), BackupSites.lines(content).size());
                lines += file.items();
            }
            assertEquals(ITEMS, lines);
            assertEquals(List.of(new TableSchema.Key("pk", "HASH"), new TableSchema.Key("sk", "RANGE")),
                    manifest.schema().keySchema());
            assertEquals(List.of("gsi1", "gsi2", "gsi3", "gsi4", "retention"), manifest.schema().globalSecondaryIndexes()
                    .stream().map(TableSchema.Index::indexName).sorted().toList());
            assertTrue(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().isEmpty());
        }
    }

    @Test
    void eachSiteThatReceivedTheBackupCountsOneBackupCompletedForTheDeadMansSwitch() {
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(9000);

        List<String> printed = StandardOutput.linesOf(() -> BackupSites.invokeBackup(env(), time));

        List<JsonNode> counts = StandardOutput.metrics(printed, "BackupCompleted");
        assertEquals(List.of("primary", "secondary"), counts.stream().map(c -> c.get("Site").asText()).toList());
        for (JsonNode count : counts) {
            assertEquals("[[\"Site\"]]", count.at("/_aws/CloudWatchMetrics/0/Dimensions").toString());
            assertEquals(env().get("METRICS_NAMESPACE"), count.at("/_aws/CloudWatchMetrics/0/Namespace").asText());
        }
    }

    @Test
    void aSiteThatFailedCountsNoBackupCompleted() {
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(10800);
        S3Faults.failWhen(r -> r instanceof PutObjectRequest put && put.bucket().equals(stack.secondaryBucket()));

        List<String> printed = StandardOutput.linesOf(() -> assertThrows(BackupHandler.BackupFailed.class,
                () -> BackupSites.invokeBackup(env(), time)));

        assertEquals(List.of("primary"), StandardOutput.metrics(printed, "BackupCompleted").stream()
                .map(c -> c.get("Site").asText()).toList());
    }

    @Test
    void everyObjectIsWrittenWithServerSideEncryptionUnderItsOwnSitesKey() {
        // given the template's two site keys
        Map<String, String> keyOfBucket = Map.of(
                stack.primaryBucket(), env().get(BackupSite.PRIMARY.kmsKeyVariable()),
                stack.secondaryBucket(), env().get(BackupSite.SECONDARY.kmsKeyVariable()));
        keyOfBucket.values().forEach(key -> assertTrue(key != null && key.startsWith("arn:aws:kms:"),
                "the template gives each site's key"));
        assertNotEquals(keyOfBucket.get(stack.primaryBucket()), keyOfBucket.get(stack.secondaryBucket()),
                "each site has a key of its own");
        S3Faults.record();
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(7200);

        // when a backup runs
        BackupSites.invokeBackup(env(), time);

        // then every write names the key of the site it goes to
        List<SdkRequest> writes = S3Faults.requests().stream()
                .filter(r -> r instanceof CreateMultipartUploadRequest || r instanceof PutObjectRequest).toList();
        assertEquals(4, writes.size(), "one data file and one manifest per site");
        for (SdkRequest write : writes) {
            if (write instanceof CreateMultipartUploadRequest upload) {
                assertEquals(ServerSideEncryption.AWS_KMS, upload.serverSideEncryption());
                assertEquals(keyOfBucket.get(upload.bucket()), upload.ssekmsKeyId());
            } else if (write instanceof PutObjectRequest put) {
                assertEquals(ServerSideEncryption.AWS_KMS, put.serverSideEncryption());
                assertEquals(keyOfBucket.get(put.bucket()), put.ssekmsKeyId());
            }
        }
        for (String bucket : List.of(stack.primaryBucket(), stack.secondaryBucket())) {
            List<String> keys = BackupSites.keys(s3, bucket, BackupLayout.prefix(BackupLayout.backupId(time)));
            assertEquals(2, keys.size());
            for (String key : keys) {
                HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
                assertEquals(ServerSideEncryption.AWS_KMS, head.serverSideEncryption(), key);
                assertEquals(keyOfBucket.get(bucket), head.ssekmsKeyId(), key);
            }
        }
    }

    @Test
    void aMissingSecondarySiteFailsTheInvocationNamingItWhileThePrimaryCompletes() {
        Map<String, String> env = new HashMap<>(env());
        env.put("SECONDARY_BACKUP_BUCKET", stack.secondaryBucket() + "-gone");
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(10_800);

        BackupHandler.BackupFailed failure = assertThrows(BackupHandler.BackupFailed.class,
                () -> BackupSites.invokeBackup(env, time));

        assertTrue(failure.getMessage().contains("site secondary"), failure.getMessage());
        assertFalse(failure.getMessage().contains("site primary"), failure.getMessage());
        assertTrue(failure.getMessage().contains("\"primary\":\"OK\""), failure.getMessage());
        assertEquals(ITEMS, BackupSites.manifest(s3, stack.primaryBucket(), BackupLayout.backupId(time)).items());
        assertTrue(s3.listMultipartUploads(b -> b.bucket(stack.primaryBucket())).uploads().isEmpty());
    }

    @Test
    void aSiteFailingMidUploadAbortsItsUploadAndLeavesNoIncompleteOneBehind() {
        String secondary = stack.secondaryBucket();
        S3Faults.failWhen(r -> r instanceof CompleteMultipartUploadRequest c && c.bucket().equals(secondary));
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(14_400);
        String backupId = BackupLayout.backupId(time);

        BackupHandler.BackupFailed failure = assertThrows(BackupHandler.BackupFailed.class,
                () -> BackupSites.invokeBackup(env(), time));

        assertTrue(failure.getMessage().contains("site secondary"), failure.getMessage());
        assertTrue(s3.listMultipartUploads(b -> b.bucket(secondary)).uploads().isEmpty(), "upload aborted");
        assertEquals(List.of(), BackupSites.keys(s3, secondary, BackupLayout.prefix(backupId)), "nothing written");
        assertEquals(ITEMS, BackupSites.manifest(s3, stack.primaryBucket(), backupId).items());
    }
}
