package org.inductionrecords.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inductionrecords.json.Json;

/**
 * One JSON line per request: route, status, outcome code, duration, request id. Never bodies, path
 * values beyond ids, names or emails: logs must hold no personal data.
 */
final class RequestLog {

    private RequestLog() {
    }

    static void line(Context context, ApiRequest request, int status, String outcome, long millis) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", status >= 500 ? "ERROR" : "INFO");
        line.put("message", "request");
        line.put("route", request.routeKey());
        line.put("status", status);
        line.put("outcome", outcome);
        line.put("durationMs", millis);
        request.requestId().ifPresent(id -> line.put("requestId", id));
        log(context, flat(line));
    }

    /** The exception's type and stack frames only: exception messages can echo input. */
    static void failure(Context context, ApiRequest request, RuntimeException error) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "ERROR");
        line.put("message", "unhandled exception");
        line.put("route", request.routeKey());
        line.put("errorType", error.getClass().getName());
        StackTraceElement[] frames = error.getStackTrace();
        line.put("at", frames.length == 0 ? "" : frames[0].toString());
        log(context, flat(line));
    }

    /**
     * The line as JSON through the shared factory's generator: strings and numbers only, so no databind. Why not
     * {@code Json.write}: a cold start that logs one line must not build the databind mapper for it
     * (docs/PERFORMANCE.md).
     */
    static String flat(Map<String, Object> line) {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Object> field : line.entrySet()) {
                switch (field.getValue()) {
                    case Integer number -> json.writeNumberField(field.getKey(), number);
                    case Long number -> json.writeNumberField(field.getKey(), number);
                    case null -> json.writeNullField(field.getKey());
                    default -> json.writeStringField(field.getKey(), field.getValue().toString());
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void log(Context context, String line) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line + "\n");
        } else {
            System.out.println(line);
        }
    }
}
