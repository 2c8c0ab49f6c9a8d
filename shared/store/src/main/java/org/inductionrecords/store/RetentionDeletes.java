package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Deletes everything filed under an induction's partition except the induction item itself:
 * assessments, idempotency records (copies of answers) and whatever else is added there later, so the
 * basic record is a whitelist and nothing personal survives by being forgotten here.
 */
final class RetentionDeletes {

    private static final int BATCH = 25;
    private static final int MAX_ATTEMPTS = 8;

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
        for (int from = 0; from < deletes.size(); from += BATCH) {
            write(deletes.subList(from, Math.min(from + BATCH, deletes.size())));
        }
    }

    /** One batch, retrying what DynamoDB leaves unprocessed with a growing pause. */
    private void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(tableName, batch);
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_ATTEMPTS) {
                throw new IllegalStateException("DynamoDB left deletes unprocessed after " + MAX_ATTEMPTS
                        + " attempts; the next run repeats them");
            }
            if (attempt > 1) {
                pause(50L << Math.min(attempt, 6));
            }
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying deletes", e);
        }
    }
}
