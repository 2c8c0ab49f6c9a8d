package org.inductionrecords.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.store.backup.BackupLayout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

@Tag("emulators")
class BackupPruneTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final Emulators emulators = Emulators.shared();
    private final S3Client s3 = emulators.s3();

    private static String idDaysOld(int days) {
        return BackupLayout.backupId(NOW.minus(days, ChronoUnit.DAYS));
    }

    /** A backup as the function leaves it: a data file, and the manifest unless it never completed. */
    private void placeBackup(String bucket, String backupId, boolean complete) {
        BackupSites.put(s3, bucket, BackupLayout.dataFileKey(backupId, 0), BackupSites.gzip(""));
        if (complete) {
            BackupSites.put(s3, bucket, BackupLayout.manifestKey(backupId),
                    "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<String> backupIds(String bucket) {
        return BackupSites.keys(s3, bucket, BackupLayout.ROOT).stream()
                .flatMap(key -> BackupLayout.backupOf(key).stream()).map(BackupLayout.BackupRef::backupId)
                .distinct().sorted().toList();
    }

    @Test
    void backupsMoreThanFourteenDaysOldGoFromBothSitesAndNothingOutsideBackupsIsTouched() {
        Stack stack = emulators.createStack("backup-prune");
        List<String> buckets = List.of(stack.primaryBucket(), stack.secondaryBucket());
        for (String bucket : buckets) {
            for (int days : List.of(1, 13, 15, 30)) {
                placeBackup(bucket, idDaysOld(days), true);
            }
            BackupSites.put(s3, bucket, "notes/2020/01/01/20200101T000000Z/manifest.json", new byte[1]);
            BackupSites.put(s3, bucket, "backups/readme.txt", new byte[1]);
            BackupSites.put(s3, bucket, "backups/2020/01/01/not-a-backup/manifest.json", new byte[1]);
        }

        JsonNode answer = BackupSites.invokeBackup(stack.environment("BackupFunction"), NOW);

        assertEquals(4, answer.get("pruned").asInt(), "two per site");
        for (String bucket : buckets) {
            assertEquals(List.of(idDaysOld(13), idDaysOld(1), BackupLayout.backupId(NOW)), backupIds(bucket));
            List<String> all = BackupSites.keys(s3, bucket, "");
            assertTrue(all.contains("notes/2020/01/01/20200101T000000Z/manifest.json"));
            assertTrue(all.contains("backups/readme.txt"));
            assertTrue(all.contains("backups/2020/01/01/not-a-backup/manifest.json"));
        }
    }

    @Test
    void withOnlyOldBackupsTheNewestCompleteOneStays() {
        String bucket = emulators.createStack("backup-prune-old").primaryBucket();
        placeBackup(bucket, idDaysOld(30), true);
        placeBackup(bucket, idDaysOld(20), true);
        placeBackup(bucket, idDaysOld(16), false);

        int pruned = new BackupPruner(s3).prune(bucket, LocalDate.ofInstant(NOW, ZoneOffset.UTC));

        assertEquals(2, pruned);
        assertEquals(List.of(idDaysOld(20)), backupIds(bucket));
    }

    @Test
    void anUploadAbandonedBeforeTheWindowIsAbortedByThePrune() {
        String bucket = emulators.createStack("backup-prune-uploads").primaryBucket();
        placeBackup(bucket, idDaysOld(1), true);
        String abandoned = BackupLayout.dataFileKey(idDaysOld(20), 0);
        String current = BackupLayout.dataFileKey(idDaysOld(0), 0);
        s3.createMultipartUpload(b -> b.bucket(bucket).key(abandoned));
        String running = s3.createMultipartUpload(b -> b.bucket(bucket).key(current)).uploadId();

        new BackupPruner(s3).prune(bucket, LocalDate.ofInstant(NOW, ZoneOffset.UTC));

        assertEquals(List.of(current), s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().stream()
                .map(u -> u.key()).toList());
        s3.abortMultipartUpload(b -> b.bucket(bucket).key(current).uploadId(running));
    }

    @Test
    void aBackupStillUnderObjectLockIsLeftForALaterRunAndTheRunSucceeds() {
        // given an expired backup whose objects S3 still holds under Object Lock (say, written late with an old
        // date), beside one that the lock has released
        Stack stack = emulators.createStack("backup-prune-locked");
        String locked = idDaysOld(16);
        String released = idDaysOld(20);
        for (String bucket : List.of(stack.primaryBucket(), stack.secondaryBucket())) {
            placeBackup(bucket, released, true);
            placeBackup(bucket, locked, true);
        }
        ObjectLockFaults.lock(BackupLayout.prefix(locked));
        try {
            // when the backup runs and prunes
            JsonNode answer = BackupSites.invokeBackup(stack.environment("BackupFunction"), NOW);

            // then the run succeeds, the released backup went, the locked one is whole, and the new one is there
            assertEquals("OK", answer.get("sites").get("primary").asText());
            assertEquals(2, answer.get("pruned").asInt(), "the released backup, at each site");
            for (String bucket : List.of(stack.primaryBucket(), stack.secondaryBucket())) {
                assertEquals(List.of(locked, BackupLayout.backupId(NOW)), backupIds(bucket));
                assertTrue(BackupSites.keys(s3, bucket, BackupLayout.prefix(locked))
                        .contains(BackupLayout.manifestKey(locked)));
            }
        } finally {
            ObjectLockFaults.reset();
        }
    }

    @Test
    void aLockedOldBackupNeverCostsTheNewestCompleteOne() {
        // given only old backups, the oldest still locked, and an incomplete one newer than all
        String bucket = emulators.createStack("backup-prune-locked-old").primaryBucket();
        placeBackup(bucket, idDaysOld(30), true);
        placeBackup(bucket, idDaysOld(20), true);
        placeBackup(bucket, idDaysOld(16), false);
        ObjectLockFaults.lock(BackupLayout.prefix(idDaysOld(30)));
        try {
            // when the prune runs
            int pruned = new BackupPruner(s3).prune(bucket, LocalDate.ofInstant(NOW, ZoneOffset.UTC));

            // then the incomplete one went, the locked one stays, and so does the newest complete one
            assertEquals(1, pruned);
            assertEquals(List.of(idDaysOld(30), idDaysOld(20)), backupIds(bucket));
        } finally {
            ObjectLockFaults.reset();
        }
    }

    @Test
    void aSiteLeftOutOfPrunedSitesIsNotPrunedByTheFunction() {
        // given a secondary site in another account, which expires old backups by its own lifecycle rule
        Stack stack = emulators.createStack("backup-prune-sites");
        for (String bucket : List.of(stack.primaryBucket(), stack.secondaryBucket())) {
            placeBackup(bucket, idDaysOld(30), true);
        }
        java.util.Map<String, String> env = new java.util.HashMap<>(stack.environment("BackupFunction"));
        env.put(BackupHandler.PRUNED_SITES, "primary");

        // when the backup runs
        JsonNode answer = BackupSites.invokeBackup(env, NOW);

        // then only the primary site was pruned
        assertEquals(1, answer.get("pruned").asInt());
        assertEquals(List.of(BackupLayout.backupId(NOW)), backupIds(stack.primaryBucket()));
        assertEquals(List.of(idDaysOld(30), BackupLayout.backupId(NOW)), backupIds(stack.secondaryBucket()));
    }
}
