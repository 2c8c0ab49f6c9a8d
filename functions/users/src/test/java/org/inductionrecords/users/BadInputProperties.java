package org.inductionrecords.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.json.Json;
import org.inductionrecords.testing.BadJson;
import org.inductionrecords.testing.BadJson.Field;
import org.inductionrecords.testing.BadJson.Input;
import org.inductionrecords.testing.BadJson.Kind;
import org.inductionrecords.testing.ContractErrors;
import org.inductionrecords.testing.TableFingerprint;

/**
 * Bad input, generated (CONTRACT.md section 3): for every request body and every path parameter of UsersFunction,
 * inputs made wrong by construction ({@link BadJson}) and arbitrary path strings answer a 4xx in the
 * contract's error JSON (a 400 naming at least one field), never a 5xx, and write nothing: the table is item
 * for item the same and no login was created. Suspend and reactivate take no body, so only their path is fuzzed;
 * path parameters are fuzzed as the AB admin, who would succeed with a good value.
 */
@Tag("emulators")
class BadInputProperties {

    private static final AtomicInteger GENERATED = new AtomicInteger();

    /** The world of {@link World}, built on first use (jqwik runs the properties of this class in one JVM). */
    private static final class Holder {
        static final World WORLD = new World("users-bad-input-properties");
    }

    private static World world() {
        return Holder.WORLD;
    }

    // ---------------------------------------------------------------- bodies

    /** A route with a body: who calls it, where, its valid body and that body's fields. */
    private record BodyRoute(String resource, Map<String, String> params, Role caller, ObjectNode valid,
                             List<Field> fields) {
    }

    private static List<BodyRoute> bodyRoutes() {
        ObjectNode school = Json.mapper().createObjectNode().put("urn", "345678").put("name", "Fuzz School");
        ObjectNode user = Json.mapper().createObjectNode().put("email", "fuzz.user@example.org")
                .put("givenName", "Fuzz").put("familyName", "User").put("role", "NQT").put("trn", "7654321");
        return List.of(
                new BodyRoute("/schools", Map.of(), Role.AB_ADMIN, school, List.of(
                        Field.of("urn", Kind.PATTERN, true, 6), Field.of("name", Kind.NAME, true, 100))),
                new BodyRoute("/schools/{urn}/users", Map.of("urn", World.A), Role.INDUCTION_COORDINATOR, user,
                        List.of(Field.of("email", Kind.EMAIL, true, 254), Field.of("givenName", Kind.NAME, true, 100),
                                Field.of("familyName", Kind.NAME, true, 100), Field.of("role", Kind.ENUM, true, 30),
                                // required because the role is NQT
                                Field.of("trn", Kind.PATTERN, true, 7))));
    }

    /** Without this the properties could pass for the wrong reason: each unmutated request succeeds (elsewhere). */
    @Example
    void theUnmutatedBodiesAndPathsSucceedInAWorldLikeTheOne() {
        World other = new World("users-fuzz-valid");
        // an NQT login is created only for a teacher with an induction in progress at the school
        other.api.registerTeacher(World.A, "7654321");
        for (BodyRoute route : bodyRoutes()) {
            UsersApi.Response answer = other.api.post(other.caller(route.caller()), route.resource(), route.params(),
                    Json.write(route.valid()));
            assertEquals(201, answer.status(), () -> route.resource() + ": " + answer.body());
        }
        for (PathRoute route : pathRoutes()) {
            String good = route.parameter().equals("urn") ? World.A : other.coordinatorB;
            UsersApi.Response answer = other.api.call(other.caller(Role.AB_ADMIN), route.method(), route.resource(),
                    Map.of(route.parameter(), good), route.body(), Map.of());
            assertTrue(answer.status() == 200 || answer.status() == 201, () -> route.resource() + ": "
                    + answer.status() + " " + answer.body());
        }
    }

    private record BodyCase(BodyRoute route, Input input) {
        @Override
        public String toString() {
            return "POST " + route.resource() + ": " + input;
        }
    }

    @Provide
    Arbitrary<BodyCase> badBodies() {
        return Arbitraries.of(bodyRoutes()).flatMap(route ->
                BadJson.mutationsOf(route.valid(), route.fields()).map(input -> new BodyCase(route, input)));
    }

    @Property(tries = 300)
    void everyBadBodyIsA4xxWithDetailsAndWritesNothing(@ForAll("badBodies") BodyCase bad) {
        GENERATED.incrementAndGet();
        Statistics.label("mutation").collect(bad.input().mutation()
                .replaceAll("^(duplicated|missing) \\S+", "$1 field").replaceAll(" in .*| \\d+.*", ""));
        Statistics.label("route").collect(bad.route().resource());
        String before = fingerprint();

        UsersApi.Response answer = world().api.post(world().caller(bad.route().caller()), bad.route().resource(),
                bad.route().params(), bad.input().body());

        assertRefusedInTheContractsWords(answer);
        assertEquals(before, fingerprint(), "a refused request changed the table");
        assertFalse(world().api.loginExists("fuzz.user@example.org"), "no login was created");
    }

    // ---------------------------------------------------------------- path parameters

    private record PathRoute(String method, String resource, String parameter, String body) {
    }

    private static List<PathRoute> pathRoutes() {
        String coordinator = Json.write(Map.of("email", "fuzz.path@example.org", "givenName", "Fuzz",
                "familyName", "Path", "role", "INDUCTION_COORDINATOR"));
        return List.of(
                new PathRoute("GET", "/schools/{urn}", "urn", null),
                new PathRoute("GET", "/schools/{urn}/users", "urn", null),
                new PathRoute("POST", "/schools/{urn}/users", "urn", coordinator),
                new PathRoute("POST", "/users/{userId}/suspend", "userId", null),
                new PathRoute("POST", "/users/{userId}/reactivate", "userId", null));
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
                Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(8),
                Arbitraries.of("", " ", ".", "..", "../users", "%00", "\u0000", "#", "SCHOOL#" + World.A,
                        World.A + " ", " " + World.A, World.A + "#USERS", "USER#x", "null", "undefined", "-1",
                        "a".repeat(10_000), "\ud800", "\udc00abc", "\ud83d\ude00", "\u0661\u0662\u0663\u0664\u0665\u0666",
                        "00000000-0000-0000-0000-000000000000", "*", "%", "' OR '1'='1", "${jndi:ldap://x}"));
        return forEveryPathRoute(values);
    }

    private static Arbitrary<PathCase> forEveryPathRoute(Arbitrary<String> values) {
        return Arbitraries.of(pathRoutes()).flatMap(route -> values
                .filter(value -> !value.equals(World.A) && !value.equals(World.B))
                .map(value -> new PathCase(route, value)));
    }

    @Property(tries = 200)
    void everyArbitraryPathParameterIsA4xxAndWritesNothing(@ForAll("badPathParameters") PathCase bad) {
        GENERATED.incrementAndGet();
        Statistics.label("route").collect(bad.route().method() + " " + bad.route().resource());
        String before = fingerprint();

        UsersApi.Response answer = world().api.call(world().caller(Role.AB_ADMIN), bad.route().method(),
                bad.route().resource(), Map.of(bad.route().parameter(), bad.value()), bad.route().body(), Map.of());

        assertRefusedInTheContractsWords(answer);
        assertEquals(before, fingerprint(), "a refused request changed the table");
        assertFalse(world().api.loginExists("fuzz.path@example.org"), "no login was created");
    }

    @AfterContainer
    static void report() {
        System.out.println("bad input properties (users): " + GENERATED.get() + " generated inputs checked");
    }

    // ---------------------------------------------------------------- the property's assertions

    private static void assertRefusedInTheContractsWords(UsersApi.Response answer) {
        ContractErrors.assertRefusedInTheContractsWords(answer.status(), answer.body(),
                answer.status() + ": " + answer.body());
    }

    private static String fingerprint() {
        return TableFingerprint.of(world().api.stack.emulators().dynamoDb(), world().api.stack.tableName());
    }
}
