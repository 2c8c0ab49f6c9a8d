package org.inductionrecords.backup;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Global SDK interceptor for tests (registered in execution.interceptors): records every request, and fails
 * the ones a test chooses, to inject faults S3Proxy cannot produce by itself (an upload failing mid-way).
 */
public final class S3Faults implements ExecutionInterceptor {

    private static volatile Predicate<SdkRequest> failWhen = request -> false;
    private static volatile boolean recording;
    private static final Queue<SdkRequest> REQUESTS = new ConcurrentLinkedQueue<>();

    /** Starts keeping every request (off by default, so that long runs such as the benchmark keep nothing). */
    public static void record() {
        REQUESTS.clear();
        recording = true;
    }

    public static void failWhen(Predicate<SdkRequest> predicate) {
        failWhen = predicate;
    }

    public static void reset() {
        failWhen = request -> false;
        recording = false;
        REQUESTS.clear();
    }

    public static List<SdkRequest> requests() {
        return List.copyOf(REQUESTS);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
        if (recording) {
            REQUESTS.add(context.request());
        }
        if (failWhen.test(context.request())) {
            throw SdkClientException.create("Injected fault for " + context.request().getClass().getSimpleName());
        }
    }
}
