package org.inductionrecords.store.backup;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Translates between DynamoDB's table description and the manifest's {@link TableSchema}. */
public final class TableSchemas {

    private TableSchemas() {
    }

    public static TableSchema of(TableDescription table) {
        return new TableSchema(
                keys(table.keySchema()),
                table.attributeDefinitions().stream()
                        .map(a -> new TableSchema.Attribute(a.attributeName(), a.attributeTypeAsString())).toList(),
                table.globalSecondaryIndexes().stream().map(TableSchemas::index).toList(),
                table.localSecondaryIndexes().stream().map(TableSchemas::index).toList());
    }

    /**
     * A new on-demand table with the recorded keys and indexes, encrypted with the given KMS key when one
     * is configured (otherwise DynamoDB's default encryption at rest).
     */
    public static CreateTableRequest createTable(String tableName, TableSchema schema, Optional<String> kmsKeyId) {
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(keyElements(schema.keySchema()))
                .attributeDefinitions(schema.attributeDefinitions().stream()
                        .map(a -> AttributeDefinition.builder().attributeName(a.attributeName())
                                .attributeType(a.attributeType()).build()).toList());
        if (!schema.globalSecondaryIndexes().isEmpty()) {
            request.globalSecondaryIndexes(schema.globalSecondaryIndexes().stream()
                    .map(i -> GlobalSecondaryIndex.builder().indexName(i.indexName())
                            .keySchema(keyElements(i.keySchema())).projection(projection(i)).build()).toList());
        }
        if (!schema.localSecondaryIndexes().isEmpty()) {
            request.localSecondaryIndexes(schema.localSecondaryIndexes().stream()
                    .map(i -> LocalSecondaryIndex.builder().indexName(i.indexName())
                            .keySchema(keyElements(i.keySchema())).projection(projection(i)).build()).toList());
        }
        kmsKeyId.ifPresent(key -> request.sseSpecification(SSESpecification.builder()
                .enabled(true).sseType(SSEType.KMS).kmsMasterKeyId(key).build()));
        return request.build();
    }

    private static TableSchema.Index index(GlobalSecondaryIndexDescription index) {
        return new TableSchema.Index(index.indexName(), keys(index.keySchema()),
                index.projection().projectionTypeAsString(), index.projection().nonKeyAttributes());
    }

    private static TableSchema.Index index(LocalSecondaryIndexDescription index) {
        return new TableSchema.Index(index.indexName(), keys(index.keySchema()),
                index.projection().projectionTypeAsString(), index.projection().nonKeyAttributes());
    }

    private static List<TableSchema.Key> keys(List<KeySchemaElement> elements) {
        return elements.stream().map(k -> new TableSchema.Key(k.attributeName(), k.keyTypeAsString())).toList();
    }

    private static List<KeySchemaElement> keyElements(List<TableSchema.Key> keys) {
        return keys.stream()
                .map(k -> KeySchemaElement.builder().attributeName(k.attributeName()).keyType(k.keyType()).build())
                .toList();
    }

    private static Projection projection(TableSchema.Index index) {
        Projection.Builder projection = Projection.builder().projectionType(index.projectionType());
        if (!index.nonKeyAttributes().isEmpty()) {
            projection.nonKeyAttributes(index.nonKeyAttributes());
        }
        return projection.build();
    }
}
