package org.inductionrecords.local;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.inductionrecords.emulators.Template;

/**
 * docs/openapi.yaml as the judge of every exchange the end-to-end tests make through
 * {@link RunningStack#call}: a request the document calls valid must get an answer the document
 * describes (status, content type, body schema); a request it calls invalid (bad input on purpose,
 * no token, an unknown route) must be refused with a 4xx error body. Anything else fails the test
 * with the validator's own message (swagger-request-validator, a maintained library).
 */
final class OpenApiContract {

    static final Path DOCUMENT = Template.find(Path.of(System.getProperty("user.dir"))).resolveSibling("docs")
            .resolve("openapi.yaml");

    private static final AtomicInteger VALIDATED = new AtomicInteger();
    private static final AtomicInteger REFUSED_AS_INVALID = new AtomicInteger();
    private static volatile OpenApiInteractionValidator validator;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (VALIDATED.get() + REFUSED_AS_INVALID.get() > 0) {
                String line = "OpenApiContract: " + VALIDATED.get() + " exchanges validated against "
                        + "docs/openapi.yaml, " + REFUSED_AS_INVALID.get() + " invalid requests refused with a 4xx";
                System.out.println(line);
                // Surefire may have closed stdout by now: the count also goes to target/, to be read after the build.
                try {
                    Files.writeString(Path.of("target", "openapi-contract-count.txt"), line + System.lineSeparator());
                } catch (IOException | RuntimeException ignored) {
                    // a count that cannot be written is no test failure
                }
            }
        }, "openapi-contract-count"));
    }

    private OpenApiContract() {
    }

    static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator current = validator;
        if (current == null) {
            synchronized (OpenApiContract.class) {
                current = validator;
                if (current == null) {
                    // The local stack serves the API without the stage prefix of the deployed servers entry.
                    current = OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT.toUri().toString())
                            .withBasePathOverride("/").build();
                    validator = current;
                }
            }
        }
        return current;
    }

    /** Checks one exchange made by {@link RunningStack#call}; throws AssertionError with the validator's report. */
    static void check(String method, String pathAndQuery, String token, String jsonBody, Map<String, String> headers,
                      RunningStack.Response response) {
        URI uri = URI.create(pathAndQuery);
        Request.Method verb = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        SimpleRequest.Builder request = new SimpleRequest.Builder(verb, uri.getRawPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                request.withQueryParam(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        if (token != null) {
            request.withAuthorization("Bearer " + token);
        }
        if (jsonBody != null) {
            request.withContentType("application/json").withBody(jsonBody);
        }
        headers.forEach(request::withHeader);
        ValidationReport requestReport = validator().validateRequest(request.build());
        if (requestReport.hasErrors()) {
            boolean refused = response.status() >= 400 && response.status() < 500 && response.json() != null
                    && response.json().path("error").isTextual();
            if (!refused) {
                throw new AssertionError("docs/openapi.yaml calls " + method + " " + pathAndQuery
                        + " invalid, yet the API answered " + response.status() + " " + response.body() + "\n"
                        + SimpleValidationReportFormat.getInstance().apply(requestReport));
            }
            REFUSED_AS_INVALID.incrementAndGet();
            return;
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status());
        response.headers().forEach((name, values) -> {
            if (name != null) {
                answer.withHeader(name, List.copyOf(values));
            }
        });
        if (response.body() != null && !response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        ValidationReport responseReport = validator().validateResponse(uri.getRawPath(), verb, answer.build());
        if (responseReport.hasErrors()) {
            throw new AssertionError("The answer to " + method + " " + pathAndQuery + " (" + response.status() + " "
                    + response.body() + ") breaks docs/openapi.yaml:\n"
                    + SimpleValidationReportFormat.getInstance().apply(responseReport));
        }
        VALIDATED.incrementAndGet();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
