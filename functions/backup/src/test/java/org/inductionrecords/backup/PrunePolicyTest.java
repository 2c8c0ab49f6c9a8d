package org.inductionrecords.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.inductionrecords.backup.PrunePolicy.Found;
import org.inductionrecords.store.backup.BackupLayout;
import org.inductionrecords.store.backup.BackupLayout.BackupRef;
import org.junit.jupiter.api.Test;

class PrunePolicyTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 22);

    private static Found backup(int daysOld, boolean complete) {
        LocalDate date = RUN.minusDays(daysOld);
        String id = "%04d%02d%02dT060000Z".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        return new Found(BackupLayout.backupOf(BackupLayout.manifestKey(id)).orElseThrow(), complete);
    }

    private static List<LocalDate> deletedDates(List<Found> backups) {
        return PrunePolicy.toDelete(backups, RUN).stream().map(BackupRef::date).toList();
    }

    @Test
    void backupsMoreThanFourteenDaysOldGo() {
        assertEquals(List.of(RUN.minusDays(30), RUN.minusDays(15)), deletedDates(List.of(
                backup(0, true), backup(1, true), backup(13, true), backup(14, true), backup(15, true),
                backup(30, true))));
    }

    @Test
    void theNewestCompleteBackupStaysWhenEveryBackupIsOld() {
        assertEquals(List.of(RUN.minusDays(30)), deletedDates(List.of(backup(20, true), backup(30, true))));
    }

    @Test
    void anIncompleteBackupNeitherProtectsNorIsProtected() {
        assertEquals(List.of(RUN.minusDays(16)),
                deletedDates(List.of(backup(16, false), backup(20, true))));
    }

    @Test
    void oldIncompleteBackupsGoEvenWithNoCompleteOneAnywhere() {
        assertEquals(List.of(RUN.minusDays(20)), deletedDates(List.of(backup(20, false), backup(2, false))));
    }
}
