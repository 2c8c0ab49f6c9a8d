package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inductionrecords.emulators.Template;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docs/openapi.yaml describes exactly the API template.yaml deploys, every operation documents the
 * contract's errors, and the validator the end-to-end tests use loads it without complaint.
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final Map<String, Object> document = load();

    @Test
    void everyTemplateRouteIsDocumentedAndEveryDocumentedRouteIsDeployed() {
        Set<String> deployed = new TreeSet<>();
        for (Template.Function function : Template.load().functions()) {
            function.apiEvents().forEach(event -> deployed.add(event.method().toUpperCase(Locale.ROOT) + " " + event.path()));
        }
        assertEquals(deployed, operations().keySet());
    }

    @Test
    void everyOperationAnswersTheContractsErrorsInTheErrorShape() {
        operations().forEach((route, operation) -> {
            Map<String, Object> responses = map(operation.get("responses"));
            assertTrue(responses.containsKey("401") && responses.containsKey("403"), route + " documents 401 and 403");
            boolean hasParameters = route.contains("{");
            boolean hasBody = operation.containsKey("requestBody");
            if (hasParameters || hasBody) {
                assertTrue(responses.containsKey("400"), route + " documents 400");
            }
            if (hasBody) {
                assertTrue(responses.containsKey("413") && responses.containsKey("415"), route + " documents 413 and 415");
            }
            responses.keySet().forEach(status -> assertTrue(status.matches("[24]\\d\\d"),
                    route + ": only 2xx and 4xx are promised, never " + status));
        });
    }

    @Test
    void theValidatorLoadsTheDocument() {
        // throws OpenApiInteractionValidator.ApiLoadException with the parser's messages when the document is broken
        assertTrue(OpenApiContract.validator() != null);
    }

    @Test
    void anAnswerThatBreaksTheDocumentFailsTheExchangeWithTheValidatorsMessage() {
        RunningStack.Response wrongShape = response(200, "{\"userId\": 42, \"email\": \"a@example.org\"}");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> OpenApiContract.check("GET", "/me", "token", null, Map.of(), wrongShape));
        assertTrue(failure.getMessage().contains("does not match any allowed primitive type"), failure.getMessage());

        RunningStack.Response undocumentedStatus = response(500, "{\"error\":\"internal_error\",\"message\":\"x\",\"details\":[]}");
        assertThrows(AssertionError.class,
                () -> OpenApiContract.check("GET", "/schools/123456", "token", null, Map.of(), undocumentedStatus));
    }

    @Test
    void aRequestTheDocumentCallsInvalidMustBeRefusedWithA4xxError() {
        String badBody = "{\"urn\": \"12\", \"name\": \"School\"}";
        RunningStack.Response accepted = response(201, "{\"urn\":\"12\",\"name\":\"School\"}");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> OpenApiContract.check("POST", "/schools", "token", badBody, Map.of(), accepted));
        assertTrue(failure.getMessage().contains("does not match input string \"12\""), failure.getMessage());

        RunningStack.Response refused = response(400,
                "{\"error\":\"validation_failed\",\"message\":\"Bad\",\"details\":[{\"field\":\"urn\",\"message\":\"x\"}]}");
        OpenApiContract.check("POST", "/schools", "token", badBody, Map.of(), refused);
        OpenApiContract.check("GET", "/me", null, null, Map.of(), response(401,
                "{\"error\":\"unauthorized\",\"message\":\"A valid ID token is required.\",\"details\":[]}"));
    }

    private static RunningStack.Response response(int status, String body) {
        try {
            return new RunningStack.Response(status, new com.fasterxml.jackson.databind.ObjectMapper().readTree(body), body,
                    Map.of("Content-Type", java.util.List.of("application/json")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.put(method.toUpperCase(Locale.ROOT) + " " + path, map(operation));
            }
        }));
        return operations;
    }

    private static Map<String, Object> load() {
        try (Reader reader = Files.newBufferedReader(OpenApiContract.DOCUMENT)) {
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
