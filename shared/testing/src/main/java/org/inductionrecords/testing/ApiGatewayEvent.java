package org.inductionrecords.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The proxy event API Gateway's REST API hands an API function once the Cognito authorizer has let the call in:
 * method, the route's resource and the concrete path, path and query parameters (null when there are none, as
 * API Gateway sends them), headers, body, and a request context with a request id, the caller's source IP and the
 * authorizer's claims. The one way the tests, and the cold-start runner, build such an event:
 *
 * <pre>{@code
 * APIGatewayProxyRequestEvent event = ApiGatewayEvent.request("POST", "/schools/{urn}/users")
 *         .pathParameter("urn", "123456").caller(userId).body(json).build();
 * }</pre>
 */
public final class ApiGatewayEvent {

    /** The caller's address unless one is given (TEST-NET-3, RFC 5737: never a real client). */
    public static final String SOURCE_IP = "203.0.113.7";

    private final String method;
    private final String resource;
    private String path;
    private final Map<String, String> pathParameters = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;
    private Map<String, String> claims;
    private String sourceIp = SOURCE_IP;
    private String requestId = UUID.randomUUID().toString();
    private String stage;

    private ApiGatewayEvent(String method, String resource) {
        this.method = method;
        this.resource = resource;
    }

    /** A call of the route {@code METHOD resource}, e.g. {@code ("GET", "/inductions/{inductionId}")}. */
    public static ApiGatewayEvent request(String method, String resource) {
        return new ApiGatewayEvent(method, resource);
    }

    /** The concrete path; without it, the resource with the path parameters put in. */
    public ApiGatewayEvent path(String concretePath) {
        this.path = concretePath;
        return this;
    }

    public ApiGatewayEvent pathParameter(String name, String value) {
        pathParameters.put(name, value);
        return this;
    }

    public ApiGatewayEvent pathParameters(Map<String, String> parameters) {
        if (parameters != null) {
            pathParameters.putAll(parameters);
        }
        return this;
    }

    public ApiGatewayEvent query(Map<String, String> parameters) {
        if (parameters != null) {
            query.putAll(parameters);
        }
        return this;
    }

    public ApiGatewayEvent header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ApiGatewayEvent headers(Map<String, String> more) {
        if (more != null) {
            headers.putAll(more);
        }
        return this;
    }

    /** The body; declared {@code application/json} unless a Content-Type header (in any case) says otherwise. */
    public ApiGatewayEvent body(String json) {
        this.body = json;
        return this;
    }

    /**
     * Signed in as the user with this {@code sub}: the ID token's claims as the authorizer passes them, and the
     * token in {@code Authorization} (the authorizer has checked it; the function reads only the claims).
     */
    public ApiGatewayEvent caller(String sub) {
        this.claims = Map.of("sub", sub, "token_use", "id");
        return header("Authorization", "Bearer token-checked-by-api-gateway");
    }

    /** The authorizer's claims exactly as given (a sample event's); no {@code Authorization} header is added. */
    public ApiGatewayEvent claims(Map<String, String> given) {
        this.claims = given;
        return this;
    }

    public ApiGatewayEvent sourceIp(String ip) {
        this.sourceIp = ip;
        return this;
    }

    public ApiGatewayEvent requestId(String id) {
        this.requestId = id;
        return this;
    }

    public ApiGatewayEvent stage(String name) {
        this.stage = name;
        return this;
    }

    public APIGatewayProxyRequestEvent build() {
        Map<String, String> allHeaders = new LinkedHashMap<>(headers);
        if (body != null && allHeaders.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            allHeaders.put("Content-Type", "application/json");
        }
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withRequestId(requestId)
                .withResourcePath(resource)
                .withHttpMethod(method)
                .withStage(stage)
                .withIdentity(new APIGatewayProxyRequestEvent.RequestIdentity().withSourceIp(sourceIp));
        if (claims != null) {
            Map<String, Object> authorizer = new LinkedHashMap<>();
            authorizer.put("claims", claims);
            context.setAuthorizer(authorizer);
        }
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withResource(resource)
                .withPath(path != null ? path : concretePath())
                .withPathParameters(pathParameters.isEmpty() ? null : new LinkedHashMap<>(pathParameters))
                .withQueryStringParameters(query.isEmpty() ? null : new LinkedHashMap<>(query))
                .withHeaders(allHeaders.isEmpty() ? null : allHeaders)
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(context);
    }

    private String concretePath() {
        String concrete = resource;
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            concrete = concrete.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return concrete;
    }
}
