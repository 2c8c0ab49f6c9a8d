package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Deletes everything filed under an induction's partition except the induction item itself:
 * assessments, idempotency records (copies of answers) and whatever else is added there later, so the
 * basic record is a whitelist and nothing personal survives by being forgotten here. Deletes left
 * unprocessed fail the run after {@link Batches}' retries; the next run repeats them.
 */
final class RetentionDeletes {

    private final DynamoDbClient dynamo;
    private final String tableName;

    RetentionDeletes(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    void deleteAllBesideTheInduction(String inductionId) {
        List<WriteRequest> deletes = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(tableName)
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.induction(inductionId))))
                        .projectionExpression("pk, sk")
                        .consistentRead(true))
                .items()
                .forEach(key -> {
                    if (!InductionItems.SK.equals(key.get(Keys.SK).s())) {
                        deletes.add(WriteRequest.builder()
                                .deleteRequest(DeleteRequest.builder().key(key).build()).build());
                    }
                });
        for (int from = 0; from < deletes.size(); from += Batches.MAX_WRITE) {
            Batches.writeAll(dynamo, tableName, deletes.subList(from, Math.min(from + Batches.MAX_WRITE, deletes.size())));
        }
    }
}
