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
import org.inductionrecords.testing.ApiGatewayEvent;

/**
 * Plays API Gateway's and the Lambda runtime's side of an API function's invocation: the sample event (JSON)
 * bound to the proxy event, then the handler called once. In Lambda the runtime binds the event with its own
 * serializer, outside the function's classes; here jackson-core's streaming parser (in every function jar) reads
 * it field by field, the least any binding costs, and never the function's own mapper, so the function is
 * charged only for what its handler does. The event is built as the tests build theirs ({@link ApiGatewayEvent},
 * whose class the runner jar carries). Its own class so that a stream function's runner never loads the events
 * library.
 */
final class ApiInvoke {

    private ApiInvoke() {
    }

    @SuppressWarnings("unchecked")
    static String invoke(Object handler, byte[] json, Context lambdaContext) throws IOException {
        Map<String, Object> node = read(json);
        Map<String, Object> rc = object(node.get("requestContext"));
        APIGatewayProxyRequestEvent event = ApiGatewayEvent.request((String) node.get("httpMethod"),
                        (String) node.get("resource"))
                .path((String) node.get("path"))
                .headers(strings(node.get("headers")))
                .query(strings(node.get("queryStringParameters")))
                .pathParameters(strings(node.get("pathParameters")))
                .body((String) node.get("body"))
                .claims(strings(object(rc.get("authorizer")).get("claims")))
                .sourceIp((String) object(rc.get("identity")).get("sourceIp"))
                .stage((String) rc.get("stage"))
                .requestId((String) rc.get("requestId"))
                .build();
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
