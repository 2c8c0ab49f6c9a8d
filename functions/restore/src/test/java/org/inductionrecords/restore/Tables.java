package org.inductionrecords.restore;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Test helper: a table's whole content, keyed by pk and sk, with sets in a canonical order. */
final class Tables {

    private Tables() {
    }

    static Map<String, Map<String, AttributeValue>> content(DynamoDbClient dynamoDb, String table) {
        Map<String, Map<String, AttributeValue>> content = new TreeMap<>();
        for (Map<String, AttributeValue> item : dynamoDb.scanPaginator(b -> b.tableName(table).consistentRead(true))
                .items()) {
            Map<String, AttributeValue> canonical = new HashMap<>();
            item.forEach((name, value) -> canonical.put(name, canonical(value)));
            content.put(item.get("pk").s() + "\u0000" + item.get("sk").s(), canonical);
        }
        return content;
    }

    static long count(DynamoDbClient dynamoDb, String table) {
        return content(dynamoDb, table).size();
    }

    /** DynamoDB does not promise the order of a set's members; lists and maps keep theirs. */
    private static AttributeValue canonical(AttributeValue value) {
        return switch (value.type()) {
            case SS -> AttributeValue.fromSs(value.ss().stream().sorted().toList());
            case NS -> AttributeValue.fromNs(value.ns().stream().sorted().toList());
            case BS -> AttributeValue.fromBs(value.bs().stream().map(b -> java.util.Base64.getEncoder().encodeToString(b.asByteArray())).sorted()
                    .map(b -> SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(b))).toList());
            case M -> {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                new TreeMap<>(value.m()).forEach((k, v) -> map.put(k, canonical(v)));
                yield AttributeValue.fromM(map);
            }
            case L -> AttributeValue.fromL(value.l().stream().map(Tables::canonical).toList());
            default -> value;
        };
    }

    static List<String> indexNames(DynamoDbClient dynamoDb, String table) {
        return dynamoDb.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes().stream()
                .map(i -> i.indexName()).sorted().toList();
    }
}
