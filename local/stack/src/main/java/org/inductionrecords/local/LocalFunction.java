package org.inductionrecords.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.inductionrecords.emulators.Template;

/**
 * One of the template's functions, instantiated in this JVM through the handler's
 * {@code (Map<String,String> environment)} constructor. API handlers take API Gateway proxy events; the
 * others are stream handlers that get the raw event bytes, as the Lambda runtime gives them.
 */
final class LocalFunction {

    private final Template.Function definition;
    private final Object handler;
    private final int memoryMb;

    LocalFunction(Template.Function definition, Object handler, int memoryMb) {
        this.definition = definition;
        this.handler = handler;
        this.memoryMb = memoryMb;
    }

    String name() {
        return definition.logicalId();
    }

    Template.Function definition() {
        return definition;
    }

    boolean isApiHandler() {
        return handler instanceof RequestHandler<?, ?>;
    }

    LocalContext newContext() {
        return new LocalContext(name(), definition.timeoutSeconds(), memoryMb);
    }

    /** Calls an API handler with a proxy event. */
    @SuppressWarnings("unchecked")
    APIGatewayProxyResponseEvent invokeApi(APIGatewayProxyRequestEvent event, Context context) {
        if (!isApiHandler()) {
            throw new IllegalStateException(name() + " is not an API handler");
        }
        return ((RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) handler)
                .handleRequest(event, context);
    }

    /**
     * Calls the function with an event as JSON bytes and answers its JSON payload, as the Lambda invoke API
     * does: API handlers get the JSON bound to a proxy event, stream handlers the bytes themselves.
     */
    byte[] invokeRaw(byte[] event, Context context) throws IOException {
        if (isApiHandler()) {
            APIGatewayProxyRequestEvent request = event.length == 0 ? new APIGatewayProxyRequestEvent()
                    : Json.MAPPER.readValue(event, APIGatewayProxyRequestEvent.class);
            return Json.MAPPER.writeValueAsBytes(invokeApi(request, context));
        }
        if (handler instanceof RequestStreamHandler streamHandler) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            streamHandler.handleRequest(new ByteArrayInputStream(event), out, context);
            return out.toByteArray();
        }
        throw new IllegalStateException(handler.getClass().getName()
                + " is neither a RequestHandler nor a RequestStreamHandler");
    }
}
