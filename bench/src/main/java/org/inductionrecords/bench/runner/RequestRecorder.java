package org.inductionrecords.bench.runner;

import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Hands every SDK request of any client in the JVM to a recorder while one is set (registered globally through
 * software/amazon/awssdk/global/handlers/execution.interceptors): the warm benchmark records the requests of one
 * API call to replay them as its floor. Counting the calls is {@link org.inductionrecords.testing.RoundTrips}'.
 */
public final class RequestRecorder implements ExecutionInterceptor {

    private static volatile Consumer<SdkRequest> recorder;

    public static void record(Consumer<SdkRequest> to) {
        recorder = to;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        Consumer<SdkRequest> to = recorder;
        if (to != null) {
            to.accept(context.request());
        }
    }
}
