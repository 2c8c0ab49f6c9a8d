package org.inductionrecords.api;

import static org.inductionrecords.json.JsonFields.text;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.FieldError;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.error.IdempotencyMismatch;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.MfaRequired;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.core.error.PayloadTooLarge;
import org.inductionrecords.core.error.Rejection;
import org.inductionrecords.core.error.Unauthenticated;
import org.inductionrecords.core.error.UnsupportedMediaType;
import org.inductionrecords.json.Json;
import org.inductionrecords.json.JsonWritable;

/** The one place that turns results and rejections into HTTP answers. */
public final class ApiResponses {

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Type", "application/json",
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff");

    private ApiResponses() {
    }

    /** The contract's error answer; writes itself, since a refusal is often a cold start's only answer. */
    @JsonSerialize(using = JsonWritable.Serializer.class)
    public record ErrorBody(String error, String message, List<FieldError> details) implements JsonWritable {

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStartObject();
            text(json, "error", error);
            text(json, "message", message);
            if (details != null) {
                json.writeArrayFieldStart("details");
                for (FieldError detail : details) {
                    json.writeStartObject();
                    text(json, "field", detail.field());
                    text(json, "message", detail.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    public static APIGatewayProxyResponseEvent json(int status, Object body) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(HEADERS)
                .withBody(Json.write(body));
    }

    /** A stored answer replayed verbatim (idempotent retries). */
    public static APIGatewayProxyResponseEvent raw(int status, String jsonBody) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(HEADERS)
                .withBody(jsonBody);
    }

    /** A CSV answer (CONTRACT.md section 9), UTF-8; {@code fileName} suggests what a browser saves it as. */
    public static APIGatewayProxyResponseEvent csv(int status, String body, String fileName) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "text/csv; charset=utf-8", "Cache-Control", "no-store",
                        "X-Content-Type-Options", "nosniff",
                        "Content-Disposition", "attachment; filename=\"" + fileName + "\""))
                .withBody(body);
    }

    /** A binary answer, base64 in the proxy response as API Gateway expects for its binary media types. */
    public static APIGatewayProxyResponseEvent binary(String contentType, byte[] body, String fileName) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", contentType, "Cache-Control", "no-store",
                        "X-Content-Type-Options", "nosniff",
                        "Content-Disposition", "attachment; filename=\"" + fileName + "\""))
                .withIsBase64Encoded(true)
                .withBody(java.util.Base64.getEncoder().encodeToString(body));
    }

    public static int status(Rejection rejection) {
        return switch (rejection) {
            case InvalidInput r -> 400;
            case Unauthenticated r -> 401;
            case Forbidden r -> 403;
            case MfaRequired r -> 403;
            case NotFound r -> 404;
            case Conflict r -> 409;
            case PayloadTooLarge r -> 413;
            case UnsupportedMediaType r -> 415;
            case IdempotencyMismatch r -> 422;
        };
    }

    public static String code(Rejection rejection) {
        return switch (rejection) {
            case InvalidInput r -> "validation_failed";
            case Unauthenticated r -> "unauthorized";
            case Forbidden r -> "forbidden";
            case MfaRequired r -> "mfa_required";
            case NotFound r -> "not_found";
            case Conflict r -> "conflict";
            case PayloadTooLarge r -> "payload_too_large";
            case UnsupportedMediaType r -> "unsupported_media_type";
            case IdempotencyMismatch r -> "idempotency_mismatch";
        };
    }

    public static APIGatewayProxyResponseEvent rejected(Rejection rejection) {
        return json(status(rejection), new ErrorBody(code(rejection), rejection.getMessage(), rejection.details()));
    }

    public static APIGatewayProxyResponseEvent internalError() {
        return json(500, new ErrorBody("internal_error", "The service could not answer.", List.of()));
    }
}
