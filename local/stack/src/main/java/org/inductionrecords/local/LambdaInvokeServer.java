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
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inductionrecords.emulators.ListenAddress;

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
    /** Invocations through this API at once, synchronous and Event alike (its four threads did this before). */
    static final int FUNCTIONS_AT_ONCE = 4;

    private final HttpServer server;
    private final ReadDeadlines reading;
    private final ExecutorService events;
    private final Semaphore functionSlots = new Semaphore(FUNCTIONS_AT_ONCE, true);
    private final LocalFunctions functions;
    private final Console console;

    private LambdaInvokeServer(HttpServer server, ReadDeadlines reading, ExecutorService events,
                               LocalFunctions functions, Console console) {
        this.server = server;
        this.reading = reading;
        this.events = events;
        this.functions = functions;
        this.console = console;
    }

    static LambdaInvokeServer start(ListenAddress listen, int port, LocalFunctions functions, Console console)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(listen.address(), port), 32);
        ReadDeadlines reading = new ReadDeadlines("lambda");
        ExecutorService events = Executors.newFixedThreadPool(FUNCTIONS_AT_ONCE, Threads.named("lambda-event"));
        LambdaInvokeServer lambda = new LambdaInvokeServer(server, reading, events, functions, console);
        server.createContext("/", lambda::handle);
        server.setExecutor(reading);
        server.start();
        return lambda;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The payload is read first, under its deadline, so that no answer leaves a slow body unread behind it. */
    private void handle(HttpExchange exchange) throws IOException {
        if (!reading.headersRead(exchange)) {
            return;
        }
        String requestId = UUID.randomUUID().toString();
        exchange.getResponseHeaders().add("x-amzn-RequestId", requestId);
        try {
            byte[] payload;
            try {
                payload = reading.body(exchange, MAX_PAYLOAD_BYTES);
            } catch (HttpBodies.TooLarge e) {
                error(exchange, 413, "RequestTooLargeException", "Request must be smaller than "
                        + MAX_PAYLOAD_BYTES + " bytes for the InvokeFunction operation");
                return;
            }
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
            String invocationType = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
            if ("DryRun".equals(invocationType)) {
                HttpBodies.send(exchange, 204, Map.of(), null);
            } else if ("Event".equals(invocationType)) {
                events.submit(() -> invokeInSlot(function, payload));
                HttpBodies.send(exchange, 202, Map.of(), null);
            } else {
                Result result = invokeInSlot(function, payload);
                Map<String, String> headers = result.error()
                        ? Map.of("Content-Type", "application/json", "X-Amz-Function-Error", "Unhandled",
                                "X-Amz-Executed-Version", "$LATEST")
                        : Map.of("Content-Type", "application/json", "X-Amz-Executed-Version", "$LATEST");
                HttpBodies.send(exchange, 200, headers, result.payload());
            }
        } catch (ReadDeadlines.TooSlow e) {
            console.info("dropped an invoke request whose payload was not sent in time");
        } catch (RuntimeException | IOException e) {
            console.error("Lambda invoke request " + requestId + " failed", e);
            error(exchange, 500, "ServiceException", "The local invoke API failed: " + e.getClass().getSimpleName());
        }
    }

    private Result invokeInSlot(LocalFunction function, byte[] payload) {
        functionSlots.acquireUninterruptibly();
        try {
            return invoke(function, payload);
        } finally {
            functionSlots.release();
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
        reading.close();
        events.shutdownNow();
    }
}
