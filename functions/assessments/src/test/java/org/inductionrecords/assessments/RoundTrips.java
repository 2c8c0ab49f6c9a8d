package org.inductionrecords.assessments;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts DynamoDB requests per operation, registered for every SDK client in the test JVM through
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}. One count per API call
 * (not per HTTP retry), which is what a round trip costs the caller.
 */
public final class RoundTrips implements ExecutionInterceptor {

    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if ("dynamodb".equalsIgnoreCase(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME))) {
            COUNTS.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                    k -> new AtomicInteger()).incrementAndGet();
        }
    }

    public static void reset() {
        COUNTS.clear();
    }

    /** Operation name to count since the last reset. */
    public static Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new TreeMap<>();
        COUNTS.forEach((op, n) -> copy.put(op, n.get()));
        return copy;
    }

    public static int total() {
        return snapshot().values().stream().mapToInt(Integer::intValue).sum();
    }
}
