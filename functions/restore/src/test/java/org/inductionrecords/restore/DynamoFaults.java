package org.inductionrecords.restore;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Global SDK interceptor for tests: DynamoDB Local never answers BatchWriteItem with unprocessed items, as
 * DynamoDB does under throttling, so this one makes its answers claim that the last few requests of a batch
 * were not processed (they were, and writing them again is harmless), for a chosen table and number of calls.
 */
public final class DynamoFaults implements ExecutionInterceptor {

    private static volatile String table;
    private static final AtomicInteger REMAINING = new AtomicInteger();
    private static final AtomicInteger CALLS = new AtomicInteger();

    /** The next {@code calls} BatchWriteItem answers for that table report their last 5 requests unprocessed. */
    public static void reportUnprocessed(String tableName, int calls) {
        table = tableName;
        CALLS.set(0);
        REMAINING.set(calls);
    }

    public static int batchWriteCalls() {
        return CALLS.get();
    }

    public static void reset() {
        table = null;
        REMAINING.set(0);
        CALLS.set(0);
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes executionAttributes) {
        String target = table;
        if (target != null && context.request() instanceof BatchWriteItemRequest request
                && context.response() instanceof BatchWriteItemResponse response
                && request.requestItems().containsKey(target)) {
            CALLS.incrementAndGet();
            List<WriteRequest> sent = request.requestItems().get(target);
            if (sent.size() > 5 && REMAINING.getAndDecrement() > 0) {
                return response.toBuilder()
                        .unprocessedItems(Map.of(target, sent.subList(sent.size() - 5, sent.size()))).build();
            }
        }
        return context.response();
    }
}
