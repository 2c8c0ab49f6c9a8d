package org.inductionrecords.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Stand-ins for a function whose handler cannot run here: its class is not on the class path yet (501 from
 * the API, an UnsupportedOperationException from a direct invoke), or its constructor failed (every call
 * fails, as a Lambda whose init failed does).
 */
final class PlaceholderHandlers {

    private PlaceholderHandlers() {
    }

    /** What a not-yet-built stream function throws: expected while the project grows, so no stack trace. */
    static final class NotImplementedYet extends UnsupportedOperationException {
        NotImplementedYet(String message) {
            super(message);
            setStackTrace(new StackTraceElement[0]);
        }
    }

    static Object notImplemented(String functionName, boolean api) {
        String message = functionName + " is not implemented yet.";
        if (api) {
            return (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) (event, context) ->
                    new APIGatewayProxyResponseEvent().withStatusCode(501)
                            .withHeaders(Map.of("Content-Type", "application/json"))
                            .withBody(Json.error("not_implemented", message));
        }
        return (RequestStreamHandler) (InputStream in, OutputStream out, Context context) -> {
            throw new NotImplementedYet(message);
        };
    }

    static Object failedInit(String functionName, boolean api, Throwable cause) {
        RuntimeException failure = new IllegalStateException(functionName + " failed to initialise: " + cause, cause);
        if (api) {
            return (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) (event, context) -> {
                throw failure;
            };
        }
        return (RequestStreamHandler) (InputStream in, OutputStream out, Context context) -> {
            throw failure;
        };
    }
}
