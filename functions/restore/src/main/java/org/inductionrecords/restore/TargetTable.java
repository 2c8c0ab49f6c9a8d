package org.inductionrecords.restore;

import java.util.Optional;
import org.inductionrecords.store.backup.TableSchema;
import org.inductionrecords.store.backup.TableSchemas;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The table a backup is restored into: it must be empty, so that a restore never mixes with or overwrites data.
 * One that does not exist yet is created from the manifest's schema (on demand, encrypted with the stack's key),
 * so that the runbook needs no hand-written create-table.
 */
public final class TargetTable {

    private final DynamoDbClient dynamoDb;
    private final Optional<String> kmsKeyId;

    public TargetTable(DynamoDbClient dynamoDb, Optional<String> kmsKeyId) {
        this.dynamoDb = dynamoDb;
        this.kmsKeyId = kmsKeyId;
    }

    /** Refuses a table that holds anything or is not ready; answers whether it exists. */
    boolean checkUsable(String tableName) {
        TableDescription table;
        try {
            table = dynamoDb.describeTable(b -> b.tableName(tableName)).table();
        } catch (ResourceNotFoundException e) {
            return false;
        }
        if (table.tableStatus() != TableStatus.ACTIVE) {
            throw new RestoreRefused("Target table " + tableName + " is " + table.tableStatusAsString() + ", not ACTIVE");
        }
        boolean empty = dynamoDb.scan(b -> b.tableName(tableName).limit(1).consistentRead(true)
                .projectionExpression("#k").expressionAttributeNames(java.util.Map.of("#k",
                        table.keySchema().get(0).attributeName()))).count() == 0;
        if (!empty) {
            throw new RestoreRefused("Target table " + tableName + " is not empty; restore only into an empty table");
        }
        return true;
    }

    void create(String tableName, TableSchema schema) {
        dynamoDb.createTable(TableSchemas.createTable(tableName, schema, kmsKeyId));
        dynamoDb.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    }
}
