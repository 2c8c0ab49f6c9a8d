package org.inductionrecords.store.backup;

import java.util.List;

/** The table's keys and indexes as recorded in a manifest, so that a restore can recreate the table. */
public record TableSchema(List<Key> keySchema, List<Attribute> attributeDefinitions,
                          List<Index> globalSecondaryIndexes, List<Index> localSecondaryIndexes) {

    public TableSchema {
        keySchema = List.copyOf(keySchema);
        attributeDefinitions = List.copyOf(attributeDefinitions);
        globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
    }

    /** keyType HASH or RANGE. */
    public record Key(String attributeName, String keyType) {
    }

    /** attributeType S, N or B. */
    public record Attribute(String attributeName, String attributeType) {
    }

    /** projectionType ALL, KEYS_ONLY or INCLUDE (with nonKeyAttributes). */
    public record Index(String indexName, List<Key> keySchema, String projectionType, List<String> nonKeyAttributes) {
        public Index {
            keySchema = List.copyOf(keySchema);
            nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
        }
    }
}
