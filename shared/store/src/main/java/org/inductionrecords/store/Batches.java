package org.inductionrecords.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchGetItem and BatchWriteItem of one table, with one policy for what DynamoDB leaves unprocessed: asked
 * for again after a random pause between half and all of 50 ms x 2^attempt (at most 5 s), so parallel
 * batches spread out; still unprocessed after {@link #MAX_ATTEMPTS}, it fails rather than lose an item.
 */
public final class Batches {

    public static final int MAX_WRITE = 25;
    public static final int MAX_GET = 100;
    static final int MAX_ATTEMPTS = 10;
    private static final long BASE_BACKOFF_MILLIS = 50;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private Batches() {
    }

    /** Thrown when DynamoDB keeps leaving part of a batch unprocessed. */
    public static final class Unprocessed extends RuntimeException {
        Unprocessed(String message) {
            super(message);
        }
    }

    /** The items found for these keys (at most {@link #MAX_GET}), read consistently; absent keys are missing. */
    public static List<Map<String, AttributeValue>> getAll(DynamoDbClient dynamo, String table,
                                                           List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        List<Map<String, AttributeValue>> pending = keys;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > 1) {
                pause(attempt - 1);
            }
            if (attempt > MAX_ATTEMPTS) {
                throw new Unprocessed(pending.size() + " keys stayed unprocessed after " + MAX_ATTEMPTS + " attempts");
            }
            List<Map<String, AttributeValue>> asked = pending;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(Map.of(table,
                    KeysAndAttributes.builder().keys(asked).consistentRead(true).build())));
            found.addAll(response.responses().getOrDefault(table, List.of()));
            KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
            pending = unprocessed == null ? List.of() : unprocessed.keys();
        }
        return found;
    }

    /** Writes these requests (at most {@link #MAX_WRITE}); answers how many were written. */
    public static int writeAll(DynamoDbClient dynamo, String table, List<WriteRequest> requests) {
        int written = 0;
        List<WriteRequest> pending = requests;
        for (int attempt = 1; ; attempt++) {
            Map<String, List<WriteRequest>> request = new HashMap<>(Map.of(table, pending));
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
            List<WriteRequest> unprocessed = response.hasUnprocessedItems()
                    ? response.unprocessedItems().getOrDefault(table, List.of()) : List.of();
            written += pending.size() - unprocessed.size();
            if (unprocessed.isEmpty()) {
                return written;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new Unprocessed("Writing to " + table + " failed: " + unprocessed.size()
                        + " items stayed unprocessed after " + MAX_ATTEMPTS + " attempts");
            }
            pause(attempt);
            pending = unprocessed;
        }
    }

    /** A random wait between half and all of base x 2^attempt, capped. */
    static long backoffMillis(int attempt) {
        long ceiling = Math.min(MAX_BACKOFF_MILLIS, BASE_BACKOFF_MILLIS << Math.min(attempt, 20));
        return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(backoffMillis(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unprocessed("Interrupted while retrying a batch");
        }
    }
}
