package org.inductionrecords.store.backup;

import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json}, written last: its presence is what makes a backup complete. It holds what a
 * restore needs to prove the data files untouched (count and SHA-256 of each) and to recreate the table.
 */
public record BackupManifest(int formatVersion, String backupId, String table, Instant startedAt,
                             Instant finishedAt, long items, List<BackupFile> files, TableSchema schema) {

    public static final int FORMAT_VERSION = 1;

    public BackupManifest {
        files = List.copyOf(files);
    }
}
