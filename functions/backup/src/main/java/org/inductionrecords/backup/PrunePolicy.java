package org.inductionrecords.backup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.store.backup.BackupLayout.BackupRef;

/**
 * The rolling window: a backup goes once the date in its key is more than 14 days before the run's date, so
 * that the retention sweep's reductions reach the backups too; but a site never loses its newest complete
 * backup, even when every backup it holds is old (say, after the function failed for weeks).
 * Incomplete backups (no manifest) protect nothing and go by the same date rule.
 */
final class PrunePolicy {

    static final int WINDOW_DAYS = 14;

    private PrunePolicy() {
    }

    /** A backup found at a site, and whether it has its manifest. */
    record Found(BackupRef ref, boolean complete) {
    }

    static List<BackupRef> toDelete(Collection<Found> backups, LocalDate runDate) {
        LocalDate oldestKept = runDate.minusDays(WINDOW_DAYS);
        Optional<BackupRef> newestComplete = backups.stream().filter(Found::complete).map(Found::ref)
                .max(Comparator.comparing(BackupRef::backupId));
        return backups.stream().map(Found::ref)
                .filter(ref -> ref.date().isBefore(oldestKept))
                .filter(ref -> newestComplete.map(newest -> !newest.prefix().equals(ref.prefix())).orElse(true))
                .sorted(Comparator.comparing(BackupRef::prefix))
                .toList();
    }
}
