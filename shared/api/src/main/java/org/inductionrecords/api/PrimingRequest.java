package org.inductionrecords.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.Map;

/**
 * A GET as API Gateway would deliver it, from a caller that cannot exist (no user record has this id: ids are
 * Cognito subs, UUIDs). A SnapStart priming hook routes it through the handler before the snapshot so that the
 * snapshot holds routing, the caller's lookup (a real DynamoDB read: signing, HTTP, unmarshalling) and the
 * error answer's JSON already loaded and initialised. The answer is a refusal, so nothing is written.
 */
public final class PrimingRequest {

    public static final String CALLER = "snapstart-priming-caller";

    private PrimingRequest() {
    }

    public static APIGatewayProxyRequestEvent get(String resource, String path, Map<String, String> pathParameters) {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withResourcePath(resource)
                .withHttpMethod("GET")
                .withStage("v1")
                .withRequestId("snapstart-priming")
                .withIdentity(new APIGatewayProxyRequestEvent.RequestIdentity().withSourceIp("192.0.2.1"));
        context.setAuthorizer(Map.of("claims", Map.of("sub", CALLER, "token_use", "id")));
        return new APIGatewayProxyRequestEvent()
                .withResource(resource)
                .withPath(path)
                .withHttpMethod("GET")
                .withHeaders(Map.of("Authorization", "Bearer priming"))
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withRequestContext(context);
    }
}
