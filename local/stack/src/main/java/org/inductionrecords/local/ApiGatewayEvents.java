package org.inductionrecords.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.RequestIdentity;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the REST API proxy-integration event API Gateway would send: single- and multi-value headers and
 * query parameters (null when there are none, as API Gateway sends them), path parameters, the body (base64 when
 * its Content-Type is one of the template's binary media types, as API Gateway sends it; as text otherwise, or base64
 * when it is not UTF-8, which a String body cannot carry) and the request context with the authorizer's claims.
 */
final class ApiGatewayEvents {

    static final String STAGE = "v1";
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ApiGatewayEvents() {
    }

    /** The parts of an HTTP request the event is made of. */
    record HttpRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                       String sourceIp, String host) {
    }

    static APIGatewayProxyRequestEvent build(HttpRequest request, ApiRoutes.Match match, Map<String, String> claims,
                                             String requestId, boolean binaryBody) {
        Instant now = Instant.now();
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent();
        event.setResource(match.route().pathTemplate());
        event.setPath(request.path());
        event.setHttpMethod(request.method());

        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, List<String>> multiHeaders = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, values.get(values.size() - 1));
                multiHeaders.put(name, List.copyOf(values));
            }
        });
        event.setHeaders(headers.isEmpty() ? null : headers);
        event.setMultiValueHeaders(multiHeaders.isEmpty() ? null : multiHeaders);

        Map<String, List<String>> query = parseQuery(request.rawQuery());
        if (!query.isEmpty()) {
            Map<String, String> single = new LinkedHashMap<>();
            query.forEach((name, values) -> single.put(name, values.get(values.size() - 1)));
            event.setQueryStringParameters(single);
            event.setMultiValueQueryStringParameters(query);
        }
        event.setPathParameters(match.pathParameters().isEmpty() ? null : match.pathParameters());
        event.setStageVariables(null);

        if (request.body().length > 0) {
            String text = binaryBody ? null : utf8(request.body());
            event.setIsBase64Encoded(text == null);
            event.setBody(text != null ? text : Base64.getEncoder().encodeToString(request.body()));
        } else {
            event.setIsBase64Encoded(false);
        }

        RequestIdentity identity = new RequestIdentity();
        identity.setSourceIp(request.sourceIp());
        identity.setUserAgent(headers.get("User-agent"));
        ProxyRequestContext context = new ProxyRequestContext();
        context.setRequestId(requestId);
        context.setExtendedRequestId(requestId);
        context.setStage(STAGE);
        context.setResourcePath(match.route().pathTemplate());
        context.setResourceId("local");
        context.setHttpMethod(request.method());
        context.setPath("/" + STAGE + request.path());
        context.setAccountId("000000000000");
        context.setApiId("local");
        context.setProtocol("HTTP/1.1");
        context.setDomainName(request.host());
        context.setDomainPrefix("localhost");
        context.setRequestTimeEpoch(now.toEpochMilli());
        context.setRequestTime(REQUEST_TIME.format(now));
        context.setIdentity(identity);
        if (claims != null) {
            Map<String, Object> authorizer = new LinkedHashMap<>();
            authorizer.put("claims", claims);
            context.setAuthorizer(authorizer);
        }
        event.setRequestContext(context);
        return event;
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
