package org.inductionrecords.users;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts every HTTP request any SDK client in this JVM sends, per service and operation (a global
 * interceptor, registered in software/amazon/awssdk/global/handlers/execution.interceptors), so a test can
 * say how many round trips one request of the function cost.
 */
public final class RoundTrips implements ExecutionInterceptor {

    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        COUNTS.computeIfAbsent(service + ":" + operation, k -> new AtomicInteger()).incrementAndGet();
    }

    public static void reset() {
        COUNTS.clear();
    }

    /** Requests per {@code Service:Operation} since the last reset. */
    public static Map<String, Integer> counts() {
        Map<String, Integer> snapshot = new TreeMap<>();
        COUNTS.forEach((key, count) -> snapshot.put(key, count.get()));
        return snapshot;
    }

    public static int of(String service) {
        return counts().entrySet().stream().filter(e -> e.getKey().startsWith(service + ":"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    public static int dynamoDb() {
        return of("DynamoDb");
    }

    public static int cognito() {
        return of("CognitoIdentityProvider");
    }
}
