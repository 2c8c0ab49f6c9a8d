package org.inductionrecords.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.inductionrecords.emulators.ListenAddress;

/**
 * The API on its port, as {@code sam local start-api} serves it: routes from the template, the Cognito
 * authorizer, API Gateway's 10 MB body limit and its own error answers, and the function's proxy response with
 * the template's binary media types applied as API Gateway applies them ({@link BinaryMediaTypes}).
 */
final class ApiServer implements AutoCloseable {

    static final long MAX_BODY_BYTES = 10L * 1024 * 1024;
    /** Function invocations at once; more wait their turn (the eight threads of the API did this before). */
    static final int FUNCTIONS_AT_ONCE = 8;

    private final HttpServer server;
    private final ReadDeadlines reading;
    private final Semaphore functionSlots = new Semaphore(FUNCTIONS_AT_ONCE, true);
    private final ApiRoutes routes;
    private final CognitoAuthorizer authorizer;
    private final GatewayResponses gatewayResponses;
    private final BinaryMediaTypes binaryTypes;
    private final Console console;
    private final WebFiles web;

    private ApiServer(HttpServer server, ReadDeadlines reading, ApiRoutes routes, CognitoAuthorizer authorizer,
                      GatewayResponses gatewayResponses, BinaryMediaTypes binaryTypes, Console console, WebFiles web) {
        this.server = server;
        this.reading = reading;
        this.routes = routes;
        this.authorizer = authorizer;
        this.gatewayResponses = gatewayResponses;
        this.binaryTypes = binaryTypes;
        this.console = console;
        this.web = web;
    }

    /**
     * A GET that matches no API route is answered from the web front end's files (when built). A client that is
     * slow to send its request is dropped ({@link ReadDeadlines}) without holding up the others.
     */
    static ApiServer start(ListenAddress listen, int port, ApiRoutes routes, CognitoAuthorizer authorizer,
                           GatewayResponses responses, BinaryMediaTypes binaryTypes, Console console, WebFiles web)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(listen.address(), port), 64);
        ReadDeadlines reading = new ReadDeadlines("api");
        ApiServer api = new ApiServer(server, reading, routes, authorizer, responses, binaryTypes, console, web);
        server.createContext("/", api::handle);
        server.setExecutor(reading);
        server.start();
        return api;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!reading.headersRead(exchange)) {
            return;
        }
        String requestId = UUID.randomUUID().toString();
        exchange.getResponseHeaders().add("x-amzn-RequestId", requestId);
        try {
            serve(exchange, requestId);
        } catch (HttpBodies.TooLarge e) {
            gateway(exchange, GatewayResponses.REQUEST_TOO_LARGE, 413);
        } catch (ReadDeadlines.TooSlow e) {
            console.info("dropped a " + exchange.getRequestMethod() + " request whose body was not sent in time");
        } catch (RuntimeException | IOException e) {
            console.error("API " + exchange.getRequestMethod() + " request " + requestId + " failed", e);
            gateway(exchange, GatewayResponses.DEFAULT_5XX, 500);
        }
    }

    private void serve(HttpExchange exchange, String requestId) throws IOException {
        URI uri = exchange.getRequestURI();
        String method = exchange.getRequestMethod().toUpperCase();
        // API Gateway refuses an oversized request before routing or authorising it.
        byte[] body = reading.body(exchange, MAX_BODY_BYTES);
        ApiRoutes.Match match = routes.match(method, uri.getRawPath());
        if (match == null && (method.equals("GET") || method.equals("HEAD"))
                && web.serve(exchange, uri.getRawPath())) {
            return;
        }
        if (match == null) {
            gateway(exchange, GatewayResponses.MISSING_AUTHENTICATION_TOKEN, 404);
            return;
        }
        Map<String, String> claims;
        try {
            claims = authorizer.authorize(exchange.getRequestHeaders().getFirst("Authorization"));
        } catch (CognitoAuthorizer.Unauthorized e) {
            console.info("401 " + method + " " + match.route().pathTemplate() + ": " + e.getMessage());
            gateway(exchange, GatewayResponses.UNAUTHORIZED, 401);
            return;
        }
        Map<String, String> pathParameters = new LinkedHashMap<>();
        match.pathParameters().forEach((name, raw) -> pathParameters.put(name, URLDecoder.decode(
                raw.replace("+", "%2B"), StandardCharsets.UTF_8)));
        ApiGatewayEvents.HttpRequest request = new ApiGatewayEvents.HttpRequest(method, uri.getPath(),
                uri.getRawQuery(), exchange.getRequestHeaders(), body,
                exchange.getRemoteAddress().getAddress().getHostAddress(),
                exchange.getRequestHeaders().getFirst("Host"));
        APIGatewayProxyRequestEvent event = ApiGatewayEvents.build(request,
                new ApiRoutes.Match(match.route(), pathParameters), claims, requestId,
                binaryTypes.requestIsBinary(exchange.getRequestHeaders().getFirst("Content-Type")));

        LocalFunction function = match.route().function();
        APIGatewayProxyResponseEvent response;
        try {
            response = invoke(function, event);
        } catch (RuntimeException | Error e) {
            console.error(function.name() + " failed on " + method + " " + match.route().pathTemplate()
                    + " (request " + requestId + ")", e);
            gateway(exchange, GatewayResponses.DEFAULT_5XX, 502);
            return;
        }
        if (response == null || response.getStatusCode() == null) {
            console.warn(function.name() + " answered no statusCode (request " + requestId + "): 502");
            gateway(exchange, GatewayResponses.DEFAULT_5XX, 502);
            return;
        }
        respond(exchange, response);
    }

    private APIGatewayProxyResponseEvent invoke(LocalFunction function, APIGatewayProxyRequestEvent event) {
        functionSlots.acquireUninterruptibly();
        try {
            return function.invokeApi(event, function.newContext());
        } finally {
            functionSlots.release();
        }
    }

    private void respond(HttpExchange exchange, APIGatewayProxyResponseEvent response) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> {
                for (String value : values) {
                    exchange.getResponseHeaders().add(name, value);
                }
            });
        }
        if (response.getHeaders() != null) {
            headers.putAll(response.getHeaders());
        }
        boolean hasContentType = headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Content-Type"))
                || exchange.getResponseHeaders().containsKey("Content-Type");
        if (!hasContentType) {
            headers.put("Content-Type", "application/json");
        }
        String body = response.getBody();
        // API Gateway: a base64 body becomes bytes only for a binary media type the request's first Accept names;
        // otherwise the client gets the base64 text itself.
        boolean decode = Boolean.TRUE.equals(response.getIsBase64Encoded())
                && binaryTypes.responseIsBinary(exchange.getRequestHeaders().getFirst("Accept"));
        byte[] bytes = body == null ? new byte[0]
                : decode ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        HttpBodies.send(exchange, response.getStatusCode(), headers, bytes);
    }

    private void gateway(HttpExchange exchange, String type, int actualStatus) throws IOException {
        GatewayResponses.Response response = gatewayResponses.get(type, actualStatus);
        exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType(type));
        HttpBodies.sendJson(exchange, response.status(), response.body());
    }

    private static String errorType(String type) {
        return switch (type) {
            case GatewayResponses.UNAUTHORIZED -> "UnauthorizedException";
            case GatewayResponses.MISSING_AUTHENTICATION_TOKEN -> "MissingAuthenticationTokenException";
            case GatewayResponses.REQUEST_TOO_LARGE -> "RequestTooLargeException";
            default -> "InternalServerErrorException";
        };
    }

    List<ApiRoutes.Route> routes() {
        return routes.routes();
    }

    @Override
    public void close() {
        server.stop(0);
        reading.close();
    }
}
