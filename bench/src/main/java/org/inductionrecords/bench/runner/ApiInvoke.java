package org.inductionrecords.bench.runner;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plays API Gateway's and the Lambda runtime's side of an API function's invocation: the sample event (JSON)
 * bound to the proxy event, then the handler called once. In Lambda the runtime binds the event with its own
 * serializer, outside the function's classes; here jackson-core's streaming parser (in every function jar) reads
 * it field by field, the least any binding costs, and never the function's own mapper, so the function is
 * charged only for what its handler does. Its own class so that a stream function's runner never loads the
 * events library.
 */
final class ApiInvoke {

    private ApiInvoke() {
    }

    @SuppressWarnings("unchecked")
    static String invoke(Object handler, byte[] json, Context lambdaContext) throws IOException {
        Map<String, Object> node = read(json);
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withResource((String) node.get("resource"))
                .withPath((String) node.get("path"))
                .withHttpMethod((String) node.get("httpMethod"))
                .withHeaders(strings(node.get("headers")))
                .withQueryStringParameters(strings(node.get("queryStringParameters")))
                .withPathParameters(strings(node.get("pathParameters")))
                .withBody((String) node.get("body"))
                .withIsBase64Encoded(false);
        Map<String, Object> rc = object(node.get("requestContext"));
        APIGatewayProxyRequestEvent.RequestIdentity identity = new APIGatewayProxyRequestEvent.RequestIdentity()
                .withSourceIp((String) object(rc.get("identity")).get("sourceIp"));
        Map<String, Object> authorizer = new LinkedHashMap<>();
        authorizer.put("claims", strings(object(rc.get("authorizer")).get("claims")));
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withResourcePath((String) rc.get("resourcePath"))
                .withHttpMethod((String) rc.get("httpMethod"))
                .withStage((String) rc.get("stage"))
                .withRequestId((String) rc.get("requestId"))
                .withIdentity(identity);
        context.setAuthorizer(authorizer);
        event.setRequestContext(context);
        APIGatewayProxyResponseEvent response =
                ((RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) handler)
                        .handleRequest(event, lambdaContext);
        return String.valueOf(response.getStatusCode());
    }

    /** The event as nested maps: objects, and every scalar as its text (null as null). */
    private static Map<String, Object> read(byte[] json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.nextToken();
            return readObject(parser);
        }
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                object.put(name, readObject(parser));
            } else if (value == JsonToken.START_ARRAY) {
                parser.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                object.put(name, parser.getText());
            }
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Map<String, String> strings(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((k, v) -> strings.put((String) k, String.valueOf(v)));
        return strings;
    }
}
