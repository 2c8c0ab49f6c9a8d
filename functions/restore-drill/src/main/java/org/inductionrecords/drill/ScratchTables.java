package org.inductionrecords.drill;

import java.time.Clock;
import java.util.Locale;
import org.inductionrecords.store.backup.BackupSite;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The drill's scratch tables: {@code <prefix><site>-<backupId>-<epoch second>}, a new name for every drill, under a
 * prefix of their own which is all the drill's role may create or delete (template.yaml). The restore creates
 * the table from the manifest's schema (keys and indexes) on the way in; this deletes it on the way out.
 */
final class ScratchTables {

    private final DynamoDbClient dynamoDb;
    private final String prefix;
    private final Clock clock;

    ScratchTables(DynamoDbClient dynamoDb, String prefix, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.prefix = prefix;
        this.clock = clock;
    }

    String nameFor(BackupSite site, String backupId) {
        return prefix + site.id() + "-" + backupId.toLowerCase(Locale.ROOT) + "-" + clock.instant().getEpochSecond();
    }

    /** Deletes the table and waits until it is gone; a table that was never created is fine. */
    void delete(String table) {
        if (!table.startsWith(prefix)) {
            throw new IllegalArgumentException("Not a scratch table: " + table);
        }
        try {
            dynamoDb.deleteTable(b -> b.tableName(table));
        } catch (ResourceNotFoundException never) {
            return;
        }
        dynamoDb.waiter().waitUntilTableNotExists(b -> b.tableName(table));
    }
}
