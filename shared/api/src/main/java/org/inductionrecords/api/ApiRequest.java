package org.inductionrecords.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.PayloadTooLarge;
import org.inductionrecords.core.error.Unauthenticated;
import org.inductionrecords.core.error.UnsupportedMediaType;
import org.inductionrecords.core.validation.RequestBody;

/** What a route needs from an API Gateway proxy event, with the event's nulls turned into Optionals. */
public final class ApiRequest {

    /** JSON bodies of this API are small; anything larger is refused before it is parsed. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Page size of a list when the caller names none, and the most it may ask for. */
    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 100;

    private final APIGatewayProxyRequestEvent event;

    public ApiRequest(APIGatewayProxyRequestEvent event) {
        this.event = event;
    }

    /** The route key, e.g. {@code GET /schools/{urn}}. */
    public String routeKey() {
        return event.getHttpMethod() + " " + event.getResource();
    }

    public String pathParameter(String name) {
        Map<String, String> params = event.getPathParameters();
        String value = params == null ? null : params.get(name);
        return value == null ? "" : value;
    }

    public Optional<String> query(String name) {
        Map<String, String> params = event.getQueryStringParameters();
        return params == null ? Optional.empty() : Optional.ofNullable(params.get(name));
    }

    /** The {@code limit} query parameter of a list: 1 to {@link #MAX_PAGE}, {@link #DEFAULT_PAGE} when absent. */
    public int pageLimit() {
        Optional<String> raw = query("limit");
        if (raw.isEmpty()) {
            return DEFAULT_PAGE;
        }
        try {
            int limit = Integer.parseInt(raw.get());
            if (limit >= 1 && limit <= MAX_PAGE) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInput.of("limit", "must be a whole number from 1 to " + MAX_PAGE);
    }

    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
                return Optional.ofNullable(header.getValue());
            }
        }
        return Optional.empty();
    }

    public Optional<String> idempotencyKey() {
        return header("Idempotency-Key").map(String::strip).filter(k -> !k.isEmpty());
    }

    /** The authenticated user's id: the {@code sub} claim the Cognito authorizer passed on. */
    public String callerId() {
        if (event.getRequestContext() == null || event.getRequestContext().getAuthorizer() == null) {
            throw new Unauthenticated("No verified identity came with the request.");
        }
        Object claims = event.getRequestContext().getAuthorizer().get("claims");
        if (claims instanceof Map<?, ?> map && map.get("sub") instanceof String sub && !sub.isBlank()) {
            return sub;
        }
        throw new Unauthenticated("No verified identity came with the request.");
    }

    public Optional<String> sourceIp() {
        if (event.getRequestContext() == null || event.getRequestContext().getIdentity() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(event.getRequestContext().getIdentity().getSourceIp());
    }

    public Optional<String> requestId() {
        return event.getRequestContext() == null ? Optional.empty()
                : Optional.ofNullable(event.getRequestContext().getRequestId());
    }

    /** The JSON body; a body must be declared as JSON and be at most {@link #MAX_BODY_BYTES}. */
    public RequestBody body() {
        return RequestBody.parse(rawBody());
    }

    /** For routes whose body may be left out. */
    public RequestBody optionalBody() {
        return RequestBody.parseOptional(rawBody());
    }

    /**
     * A {@code text/csv} body (CONTRACT.md section 9), UTF-8, at most {@code maxBytes}; 415 for any other type.
     */
    public String csvBody(int maxBytes) {
        String body = event.getBody();
        if (body == null || body.isEmpty()) {
            throw InvalidInput.of("body", "is required: a CSV file");
        }
        String mediaType = header("Content-Type").orElse("").toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        if (!mediaType.equals("text/csv")) {
            throw new UnsupportedMediaType("The body must be CSV (Content-Type: text/csv).");
        }
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("body", "is not valid UTF-8");
            }
            if (bytes.length > maxBytes) {
                throw new PayloadTooLarge("The CSV is larger than " + maxBytes + " bytes.");
            }
            body = utf8(bytes);
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new PayloadTooLarge("The CSV is larger than " + maxBytes + " bytes.");
        }
        return body;
    }

    /** Whether the caller asked for CSV ({@code Accept: text/csv}). */
    public boolean acceptsCsv() {
        return header("Accept").map(accept -> accept.toLowerCase(Locale.ROOT).contains("text/csv")).orElse(false);
    }

    private String rawBody() {
        String body = event.getBody();
        if (body == null || body.isEmpty()) {
            return null;
        }
        String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        // The media type before any parameters (charset): application/jsonp or application/json-seq are not JSON.
        String mediaType = type.split(";", 2)[0].strip();
        if (!mediaType.equals("application/json")) {
            throw new UnsupportedMediaType("The body must be JSON (Content-Type: application/json).");
        }
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new UnsupportedMediaType("The body must be JSON (Content-Type: application/json).");
            }
            if (bytes.length > MAX_BODY_BYTES) {
                throw new PayloadTooLarge("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            body = utf8(bytes);
        }
        if (body.length() > MAX_BODY_BYTES || body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new PayloadTooLarge("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        return body;
    }

    /**
     * JSON text is UTF-8 (RFC 8259): bytes that are not (which the gateway can only pass on base64-encoded)
     * are refused, never turned into replacement characters and stored.
     */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInput.of("body", "is not valid UTF-8");
        }
    }
}
