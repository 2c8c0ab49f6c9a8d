package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inductionrecords.emulators.Template;
import org.inductionrecords.json.Json;
import org.junit.jupiter.api.Test;

/**
 * template.yaml against the contract (docs/CONTRACT.md, sections 1 and 3) and the code: every route of section 3's
 * table wired to the function the table names and no other route wired, every handler present in its own module,
 * every sample event in events/ readable as the event its function takes.
 */
class TemplateContractTest {

    /** A row of section 3's table: | `METHOD /path` | `Function` | who | success |. */
    private static final Pattern ROUTE_ROW = Pattern.compile("^\\| `([A-Z]+ /[^`]*)` \\| `([A-Za-z]+Function)` \\|");

    /** docs/CONTRACT.md section 3, route by route, and the function that answers it. */
    private static final Map<String, String> CONTRACT_ROUTES = contractRoutes();

    private static final Map<String, String> FUNCTION_MODULES = Map.of(
            "UsersFunction", "functions/users",
            "BulkFunction", "functions/bulk",
            "BootstrapAdminFunction", "functions/users",
            "AssessmentsFunction", "functions/assessments",
            "BackupFunction", "functions/backup",
            "RestoreFunction", "functions/restore",
            "RestoreDrillFunction", "functions/restore-drill",
            "RetentionSweepFunction", "functions/retention-sweep",
            "ReminderFunction", "functions/reminders");

    private final Template template = Template.load();

    @Test
    void declaresTheContractFunctionsAndTheBootstrap() {
        assertEquals(new TreeSet<>(FUNCTION_MODULES.keySet()), new TreeSet<>(template.functionIds()));
    }

    @Test
    void everyContractRouteIsWiredToTheFunctionTheContractNames() {
        Map<String, String> wired = wiredRoutes();
        CONTRACT_ROUTES.forEach((route, function) ->
                assertEquals(function, wired.get(route), "route " + route));
    }

    @Test
    void everyWiredRouteIsInTheContract() {
        Set<String> extra = new TreeSet<>(wiredRoutes().keySet());
        extra.removeAll(CONTRACT_ROUTES.keySet());
        assertEquals(Set.of(), extra, "routes in template.yaml that docs/CONTRACT.md section 3 does not list");
    }

    @Test
    void everyHandlerClassExistsInItsOwnModuleWithBothConstructors() throws Exception {
        for (Template.Function function : template.functions()) {
            String module = FUNCTION_MODULES.get(function.logicalId());
            assertEquals(module + "/target/function.jar", function.codeUri(), function.logicalId() + " CodeUri");
            Class<?> handler = Class.forName(function.handlerClass());
            String location = handler.getProtectionDomain().getCodeSource().getLocation().toString();
            assertTrue(location.contains(module + "/target/") || location.contains(artifactOf(module)),
                    function.handlerClass() + " comes from " + location + ", not " + module);
            boolean api = !function.apiEvents().isEmpty();
            assertTrue(api ? RequestHandler.class.isAssignableFrom(handler)
                    : RequestStreamHandler.class.isAssignableFrom(handler),
                    function.handlerClass() + (api ? " must be an API RequestHandler" : " must be a RequestStreamHandler"));
            handler.getConstructor();
            handler.getConstructor(Map.class);
            assertTrue(function.handler().endsWith("::handleRequest"), function.handler());
        }
    }

    @Test
    void declaresTheContractOutputs() {
        assertEquals(Set.of("ApiUrl", "UserPoolId", "UserPoolClientId", "TableName", "PrimaryBackupBucket",
                "SecondaryBackupBucket", "WebBucket", "WebDistributionId"), template.outputs().keySet());
    }

    @Test
    void theRestoreDrillRunsWeekly() {
        List<String> drill = expressions("RestoreDrillFunction");
        assertEquals(1, drill.size());
        assertTrue(drill.get(0).matches("cron\\(\\d+ \\d+ \\? \\* (SUN|MON|TUE|WED|THU|FRI|SAT) \\*\\)|rate\\(7 days\\)"), drill.get(0));
    }

    @Test
    void schedulesFireEverySixHoursAndDaily() {
        assertEquals(List.of("rate(6 hours)"), expressions("BackupFunction"));
        assertEquals(1, expressions("RetentionSweepFunction").size());
        assertTrue(expressions("RetentionSweepFunction").get(0).matches("cron\\(\\d+ \\d+ \\* \\* \\? \\*\\)|rate\\(1 day\\)"));
    }

    @Test
    void everyRouteAndEveryFunctionHasASampleEvent() throws IOException {
        Set<String> covered = new HashSet<>();
        Set<String> functionsCovered = new HashSet<>();
        for (Path file : sampleEvents()) {
            String function = functionOf(file);
            functionsCovered.add(function);
            JsonNode event = Json.mapper().readTree(file.toFile());
            if (CONTRACT_ROUTES.containsValue(function)) {
                APIGatewayProxyRequestEvent api = Json.mapper().treeToValue(event, APIGatewayProxyRequestEvent.class);
                String route = api.getHttpMethod() + " " + api.getResource();
                assertEquals(function, wiredRoutes().get(route), file + ": " + route);
                assertFalse(api.getPath() == null || api.getPath().contains("{"), file + ": path must be concrete");
                assertTrue(api.getRequestContext() != null && api.getRequestContext().getAuthorizer() != null,
                        file + ": needs the authorizer's claims, as API Gateway passes them");
                covered.add(route);
            } else if (function.equals("BackupFunction") || function.equals("RetentionSweepFunction")
                    || function.equals("ReminderFunction")) {
                assertEquals("Scheduled Event", event.path("detail-type").asText(), file.toString());
                assertTrue(event.path("time").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), file.toString());
            } else {
                assertTrue(event.isObject() && !event.isEmpty(), file + " must be a JSON object");
            }
        }
        Set<String> missing = new TreeSet<>(CONTRACT_ROUTES.keySet());
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "routes without a sample event in events/");
        assertEquals(new TreeSet<>(FUNCTION_MODULES.keySet()), new TreeSet<>(functionsCovered));
    }

    /** The route table of section 3 as docs/CONTRACT.md has it (sections 6-12 list routes not yet built). */
    private static Map<String, String> contractRoutes() {
        Path contract = Template.find(Path.of(System.getProperty("user.dir"))).getParent().resolve("docs/CONTRACT.md");
        try {
            String text = Files.readString(contract);
            String section3 = text.substring(text.indexOf("\n## 3. "), text.indexOf("\n## 4. "));
            Map<String, String> routes = new LinkedHashMap<>();
            for (String line : section3.lines().toList()) {
                Matcher row = ROUTE_ROW.matcher(line);
                if (row.find()) {
                    routes.put(row.group(1), row.group(2));
                }
            }
            return routes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row the pattern misses cannot pass unseen: its wired route then fails everyWiredRouteIsInTheContract. */
    @Test
    void theContractsRouteTableNamesEveryApiFunction() {
        assertEquals(Set.of("UsersFunction", "AssessmentsFunction", "BulkFunction"), Set.copyOf(CONTRACT_ROUTES.values()),
                "functions of the routes read from docs/CONTRACT.md section 3: " + CONTRACT_ROUTES);
    }

    private Map<String, String> wiredRoutes() {
        Map<String, String> wired = new LinkedHashMap<>();
        for (Template.Function function : template.functions()) {
            for (Template.ApiEvent event : function.apiEvents()) {
                String previous = wired.put(event.method().toUpperCase() + " " + event.path(), function.logicalId());
                if (previous != null) {
                    fail("route " + event.method() + " " + event.path() + " wired twice");
                }
            }
        }
        return wired;
    }

    private List<String> expressions(String functionId) {
        return template.function(functionId).schedules().stream().map(Template.ScheduleEvent::expression).toList();
    }

    private List<Path> sampleEvents() throws IOException {
        Path events = template.file().getParent().resolve("events");
        try (Stream<Path> files = Files.walk(events)) {
            List<Path> found = new ArrayList<>(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            assertFalse(found.isEmpty(), "events/ holds no sample events");
            return found;
        }
    }

    /** events/users/* and events/assessments/* are API events; the rest are named after their function. */
    private static String functionOf(Path file) {
        String parent = file.getParent().getFileName().toString();
        String name = file.getFileName().toString();
        if (parent.equals("users")) {
            return "UsersFunction";
        }
        if (parent.equals("assessments")) {
            return "AssessmentsFunction";
        }
        if (parent.equals("bulk")) {
            return "BulkFunction";
        }
        if (name.startsWith("backup")) {
            return "BackupFunction";
        }
        if (name.startsWith("restore-drill")) {
            return "RestoreDrillFunction";
        }
        if (name.startsWith("restore")) {
            return "RestoreFunction";
        }
        if (name.startsWith("retention")) {
            return "RetentionSweepFunction";
        }
        if (name.startsWith("reminder")) {
            return "ReminderFunction";
        }
        if (name.startsWith("bootstrap-admin")) {
            return "BootstrapAdminFunction";
        }
        throw new AssertionError("events/" + name + " names no function (see TemplateContractTest.functionOf)");
    }

    private static String artifactOf(String module) {
        return module.substring(module.indexOf('/') + 1) + "-function";
    }
}
