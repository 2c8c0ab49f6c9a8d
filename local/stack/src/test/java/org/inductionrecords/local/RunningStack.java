package org.inductionrecords.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;

/**
 * Test fixture: one local stack per test JVM, on free ports, over a temporary data directory, schedules off,
 * with a bootstrap admin ({@link #ADMIN_EMAIL}/{@link #ADMIN_PASSWORD}; the stack does not start without it).
 * Closed (and its directory removed) when the JVM exits. End-to-end tests call it over real HTTP:
 *
 * <pre>{@code
 * RunningStack local = RunningStack.get();
 * RunningStack.Response me = local.call("GET", "/me", local.adminToken(), null);
 * assertEquals(200, me.status());
 * }</pre>
 */
public final class RunningStack {

    public static final String STACK_NAME = "e2e";
    public static final String ADMIN_EMAIL = "local.admin@example.org";
    public static final String ADMIN_PASSWORD = "Local-Admin-Passw0rd!";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile RunningStack instance;

    private final LocalStack localStack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningStack(LocalStack localStack) {
        this.localStack = localStack;
    }

    /** The JVM's running stack, started on first use. */
    public static RunningStack get() {
        RunningStack current = instance;
        if (current == null) {
            synchronized (RunningStack.class) {
                current = instance;
                if (current == null) {
                    current = start();
                    instance = current;
                }
            }
        }
        return current;
    }

    private static RunningStack start() {
        try {
            Path dataDir = Files.createTempDirectory("induction-local-test-");
            LocalStack stack = LocalStack.start(LocalStackOptions.defaults().withFreePorts().withDataDir(dataDir)
                    .withStackName(STACK_NAME).withSchedules(false).withAdmin(ADMIN_EMAIL, ADMIN_PASSWORD));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stack.close();
                deleteRecursively(dataDir);
            }, "running-stack-shutdown"));
            return new RunningStack(stack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalStack localStack() {
        return localStack;
    }

    /** e.g. http://localhost:41234 (no stage prefix, as sam local start-api). */
    public URI apiUrl() {
        return localStack.apiUrl();
    }

    public URI lambdaUrl() {
        return localStack.lambdaUrl();
    }

    /** outputs.json as written (Outputs plus "endpoints"). */
    public Map<String, Object> outputs() {
        return localStack.outputs();
    }

    public Emulators emulators() {
        return localStack.emulators();
    }

    public Stack stack() {
        return localStack.stack();
    }

    /** A fresh ID token of the bootstrap admin. */
    public String adminToken() {
        return stack().idToken(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** An ID token for any login (see {@link Stack#createLogin}). */
    public String idToken(String email, String password) {
        return stack().idToken(email, password);
    }

    /**
     * Calls the API: {@code token} (may be null) goes in {@code Authorization: Bearer}, {@code jsonBody}
     * (may be null) as an application/json body.
     */
    public Response call(String method, String path, String token, String jsonBody) {
        return call(method, path, token, jsonBody, Map.of());
    }

    /** {@link #call(String, String, String, String)} with extra request headers (e.g. Idempotency-Key). */
    public Response call(String method, String path, String token, String jsonBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(apiUrl().resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        Response response = send(request.build());
        // Every exchange of the end-to-end tests is judged against docs/openapi.yaml (fails with the validator's report).
        OpenApiContract.check(method, path, token, jsonBody, headers, response);
        return response;
    }

    /** Calls the API with a {@code text/csv} body (CONTRACT.md section 9's uploads). */
    public Response callCsv(String method, String path, String token, String csv) {
        HttpRequest.Builder request = HttpRequest.newBuilder(apiUrl().resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString(csv)).header("Content-Type", "text/csv");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** Calls the Lambda invoke API for a function by logical id. */
    public Response invoke(String functionLogicalId, String eventJson) {
        HttpRequest request = HttpRequest.newBuilder(lambdaUrl().resolve(
                        "/2015-03-31/functions/" + functionLogicalId + "/invocations"))
                .timeout(Duration.ofSeconds(900))
                .POST(HttpRequest.BodyPublishers.ofString(eventJson == null ? "{}" : eventJson)).build();
        return send(request);
    }

    /** Sends any request (for cases {@link #call} does not cover) and reads the answer the same way. */
    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), parse(response.body()), response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** An HTTP answer: status, the body parsed as JSON (null if it is not JSON), the raw body and headers. */
    public record Response(int status, JsonNode json, String body, Map<String, List<String>> headers) {
        /** The first value of a header, case-insensitively, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().isEmpty() ? null : e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
