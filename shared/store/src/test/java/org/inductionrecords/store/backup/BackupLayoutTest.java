package org.inductionrecords.store.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupLayoutTest {

    @Test
    void backupIdIsTheUtcInstantToTheSecond() {
        assertEquals("20261122T180000Z", BackupLayout.backupId(Instant.parse("2026-11-22T18:00:00.789Z")));
    }

    @Test
    void aBackupLivesUnderItsUtcDate() {
        assertEquals("backups/2026/01/02/20260102T235959Z/manifest.json",
                BackupLayout.manifestKey("20260102T235959Z"));
        assertEquals("backups/2026/01/02/20260102T235959Z/data-03.jsonl.gz",
                BackupLayout.dataFileKey("20260102T235959Z", 3));
    }

    @Test
    void aKeyIsReadBackToItsBackupByThePath() {
        BackupLayout.BackupRef ref = BackupLayout.backupOf("backups/2026/01/02/20260102T235959Z/data-00.jsonl.gz")
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 1, 2), ref.date());
        assertEquals("20260102T235959Z", ref.backupId());
        assertEquals("backups/2026/01/02/20260102T235959Z/", ref.prefix());
    }

    @Test
    void keysOutsideTheLayoutAreNotBackups() {
        assertEquals(Optional.empty(), BackupLayout.backupOf("other/2026/01/02/20260102T235959Z/manifest.json"));
        assertEquals(Optional.empty(), BackupLayout.backupOf("backups/readme.txt"));
        assertEquals(Optional.empty(), BackupLayout.backupOf("backups/2026/02/30/20260230T000000Z/manifest.json"));
        assertEquals(Optional.empty(), BackupLayout.backupOf("x/backups/2026/01/02/20260102T235959Z/manifest.json"));
    }

    @Test
    void onlyRealInstantsAreBackupIds() {
        assertTrue(BackupLayout.isBackupId("20261122T180000Z"));
        assertFalse(BackupLayout.isBackupId("20261322T180000Z"));
        assertFalse(BackupLayout.isBackupId("2026-11-22T18:00:00Z"));
        assertFalse(BackupLayout.isBackupId("../../etc"));
        assertFalse(BackupLayout.isBackupId(null));
    }
}
