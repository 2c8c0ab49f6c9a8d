package org.inductionrecords.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lambda Invoke API on its port, as {@code sam local start-lambda} serves it:
 * {@code POST /2015-03-31/functions/{name}/invocations}, where the name is the logical id (or an ARN ending in
 * it). No signature check. A handler that throws answers 200 with {@code X-Amz-Function-Error: Unhandled} and
 * Lambda's error payload, so {@code aws lambda invoke} reports a FunctionError.
 */
final class LambdaInvokeServer implements AutoCloseable {

    /** Lambda's synchronous request payload limit. */
    static final long MAX_PAYLOAD_BYTES = 6L * 1024 * 1024;
    private static final Pattern INVOKE = Pattern.compile("/2015-03-31/functions/([^/]+)/invocations/?");

    private final HttpServer server;
    private final ExecutorService executor;
    private final LocalFunctions functions;
    private final Console console;

    private LambdaInvokeServer(HttpServer server, ExecutorService executor, LocalFunctions functions, Console console) {
        this.server = server;
        this.executor = executor;
        this.functions = functions;
        this.console = console;
    }

    static LambdaInvokeServer start(int port, LocalFunctions functions, Console console) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 32);
        ExecutorService executor = Executors.newFixedThreadPool(4, Threads.named("lambda"));
        LambdaInvokeServer lambda = new LambdaInvokeServer(server, executor, functions, console);
        server.createContext("/", lambda::handle);
        server.setExecutor(executor);
        server.start();
        return lambda;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        exchange.getResponseHeaders().add("x-amzn-RequestId", requestId);
        try {
            Matcher matcher = INVOKE.matcher(exchange.getRequestURI().getRawPath());
            if (!matcher.matches() || !exchange.getRequestMethod().equals("POST")) {
                error(exchange, 404, "UnknownOperationException", "Unknown operation "
                        + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                return;
            }
            String name = functionName(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8));
            LocalFunction function = functions.get(name);
            if (function == null) {
                error(exchange, 404, "ResourceNotFoundException",
                        "Function not found: arn:aws:lambda:eu-west-2:000000000000:function:" + name);
                return;
            }
            byte[] payload;
            try {
                payload = HttpBodies.read(exchange, MAX_PAYLOAD_BYTES);
            } catch (HttpBodies.TooLarge e) {
                error(exchange, 413, "RequestTooLargeException", "Request must be smaller than "
                        + MAX_PAYLOAD_BYTES + " bytes for the InvokeFunction operation");
                return;
            }
            String invocationType = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
            if ("DryRun".equals(invocationType)) {
                HttpBodies.send(exchange, 204, Map.of(), null);
            } else if ("Event".equals(invocationType)) {
                executor.submit(() -> invoke(function, payload));
                HttpBodies.send(exchange, 202, Map.of(), null);
            } else {
                Result result = invoke(function, payload);
                Map<String, String> headers = result.error()
                        ? Map.of("Content-Type", "application/json", "X-Amz-Function-Error", "Unhandled",
                                "X-Amz-Executed-Version", "$LATEST")
                        : Map.of("Content-Type", "application/json", "X-Amz-Executed-Version", "$LATEST");
                HttpBodies.send(exchange, 200, headers, result.payload());
            }
        } catch (RuntimeException | IOException e) {
            console.error("Lambda invoke request " + requestId + " failed", e);
            error(exchange, 500, "ServiceException", "The local invoke API failed: " + e.getClass().getSimpleName());
        }
    }

    /** Runs the function; a throw becomes Lambda's error payload (and its trace goes to the console). */
    Result invoke(LocalFunction function, byte[] payload) {
        try {
            byte[] out = function.invokeRaw(payload, function.newContext());
            return new Result(false, out.length == 0 ? "null".getBytes(StandardCharsets.UTF_8) : out);
        } catch (Exception | Error e) {
            console.error(function.name() + " failed", e);
            return new Result(true, errorPayload(e));
        }
    }

    record Result(boolean error, byte[] payload) {
    }

    /** Lambda's Java runtime error shape: errorMessage, errorType, stackTrace. */
    static byte[] errorPayload(Throwable e) {
        ObjectNode error = Json.MAPPER.createObjectNode();
        error.put("errorMessage", e.getMessage() == null ? e.toString() : e.getMessage());
        error.put("errorType", e.getClass().getName());
        ArrayNode trace = error.putArray("stackTrace");
        for (StackTraceElement element : e.getStackTrace()) {
            trace.add(element.toString());
        }
        return error.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The logical id in a name, partial ARN or ARN, without a version or alias qualifier. */
    static String functionName(String nameOrArn) {
        String name = nameOrArn;
        int functionPart = name.indexOf("function:");
        if (functionPart >= 0) {
            name = name.substring(functionPart + "function:".length());
        }
        int qualifier = name.indexOf(':');
        return qualifier < 0 ? name : name.substring(0, qualifier);
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        exchange.getResponseHeaders().add("x-amzn-ErrorType", type);
        ObjectNode body = Json.MAPPER.createObjectNode().put("Type", "User").put("message", message)
                .put("__type", type);
        HttpBodies.sendJson(exchange, status, body.toString());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
