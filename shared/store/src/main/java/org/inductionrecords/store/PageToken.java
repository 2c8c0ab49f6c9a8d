package org.inductionrecords.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.json.Json;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code nextToken}: DynamoDB's LastEvaluatedKey as base64url JSON. A token is accepted only if it
 * has exactly the key attributes of the query it continues and the same partition, so a forged or
 * foreign token can neither fail with a 5xx nor page into another partition's data.
 */
public final class PageToken {

    private PageToken() {
    }

    public static Optional<String> encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode node = Json.mapper().createObjectNode();
        new TreeMap<>(lastEvaluatedKey).forEach((name, value) -> node.put(name, value.s()));
        return Optional.of(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(node).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param keyAttributes the attributes a LastEvaluatedKey of this query has (table and index keys)
     * @param partitionAttribute the attribute the query fixes
     * @param partitionValue its value in this query
     */
    public static Optional<Map<String, AttributeValue>> decode(Optional<String> token, Set<String> keyAttributes,
                                                                String partitionAttribute, String partitionValue) {
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> key = new HashMap<>();
        try {
            byte[] raw = Base64.getUrlDecoder().decode(token.get());
            JsonNode node = Json.mapper().readTree(raw);
            if (node == null || !node.isObject()) {
                throw notIssued();
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().isTextual()) {
                    throw notIssued();
                }
                key.put(field.getKey(), AttributeValue.fromS(field.getValue().textValue()));
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw notIssued();
        }
        if (!key.keySet().equals(keyAttributes) || !partitionValue.equals(key.get(partitionAttribute).s())) {
            throw notIssued();
        }
        return Optional.of(key);
    }

    private static InvalidInput notIssued() {
        return InvalidInput.of("nextToken", "is not a token this API issued");
    }
}
