package org.inductionrecords.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the calls every SDK client in this JVM makes, per {@code Service:Operation} (e.g. {@code DynamoDb:GetItem},
 * {@code CognitoIdentityProvider:AdminCreateUser}): one per API call, not per HTTP retry, since a call is what a
 * request of the function costs its caller. A module registers it for all its clients, the ones a handler builds
 * for itself included, by naming it in {@code software/amazon/awssdk/global/handlers/execution.interceptors} on
 * its test class path (once: a second registration would count every call twice).
 */
public final class RoundTrips implements ExecutionInterceptor {

    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String call = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + ":"
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        COUNTS.computeIfAbsent(call, k -> new AtomicInteger()).incrementAndGet();
    }

    public static void reset() {
        COUNTS.clear();
    }

    /** Calls per {@code Service:Operation} since the last reset, sorted. */
    public static Map<String, Integer> counts() {
        Map<String, Integer> snapshot = new TreeMap<>();
        COUNTS.forEach((call, count) -> snapshot.put(call, count.get()));
        return snapshot;
    }

    /** One service's calls per operation since the last reset, e.g. {@code operationsOf("DynamoDb")}. */
    public static Map<String, Integer> operationsOf(String service) {
        Map<String, Integer> operations = new TreeMap<>();
        counts().forEach((call, count) -> {
            if (call.startsWith(service + ":")) {
                operations.put(call.substring(service.length() + 1), count);
            }
        });
        return operations;
    }

    public static int of(String service) {
        return operationsOf(service).values().stream().mapToInt(Integer::intValue).sum();
    }

    public static int dynamoDb() {
        return of("DynamoDb");
    }

    public static int cognito() {
        return of("CognitoIdentityProvider");
    }
}
