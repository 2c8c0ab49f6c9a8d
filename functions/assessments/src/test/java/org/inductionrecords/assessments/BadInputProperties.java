package org.inductionrecords.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.inductionrecords.testing.ApiGatewayEvent;
import org.inductionrecords.testing.BadJson.Field;
import org.inductionrecords.testing.BadJson.Input;
import org.inductionrecords.testing.BadJson.Kind;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.json.Json;
import org.inductionrecords.testing.BadJson;
import org.inductionrecords.testing.ContractErrors;
import org.inductionrecords.testing.TableFingerprint;

/**
 * Bad input, generated (CONTRACT.md section 3): for every request body and every path parameter of
 * AssessmentsFunction, inputs made wrong by construction ({@link BadJson}) and arbitrary path strings, each
 * sent by the caller who would succeed with a good one, answer a 4xx in the contract's error JSON (a 400
 * naming at least one field), never a 5xx, and write nothing: the table is item for item the same.
 */
@Tag("emulators")
class BadInputProperties {

    private static final AtomicInteger GENERATED = new AtomicInteger();

    /**
     * One school with its staff and an NQT whose induction has T1-TERMLY signed and T2-TERMLY submitted (so an
     * acknowledgement, a signature, a submission of T3-FINAL, an outcome and a legal hold would each succeed
     * with a good body).
     */
    private static final class World {
        final TestApi api;
        final Fixtures.School school;
        final String trn = Fixtures.newTrn();
        final User nqt;
        final User admin;
        final String induction;

        World(String stackName) {
            api = new TestApi(stackName);
            school = Fixtures.school(api);
            nqt = api.nqt(school.urn(), trn);
            admin = api.user(Role.AB_ADMIN, school.urn());
            TestApi.Response registered = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                    Fixtures.registration(trn, "NQT", Fixtures.NQT_START, school.tutor().userId()));
            assertEquals(201, registered.status(), registered::toString);
            induction = registered.text("inductionId");
            assertEquals(201, api.post(school.tutor(), "/inductions/" + induction + "/assessments",
                    Fixtures.assessment("TERMLY", 1, Fixtures.NQT_START)).status());
            assertEquals(200, api.post(school.headteacher(), "/inductions/" + induction
                    + "/assessments/T1-TERMLY/sign", Map.of()).status());
            assertEquals(201, api.post(school.tutor(), "/inductions/" + induction + "/assessments",
                    Fixtures.assessment("TERMLY", 2, Fixtures.NQT_START)).status());
        }
    }

    /** The world the properties run in, built on first use. */
    private static final class Shared {
        static final World WORLD = new World("assessments-fuzz");
    }

    // ---------------------------------------------------------------- bodies

    /** A route with a body: its method, resource, path parameters, caller, valid body and that body's fields. */
    private record BodyRoute(String method, String resource, Map<String, String> params, User caller,
                             ObjectNode valid, List<Field> fields) {
    }

    private static final List<String> STANDARDS = List.of("TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8",
            "PART2");

    private static List<BodyRoute> bodyRoutes(World world) {
        Map<String, String> induction = Map.of("inductionId", world.induction);
        List<Field> assessment = new ArrayList<>(List.of(Field.of("kind", Kind.ENUM, true, 30),
                Field.of("term", Kind.INT, true, 2), Field.of("periodStart", Kind.DATE, true, 10),
                Field.of("periodEnd", Kind.DATE, true, 10), Field.of("daysAbsent", Kind.INT, true, 3),
                Field.of("progress", Kind.ENUM, true, 30),
                // the FINAL of the NQT programme: standards and recommendation are required
                Field.of("standards", Kind.OBJECT, true, 0), Field.of("recommendation", Kind.ENUM, true, 30),
                Field.of("summary", Kind.TEXT, false, 10_000)));
        for (String standard : STANDARDS) {
            assessment.add(Field.of("standards." + standard, Kind.OBJECT, true, 0));
            assessment.add(Field.of("standards." + standard + ".rating", Kind.ENUM, true, 30));
            assessment.add(Field.of("standards." + standard + ".comment", Kind.TEXT, true, 10_000));
        }
        List<BodyRoute> routes = new ArrayList<>(List.of(
                new BodyRoute("POST", "/schools/{urn}/inductions", Map.of("urn", world.school.urn()),
                        world.school.coordinator(), tree(Fixtures.registration(Fixtures.newTrn(), "NQT",
                        Fixtures.NQT_START, world.school.tutor().userId())), List.of(
                        Field.of("teacher", Kind.OBJECT, true, 0), Field.of("teacher.trn", Kind.PATTERN, true, 7),
                        Field.of("teacher.givenName", Kind.NAME, true, 100),
                        Field.of("teacher.familyName", Kind.NAME, true, 100),
                        Field.of("teacher.dateOfBirth", Kind.DATE, true, 10),
                        Field.of("teacher.email", Kind.EMAIL, false, 254),
                        Field.of("programme", Kind.ENUM, true, 30), Field.of("startDate", Kind.DATE, true, 10),
                        Field.of("fte", Kind.DECIMAL, true, 0), Field.of("tutorUserId", Kind.PATTERN, true, 64))),
                new BodyRoute("POST", "/inductions/{inductionId}/assessments", induction, world.school.tutor(),
                        tree(Fixtures.assessment("FINAL", 3, Fixtures.NQT_START)), assessment),
                new BodyRoute("POST", "/inductions/{inductionId}/assessments/{assessmentId}/acknowledge",
                        Map.of("inductionId", world.induction, "assessmentId", "T1-TERMLY"), world.nqt,
                        tree(Map.of("comment", "Read and agreed.")), List.of(Field.of("comment", Kind.TEXT, false,
                        10_000))),
                new BodyRoute("POST", "/inductions/{inductionId}/outcome", induction, world.admin,
                        tree(Map.of("outcome", "EXTENDED", "outcomeDate", "2022-07-15", "extensionTerms", 1)),
                        List.of(Field.of("outcome", Kind.ENUM, true, 30), Field.of("outcomeDate", Kind.DATE, true, 10),
                                Field.of("extensionTerms", Kind.DECIMAL, false, 0))),
                new BodyRoute("POST", "/inductions/{inductionId}/legal-hold", induction, world.admin,
                        tree(Map.of("hold", true, "reason", "Tribunal claim pending")),
                        List.of(Field.of("hold", Kind.BOOLEAN, true, 0), Field.of("reason", Kind.TEXT, true, 10_000)))));
        if (world.api.handlerRoutes().contains("PATCH /teachers/{trn}")) {
            routes.add(new BodyRoute("PATCH", "/teachers/{trn}", Map.of("trn", world.trn), world.admin,
                    tree(Map.of("givenName", "Ada", "familyName", "Byron", "dateOfBirth", "1995-12-11")),
                    List.of(Field.of("givenName", Kind.NAME, false, 100), Field.of("familyName", Kind.NAME, false, 100),
                            Field.of("dateOfBirth", Kind.DATE, false, 10))));
        }
        return routes;
    }

    /** Without this the properties could pass for the wrong reason: each unmutated body succeeds (elsewhere). */
    @Example
    void theUnmutatedBodiesAndPathsSucceedInAWorldLikeTheOne() {
        World other = new World("assessments-fuzz-valid");
        for (BodyRoute route : bodyRoutes(other)) {
            TestApi.Response answer = send(other, route.caller(), route.method(), route.resource(), route.params(),
                    Json.write(route.valid()));
            assertTrue(answer.status() == 200 || answer.status() == 201, () -> route.resource() + ": " + answer);
        }
        World paths = new World("assessments-fuzz-paths");
        java.util.Set<String> done = new java.util.HashSet<>();
        for (PathRoute route : pathRoutes(paths)) {
            if (!done.add(route.method() + " " + route.resource())) {
                continue; // one route, two parameters fuzzed: its good request is made once
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (String name : List.of("urn", "inductionId", "assessmentId", "trn")) {
                if (route.resource().contains("{" + name + "}")) {
                    params.put(name, goodValue(paths, name, route.resource()));
                }
            }
            TestApi.Response answer = send(paths, route.caller(), route.method(), route.resource(), params,
                    route.body());
            assertTrue(answer.status() == 200 || answer.status() == 201, () -> route.resource() + ": " + answer);
        }
    }

    private static ObjectNode tree(Object value) {
        return Json.mapper().valueToTree(value);
    }

    private record BodyCase(BodyRoute route, Input input) {
        @Override
        public String toString() {
            return route.method() + " " + route.resource() + ": " + input;
        }
    }

    @Provide
    Arbitrary<BodyCase> badBodies() {
        return Arbitraries.of(bodyRoutes(Shared.WORLD)).flatMap(route ->
                BadJson.mutationsOf(route.valid(), route.fields()).map(input -> new BodyCase(route, input)));
    }

    @Property(tries = 400)
    void everyBadBodyIsA4xxWithDetailsAndWritesNothing(@ForAll("badBodies") BodyCase bad) {
        GENERATED.incrementAndGet();
        Statistics.label("mutation").collect(bad.input().mutation()
                .replaceAll("^(duplicated|missing) \\S+", "$1 field").replaceAll(" in .*| \\d+.*", ""));
        Statistics.label("route").collect(bad.route().method() + " " + bad.route().resource());
        String before = fingerprint();

        TestApi.Response answer = send(Shared.WORLD, bad.route().caller(), bad.route().method(),
                bad.route().resource(), bad.route().params(), bad.input().body());

        assertRefusedInTheContractsWords(answer);
        assertEquals(before, fingerprint(), "a refused request changed the table");
    }

    // ---------------------------------------------------------------- path parameters

    /** A route, the parameter fuzzed, the caller who succeeds with good values, the others' good values. */
    private record PathRoute(String method, String resource, String parameter, User caller, String body) {
    }

    private static List<PathRoute> pathRoutes(World world) {
        String registration = Json.write(Fixtures.registration(Fixtures.newTrn(), "NQT", Fixtures.NQT_START,
                world.school.tutor().userId()));
        String submission = Json.write(Fixtures.assessment("FINAL", 3, Fixtures.NQT_START));
        String outcome = Json.write(Map.of("outcome", "EXTENDED", "outcomeDate", "2022-07-15", "extensionTerms", 1));
        String hold = Json.write(Map.of("hold", true, "reason", "Tribunal claim pending"));
        String assessment = "/inductions/{inductionId}/assessments/{assessmentId}";
        List<PathRoute> routes = new ArrayList<>(List.of(
                new PathRoute("GET", "/schools/{urn}/inductions", "urn", world.admin, null),
                new PathRoute("POST", "/schools/{urn}/inductions", "urn", world.admin, registration),
                new PathRoute("GET", "/inductions/{inductionId}", "inductionId", world.admin, null),
                new PathRoute("POST", "/inductions/{inductionId}/assessments", "inductionId", world.school.tutor(),
                        submission),
                new PathRoute("GET", "/inductions/{inductionId}/assessments", "inductionId", world.admin, null),
                new PathRoute("GET", assessment, "inductionId", world.admin, null),
                new PathRoute("GET", assessment, "assessmentId", world.admin, null),
                new PathRoute("POST", assessment + "/sign", "inductionId", world.school.headteacher(), null),
                new PathRoute("POST", assessment + "/sign", "assessmentId", world.school.headteacher(), null),
                new PathRoute("POST", assessment + "/acknowledge", "inductionId", world.nqt, "{}"),
                new PathRoute("POST", assessment + "/acknowledge", "assessmentId", world.nqt, "{}"),
                new PathRoute("POST", "/inductions/{inductionId}/outcome", "inductionId", world.admin, outcome),
                new PathRoute("POST", "/inductions/{inductionId}/legal-hold", "inductionId", world.admin, hold)));
        if (world.api.handlerRoutes().contains("GET /teachers/{trn}/export")) {
            routes.add(new PathRoute("GET", "/teachers/{trn}/export", "trn", world.admin, null));
        }
        if (world.api.handlerRoutes().contains("PATCH /teachers/{trn}")) {
            routes.add(new PathRoute("PATCH", "/teachers/{trn}", "trn", world.admin,
                    Json.write(Map.of("givenName", "Ada"))));
        }
        return routes;
    }

    private record PathCase(PathRoute route, String value) {
        @Override
        public String toString() {
            String shown = value.length() > 120 ? value.substring(0, 120) + "... (" + value.length() + ")" : value;
            return route.method() + " " + route.resource() + " with " + route.parameter() + " = "
                    + Json.write(shown);
        }
    }

    @Provide
    Arbitrary<PathCase> badPathParameters() {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789abcdefT-").ofMinLength(5).ofMaxLength(40),
                Arbitraries.of("", " ", ".", "..", "../assessments", "%00", "\u0000", "#", "T1-TERMLY ",
                        "t1-termly", "T1-TERMLY#", "T9-FINAL", "T1-TERMLY/sign", "ASSESSMENT#T1-TERMLY",
                        "INDUCTION#" + Shared.WORLD.induction, Shared.WORLD.induction + " ",
                        Shared.WORLD.induction.toUpperCase(), Shared.WORLD.induction + "#", UUID.randomUUID().toString(), "null", "-1", "a".repeat(10_000),
                        "\ud800", "\udc00abc", "\ud83d\ude00", "\u0661\u0662\u0663\u0664\u0665\u0666",
                        Shared.WORLD.trn + "0", " " + Shared.WORLD.trn, "*", "' OR '1'='1", "${jndi:ldap://x}"));
        return Arbitraries.of(pathRoutes(Shared.WORLD)).flatMap(route -> values
                .filter(value -> !value.equals(goodValue(Shared.WORLD, route.parameter(), route.resource())))
                .map(value -> new PathCase(route, value)));
    }

    /** The value with which the route succeeds: a submitted assessment to sign, a signed one otherwise. */
    private static String goodValue(World world, String parameter, String resource) {
        return switch (parameter) {
            case "urn" -> world.school.urn();
            case "inductionId" -> world.induction;
            case "assessmentId" -> resource.endsWith("/sign") ? "T2-TERMLY" : "T1-TERMLY";
            case "trn" -> world.trn;
            default -> throw new IllegalArgumentException(parameter);
        };
    }

    @Property(tries = 300)
    void everyArbitraryPathParameterIsA4xxAndWritesNothing(@ForAll("badPathParameters") PathCase bad) {
        GENERATED.incrementAndGet();
        Statistics.label("route").collect(bad.route().method() + " " + bad.route().resource() + " ("
                + bad.route().parameter() + ")");
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : List.of("urn", "inductionId", "assessmentId", "trn")) {
            if (bad.route().resource().contains("{" + name + "}")) {
                params.put(name, name.equals(bad.route().parameter()) ? bad.value()
                        : goodValue(Shared.WORLD, name, bad.route().resource()));
            }
        }
        String before = fingerprint();

        TestApi.Response answer = send(Shared.WORLD, bad.route().caller(), bad.route().method(),
                bad.route().resource(), params, bad.route().body());

        assertRefusedInTheContractsWords(answer);
        assertEquals(before, fingerprint(), "a refused request changed the table");
    }

    @AfterContainer
    static void report() {
        System.out.println("bad input properties (assessments): " + GENERATED.get() + " generated inputs checked");
    }

    // ---------------------------------------------------------------- requests and the property's assertions

    /** The proxy event API Gateway builds, with path parameters exactly as given (not parsed from a path). */
    private static TestApi.Response send(World world, User caller, String method, String resource, Map<String, String> params,
                                         String body) {
        return world.api.send(ApiGatewayEvent.request(method, resource).pathParameters(params)
                .caller(caller.userId()).body(body).build());
    }

    private static void assertRefusedInTheContractsWords(TestApi.Response answer) {
        ContractErrors.assertRefusedInTheContractsWords(answer.status(), answer.json(), String.valueOf(answer));
    }

    private static String fingerprint() {
        return TableFingerprint.of(Shared.WORLD.api.dynamo, Shared.WORLD.api.stack.tableName());
    }
}
