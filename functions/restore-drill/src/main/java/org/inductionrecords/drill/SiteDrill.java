package org.inductionrecords.drill;

import org.inductionrecords.restore.BackupSource;
import org.inductionrecords.restore.RestoreRequest;
import org.inductionrecords.restore.TableRestore;
import org.inductionrecords.store.backup.BackupSite;

/**
 * One site's drill: its newest complete backup restored into a new scratch table and verified, then the scratch
 * table deleted, also when the restore refused or failed. A scratch table that cannot be deleted fails the drill.
 */
final class SiteDrill {

    private final BackupSource source;
    private final TableRestore restore;
    private final ScratchTables scratch;
    private final BackupSite site;

    SiteDrill(BackupSource source, TableRestore restore, ScratchTables scratch, BackupSite site) {
        this.source = source;
        this.restore = restore;
        this.scratch = scratch;
        this.site = site;
    }

    /** What happened: the backup (null if the site has none), the items restored, and the failure, if any. */
    record Outcome(String backupId, long items, String failure) {
    }

    Outcome run() {
        String backupId;
        try {
            backupId = source.newestCompleteBackupId().orElse(null);
        } catch (RuntimeException e) {
            return new Outcome(null, 0, "listing the backups failed: " + e);
        }
        if (backupId == null) {
            return new Outcome(null, 0, "no complete backup");
        }
        String table = scratch.nameFor(site, backupId);
        long items = 0;
        String failure = null;
        try {
            items = restore.restore(new RestoreRequest(backupId, site, table, false), source);
        } catch (RuntimeException e) {
            failure = "backup " + backupId + " did not restore: " + e.getMessage();
        } finally {
            try {
                scratch.delete(table);
            } catch (RuntimeException e) {
                failure = (failure == null ? "" : failure + "; ") + "scratch table " + table + " was not deleted: " + e;
            }
        }
        return new Outcome(backupId, failure == null ? items : 0, failure);
    }
}
