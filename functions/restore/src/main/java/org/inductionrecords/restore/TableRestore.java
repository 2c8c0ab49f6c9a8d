package org.inductionrecords.restore;

import java.util.HashMap;
import java.util.Map;
import org.inductionrecords.store.backup.BackupFile;
import org.inductionrecords.store.backup.BackupManifest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Restores one backup into an empty table, in an order that writes nothing unless everything checks out:
 * the manifest must exist; the target must be empty (or absent); every data file must match its manifest
 * entry (SHA-256, size, count, every line readable) — only then is the target created if need be and written,
 * reading each file again pinned to the ETag that was verified.
 */
public final class TableRestore {

    private final DynamoDbClient dynamoDb;
    private final TargetTable targets;
    private final String liveTable;

    public TableRestore(DynamoDbClient dynamoDb, TargetTable targets, String liveTable) {
        this.dynamoDb = dynamoDb;
        this.targets = targets;
        this.liveTable = liveTable;
    }

    /** Answers the number of items verified (and, unless a dry run, written). */
    public long restore(RestoreRequest request, BackupSource source) {
        if (request.targetTable().equals(liveTable)) {
            throw new RestoreRefused("The target table must not be the live table " + liveTable
                    + "; restore into a new table and switch over deliberately");
        }
        BackupManifest manifest = source.manifest(request.backupId());
        boolean exists = targets.checkUsable(request.targetTable());
        Map<String, String> verifiedETags = new HashMap<>();
        for (BackupFile file : manifest.files()) {
            verifiedETags.put(file.key(), source.read(file, null, item -> { }));
        }
        if (request.dryRun()) {
            return manifest.items();
        }
        if (!exists) {
            targets.create(request.targetTable(), manifest.schema());
        }
        long written;
        try (BatchWriter writer = new BatchWriter(dynamoDb, request.targetTable())) {
            for (BackupFile file : manifest.files()) {
                source.read(file, verifiedETags.get(file.key()), writer::put);
            }
            written = writer.finish();
        }
        if (written != manifest.items()) {
            throw new RestoreRefused("Restore of " + request.backupId() + " wrote " + written + " items, the manifest has "
                    + manifest.items());
        }
        return written;
    }
}
