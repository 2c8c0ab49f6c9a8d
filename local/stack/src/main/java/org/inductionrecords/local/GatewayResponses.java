package org.inductionrecords.local;

import java.util.Map;
import org.inductionrecords.emulators.Template;

/**
 * The answers API Gateway gives by itself (no function involved), taken from the template's
 * {@code GatewayResponses} when it declares them, else API Gateway's own defaults.
 */
final class GatewayResponses {

    static final String UNAUTHORIZED = "UNAUTHORIZED";
    static final String MISSING_AUTHENTICATION_TOKEN = "MISSING_AUTHENTICATION_TOKEN";
    static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";
    static final String DEFAULT_5XX = "DEFAULT_5XX";

    /** API Gateway's defaults, for types the template leaves alone. */
    private static final Map<String, Response> DEFAULTS = Map.of(
            UNAUTHORIZED, new Response(401, "{\"message\":\"Unauthorized\"}"),
            MISSING_AUTHENTICATION_TOKEN, new Response(403, "{\"message\":\"Missing Authentication Token\"}"),
            REQUEST_TOO_LARGE, new Response(413, "{\"message\":\"Request Too Long\"}"),
            DEFAULT_5XX, new Response(502, "{\"message\":\"Internal server error\"}"));

    private final Map<String, Object> declared;

    private GatewayResponses(Map<String, Object> declared) {
        this.declared = declared;
    }

    /** The responses of the template's (first) {@code AWS::Serverless::Api}. */
    static GatewayResponses of(Template template) {
        return new GatewayResponses(template.resourcesOfType("AWS::Serverless::Api").stream().findFirst()
                .map(api -> asMap(api.properties().get("GatewayResponses"))).orElse(Map.of()));
    }

    /**
     * The response of that type. {@code actualStatus} is the status API Gateway would have used (a 5xx
     * response type keeps it when the template sets none).
     */
    Response get(String type, int actualStatus) {
        Response fallback = DEFAULTS.get(type);
        Map<String, Object> custom = asMap(declared.get(type));
        if (custom.isEmpty()) {
            return type.equals(DEFAULT_5XX) ? new Response(actualStatus, fallback.body()) : fallback;
        }
        Object status = custom.get("StatusCode");
        Object body = asMap(custom.get("ResponseTemplates")).get("application/json");
        return new Response(status == null ? (type.equals(DEFAULT_5XX) ? actualStatus : fallback.status())
                : Integer.parseInt(String.valueOf(status)), body == null ? fallback.body() : String.valueOf(body));
    }

    record Response(int status, String body) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
