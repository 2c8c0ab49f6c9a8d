package org.inductionrecords.bench.runner;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inductionrecords.json.Json;

/**
 * Plays API Gateway's side of an API function's invocation: the sample event (JSON) bound to the proxy event
 * by hand, field by field, as the Lambda runtime's own serializer would, then the handler called once.
 * Its own class so that a stream function's runner never loads the events library.
 */
final class ApiInvoke {

    private ApiInvoke() {
    }

    @SuppressWarnings("unchecked")
    static String invoke(Object handler, byte[] json, Context lambdaContext) {
        JsonNode node = Json.tree(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withResource(text(node, "resource"))
                .withPath(text(node, "path"))
                .withHttpMethod(text(node, "httpMethod"))
                .withHeaders(map(node.get("headers")))
                .withQueryStringParameters(map(node.get("queryStringParameters")))
                .withPathParameters(map(node.get("pathParameters")))
                .withBody(text(node, "body"))
                .withIsBase64Encoded(false);
        JsonNode rc = node.path("requestContext");
        APIGatewayProxyRequestEvent.RequestIdentity identity = new APIGatewayProxyRequestEvent.RequestIdentity()
                .withSourceIp(rc.path("identity").path("sourceIp").asText());
        Map<String, Object> authorizer = new LinkedHashMap<>();
        authorizer.put("claims", map(rc.path("authorizer").get("claims")));
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withResourcePath(rc.path("resourcePath").asText())
                .withHttpMethod(rc.path("httpMethod").asText())
                .withStage(rc.path("stage").asText())
                .withRequestId(rc.path("requestId").asText())
                .withIdentity(identity);
        context.setAuthorizer(authorizer);
        event.setRequestContext(context);
        APIGatewayProxyResponseEvent response =
                ((RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) handler)
                        .handleRequest(event, lambdaContext);
        return String.valueOf(response.getStatusCode());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, String> map(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}
