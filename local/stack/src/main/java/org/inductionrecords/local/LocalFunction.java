package org.inductionrecords.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.inductionrecords.emulators.Template;

/**
 * One of the template's functions in this JVM. API handlers take API Gateway proxy events; the others are
 * stream handlers that get the raw event bytes, as the Lambda runtime gives them.
 *
 * <p>As in Lambda, an instance (execution environment) serves one invocation at a time and concurrent
 * invocations get further instances: a handler never sees two requests at once here either, while requests
 * to the function still run concurrently (so races between them stay visible). Idle instances are reused.
 */
final class LocalFunction {

    private final Template.Function definition;
    private final Supplier<Object> newInstance;
    private final ConcurrentLinkedDeque<Object> idle = new ConcurrentLinkedDeque<>();
    private final boolean apiHandler;
    private final int memoryMb;
    private final Console console;

    /** {@code first} is an instance made already (so start-up reports a failing constructor at once). */
    LocalFunction(Template.Function definition, Object first, Supplier<Object> newInstance, int memoryMb,
                  Console console) {
        this.definition = definition;
        this.newInstance = newInstance;
        this.apiHandler = first instanceof RequestHandler<?, ?>;
        this.memoryMb = memoryMb;
        this.console = console;
        idle.push(first);
    }

    String name() {
        return definition.logicalId();
    }

    Template.Function definition() {
        return definition;
    }

    LocalContext newContext() {
        return new LocalContext(name(), definition.timeoutSeconds(), memoryMb);
    }

    /** Calls an API handler with a proxy event. */
    @SuppressWarnings("unchecked")
    APIGatewayProxyResponseEvent invokeApi(APIGatewayProxyRequestEvent event, Context context) {
        if (!apiHandler) {
            throw new IllegalStateException(name() + " is not an API handler");
        }
        return withInstance(handler -> ((RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>)
                handler).handleRequest(event, context));
    }

    /**
     * Calls the function with an event as JSON bytes and answers its JSON payload, as the Lambda invoke API
     * does: API handlers get the JSON bound to a proxy event, stream handlers the bytes themselves.
     */
    byte[] invokeRaw(byte[] event, Context context) throws IOException {
        if (apiHandler) {
            APIGatewayProxyRequestEvent request = event.length == 0 ? new APIGatewayProxyRequestEvent()
                    : Json.MAPPER.readValue(event, APIGatewayProxyRequestEvent.class);
            return Json.MAPPER.writeValueAsBytes(invokeApi(request, context));
        }
        IOException[] failure = new IOException[1];
        byte[] out = withInstance(handler -> {
            if (!(handler instanceof RequestStreamHandler streamHandler)) {
                throw new IllegalStateException(handler.getClass().getName()
                        + " is neither a RequestHandler nor a RequestStreamHandler");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                streamHandler.handleRequest(new ByteArrayInputStream(event), bytes, context);
            } catch (IOException e) {
                failure[0] = e;
            }
            return bytes.toByteArray();
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return out;
    }

    private <T> T withInstance(java.util.function.Function<Object, T> call) {
        Object handler = idle.poll();
        if (handler == null) {
            handler = newInstance.get();   // a concurrent invocation: Lambda would start another environment
        }
        long started = System.nanoTime();
        try {
            return call.apply(handler);
        } finally {
            idle.push(handler);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            if (seconds >= definition.timeoutSeconds()) {
                console.warn(name() + " ran " + seconds + " s, past its Timeout of " + definition.timeoutSeconds()
                        + " s: Lambda would have stopped it");
            }
        }
    }
}
