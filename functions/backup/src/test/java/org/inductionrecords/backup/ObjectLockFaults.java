package org.inductionrecords.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * Global SDK interceptor for tests (registered in execution.interceptors) that plays S3 Object Lock, which S3Proxy
 * does not implement: a DeleteObjects of a locked key is answered, per key, with the {@code AccessDenied} error S3
 * gives for a version still under retention, and the object stays. The locked key is swapped for one that does
 * not exist, so that S3Proxy deletes nothing of it and the request stays well-formed.
 */
public final class ObjectLockFaults implements ExecutionInterceptor {

    private static final Set<String> LOCKED_PREFIXES = ConcurrentHashMap.newKeySet();
    private static final ExecutionAttribute<List<String>> REFUSED = new ExecutionAttribute<>("object-lock-refused");
    private static final String ABSENT = ".object-lock-placeholder";

    /** Every key under the prefix is locked until {@link #reset()}. */
    public static void lock(String keyPrefix) {
        LOCKED_PREFIXES.add(keyPrefix);
    }

    public static void reset() {
        LOCKED_PREFIXES.clear();
    }

    private static boolean locked(String key) {
        return LOCKED_PREFIXES.stream().anyMatch(key::startsWith);
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!(context.request() instanceof DeleteObjectsRequest delete) || LOCKED_PREFIXES.isEmpty()) {
            return context.request();
        }
        List<String> refused = new ArrayList<>();
        List<ObjectIdentifier> objects = new ArrayList<>();
        for (ObjectIdentifier object : delete.delete().objects()) {
            if (locked(object.key())) {
                refused.add(object.key());
                objects.add(object.toBuilder().key(object.key() + ABSENT).build());
            } else {
                objects.add(object);
            }
        }
        attributes.putAttribute(REFUSED, refused);
        return delete.toBuilder().delete(delete.delete().toBuilder().objects(objects).build()).build();
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        List<String> refused = attributes.getAttribute(REFUSED);
        if (!(context.response() instanceof DeleteObjectsResponse response) || refused == null || refused.isEmpty()) {
            return context.response();
        }
        List<S3Error> errors = new ArrayList<>(response.hasErrors() ? response.errors() : List.of());
        refused.forEach(key -> errors.add(S3Error.builder().key(key).code("AccessDenied").message("Access Denied").build()));
        return response.toBuilder().errors(errors).build();
    }
}
