package org.inductionrecords.retention;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Counts the DynamoDB items the SDK calls read (Query/Scan ScannedCount, one per GetItem that found something);
 * the calls themselves are {@link org.inductionrecords.testing.RoundTrips}'. Registered globally in the test
 * classpath (software/amazon/awssdk/global/handlers/execution.interceptors), so it sees the clients the handler
 * builds for itself; the tests ignore it, the benchmark reads it.
 */
public final class ReadCounter implements ExecutionInterceptor {

    private static final AtomicLong ITEMS_READ = new AtomicLong();

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Object response = context.response();
        if (response instanceof QueryResponse query && query.scannedCount() != null) {
            ITEMS_READ.addAndGet(query.scannedCount());
        } else if (response instanceof ScanResponse scan && scan.scannedCount() != null) {
            ITEMS_READ.addAndGet(scan.scannedCount());
        } else if (response instanceof GetItemResponse get && get.hasItem() && !get.item().isEmpty()) {
            ITEMS_READ.incrementAndGet();
        }
    }

    static void reset() {
        ITEMS_READ.set(0);
    }

    static long itemsRead() {
        return ITEMS_READ.get();
    }
}
