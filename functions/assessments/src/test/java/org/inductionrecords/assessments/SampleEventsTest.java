package org.inductionrecords.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.inductionrecords.emulators.Template;
import org.inductionrecords.json.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** events/assessments holds one API Gateway proxy event per route, and each reaches its route. */
@Tag("emulators")
class SampleEventsTest {

    private static final Path EVENTS = Path.of("../../events/assessments");

    @Test
    void oneSampleEventPerRouteAndEachIsRouted() throws IOException {
        TestApi api = new TestApi("assessments-sample-events");
        Set<String> covered = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(EVENTS)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            APIGatewayProxyRequestEvent event = Json.read(Files.readString(file), APIGatewayProxyRequestEvent.class);
            covered.add(event.getHttpMethod() + " " + event.getResource());
            TestApi.Response response = api.send(event);
            // The placeholder sub is no user of this stack: a routed request answers 403, an unrouted one 404.
            assertEquals(403, response.status(), file + ": " + response);
        }
        assertEquals(new TreeSet<>(api.handlerRoutes()), covered);
    }

    @Test
    void theHandlerServesExactlyTheRoutesTheTemplateGivesIt() {
        Template.Function function = api().stack.template().function("AssessmentsFunction");
        Set<String> declared = new TreeSet<>();
        function.apiEvents().forEach(event -> declared.add(event.method() + " " + event.path()));
        assertEquals(declared, new TreeSet<>(api().handlerRoutes()));
        assertEquals(AssessmentsHandler.class.getName(), function.handlerClass());
    }

    private static TestApi api;

    private static TestApi api() {
        if (api == null) {
            api = new TestApi("assessments-template-routes");
        }
        return api;
    }
}
