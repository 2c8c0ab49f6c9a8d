package org.inductionrecords.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.inductionrecords.core.user.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input answers 400 with the offending fields named (415 for a body that is not JSON), never 5xx,
 * and writes nothing: the table's item count is the same before and after, and no login is created.
 */
@Tag("emulators")
class BadInputTest {

    private static World world;

    @BeforeAll
    static void setUp() {
        world = new World("users-bad-input");
    }

    private static final String NAME_101 = "a".repeat(101);

    @ParameterizedTest(name = "POST a school user {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"email\":\"bad@@example.org\",\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"HEADTEACHER\"}                 | email",
            "{\"email\":\"a b@example.org\",\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"HEADTEACHER\"}                  | email",
            "{\"email\":42,\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"HEADTEACHER\"}                                    | email",
            "{\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"HEADTEACHER\"}                                                 | email",
            "{\"email\":\"ok@example.org\",\"givenName\":\"\",\"familyName\":\"B\",\"role\":\"HEADTEACHER\"}                     | givenName",
            "{\"email\":\"ok@example.org\",\"givenName\":\"NAME_101\",\"familyName\":\"B\",\"role\":\"HEADTEACHER\"}             | givenName",
            "{\"email\":\"ok@example.org\",\"givenName\":\"A\\u0000\",\"familyName\":\"B\",\"role\":\"HEADTEACHER\"}            | givenName",
            "{\"email\":\"ok@example.org\",\"givenName\":\"A\",\"familyName\":\"Line\\nbreak\",\"role\":\"HEADTEACHER\"}         | familyName",
            "{\"email\":\"ok@example.org\",\"givenName\":\"A\",\"familyName\":[\"B\"],\"role\":\"HEADTEACHER\"}                  | familyName",
            "{\"email\":\"ok@example.org\",\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"PRINCIPAL\"}                       | role",
            "{\"email\":\"ok@example.org\",\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"headteacher\"}                     | role",
            "{\"email\":\"ok@example.org\",\"givenName\":\"A\",\"familyName\":\"B\"}                                              | role",
            "{\"email\":\"ok@example.org\",\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"NQT\"}                             | trn",
            "{\"email\":\"ok@example.org\",\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"NQT\",\"trn\":\"123456\"}           | trn",
            "{\"email\":\"ok@example.org\",\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"NQT\",\"trn\":1234567}             | trn",
            "{\"email\":\"ok@example.org\",\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"INDUCTION_TUTOR\",\"trn\":\"1234567\"} | trn",
            "{\"email\":\"x\",\"givenName\":\"\",\"familyName\":\"\",\"role\":\"X\"}                                              | email givenName familyName role",
            "not json                                                                                                       | body",
            "[1,2,3]                                                                                                        | body",
            "{\"email\":\"ok@example.org\"} trailing                                                                        | body",
    })
    void badUserBodiesAreRefusedWithTheirFieldsAndWriteNothing(String body, String fields) {
        assertRefused(() -> post("/schools/{urn}/users", Map.of("urn", World.A), body.replace("NAME_101", NAME_101)),
                fields);
        assertFalse(world.api.loginExists("ok@example.org"));
    }

    @ParameterizedTest(name = "POST /schools {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"urn\":\"12345\",\"name\":\"A\"}      | urn",
            "{\"urn\":\"1234567\",\"name\":\"A\"}    | urn",
            "{\"urn\":123456,\"name\":\"A\"}         | urn",
            "{\"urn\":\"123456\"}                    | name",
            "{\"urn\":\"123456\",\"name\":\"NAME_101\"} | name",
            "{}                                      | urn name",
    })
    void badSchoolBodiesAreRefusedWithTheirFieldsAndWriteNothing(String body, String fields) {
        assertRefused(() -> post("/schools", Map.of(), body.replace("NAME_101", NAME_101)), fields);
    }

    @ParameterizedTest(name = "{0} {1} with {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "GET  | /schools/{urn}                | urn=12345a                      | urn",
            "GET  | /schools/{urn}/users          | urn=1                           | urn",
            "POST | /schools/{urn}/users          | urn=abcdef                      | urn",
            "POST | /users/{userId}/suspend       | userId=../../etc                | userId",
            "POST | /users/{userId}/reactivate    | userId=a b                      | userId",
            "GET  | /schools                      | limit=0                         | limit",
            "GET  | /schools                      | limit=many                      | limit",
            "GET  | /schools                      | nextToken=forged                | nextToken",
            "GET  | /schools/{urn}/users          | urn=100001&nextToken=e30        | nextToken",
    })
    void badPathAndQueryParametersAreRefused(String method, String resource, String parameters, String fields) {
        Map<String, String> path = new HashMap<>();
        Map<String, String> query = new HashMap<>();
        for (String pair : parameters.split("&")) {
            String[] kv = pair.split("=", 2);
            (resource.contains("{" + kv[0] + "}") ? path : query).put(kv[0], kv[1]);
        }
        String body = method.equals("POST") && resource.endsWith("users") ? "{\"email\":\"ok@example.org\"}" : null;
        int before = world.api.itemCount();

        UsersApi.Response response = world.api.call(world.admin, method, resource, path, body, query);

        assertEquals(400, response.status(), () -> response.body().toString());
        assertEquals(Set.of(fields.split(" ")), detailFields(response.body()));
        assertEquals(before, world.api.itemCount());
    }

    @ParameterizedTest(name = "Content-Type {0} -> 415")
    @CsvSource({"text/plain", "application/x-www-form-urlencoded"})
    void aBodyThatIsNotDeclaredJsonIsUnsupported(String contentType) {
        var event = UsersApi.event(world.admin, "POST", "/schools", Map.of(), "{\"urn\":\"123456\",\"name\":\"A\"}", Map.of());
        event.getHeaders().put("Content-Type", contentType);
        int before = world.api.itemCount();

        UsersApi.Response response = world.api.send(world.api.handler, event);

        assertEquals(415, response.status());
        assertEquals(before, world.api.itemCount());
    }

    @ParameterizedTest(name = "{0} with a bad body -> 400 before any tier check")
    @CsvSource({"AB_ADMIN", "INDUCTION_COORDINATOR", "NQT"})
    void validationComesFirstAndNeverWrites(Role role) {
        int before = world.api.itemCount();

        UsersApi.Response response = world.api.post(world.caller(role), "/schools/{urn}/users", Map.of("urn", World.A),
                "{\"email\":\"no\",\"role\":\"NQT\"}");

        assertEquals(400, response.status());
        assertEquals(before, world.api.itemCount());
    }

    private static UsersApi.Response post(String resource, Map<String, String> path, String body) {
        return world.api.post(world.admin, resource, path, body);
    }

    private static void assertRefused(java.util.function.Supplier<UsersApi.Response> request, String fields) {
        int before = world.api.itemCount();
        UsersApi.Response response = request.get();
        assertEquals(400, response.status(), () -> response.body().toString());
        assertEquals("validation_failed", response.text("error"));
        assertEquals(Set.of(fields.split(" ")), detailFields(response.body()));
        response.body().path("details").forEach(d -> assertTrue(d.path("message").asText().length() > 0));
        assertEquals(before, world.api.itemCount());
    }

    private static Set<String> detailFields(JsonNode body) {
        Set<String> fields = new LinkedHashSet<>();
        body.path("details").forEach(d -> fields.add(d.path("field").asText()));
        return fields;
    }
}
