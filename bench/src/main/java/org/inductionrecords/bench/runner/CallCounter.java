package org.inductionrecords.bench.runner;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the SDK calls of every client in the JVM by service and operation (registered globally through
 * software/amazon/awssdk/global/handlers/execution.interceptors in the runner jar), so that the floor makes
 * exactly the calls the function made.
 */
public final class CallCounter implements ExecutionInterceptor {

    private static final Map<String, Integer> CALLS = new TreeMap<>();
    /** The warm benchmark records the requests of one API call to replay them as its floor. */
    private static volatile Consumer<SdkRequest> recorder;

    public static void record(Consumer<SdkRequest> to) {
        recorder = to;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String call = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + ":"
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        synchronized (CALLS) {
            CALLS.merge(call, 1, Integer::sum);
        }
        Consumer<SdkRequest> to = recorder;
        if (to != null) {
            to.accept(context.request());
        }
    }

    /** e.g. {@code DynamoDb:GetItem=2,DynamoDb:Query=1} (empty if none). */
    public static String summary() {
        synchronized (CALLS) {
            StringBuilder out = new StringBuilder();
            CALLS.forEach((call, count) -> out.append(out.isEmpty() ? "" : ",").append(call).append('=').append(count));
            return out.isEmpty() ? "-" : out.toString();
        }
    }
}
