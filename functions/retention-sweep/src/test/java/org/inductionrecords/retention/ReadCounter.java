package org.inductionrecords.retention;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Counts SDK requests per operation (DynamoDB and Cognito) and the DynamoDB items they read (Query/Scan
 * ScannedCount, one per GetItem that found something). Registered globally in the test classpath
 * (software/amazon/awssdk/global/handlers/execution.interceptors), so it sees the clients the handler
 * builds for itself; the tests ignore it, the benchmark reads it.
 */
public final class ReadCounter implements ExecutionInterceptor {

    private static final Map<String, AtomicLong> REQUESTS = new ConcurrentHashMap<>();
    private static final AtomicLong ITEMS_READ = new AtomicLong();

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        REQUESTS.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                name -> new AtomicLong()).incrementAndGet();
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
        REQUESTS.clear();
        ITEMS_READ.set(0);
    }

    static long itemsRead() {
        return ITEMS_READ.get();
    }

    static Map<String, Long> requests() {
        Map<String, Long> copy = new TreeMap<>();
        REQUESTS.forEach((operation, count) -> copy.put(operation, count.get()));
        return copy;
    }
}
