package org.inductionrecords.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.testing.RoundTrips;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every read endpoint for every role: what each tier sees, and that nothing outside its scope answers
 * with data. Round trips per request are counted (target: at most 2 DynamoDB requests for a read).
 */
@Tag("emulators")
class ReadsByRoleTest {

    private static World world;

    @BeforeAll
    static void setUp() {
        world = new World("users-reads");
        // every caller has made a first request: their records are ACTIVE, as in steady use
        world.callers.values().forEach(world.api::me);
    }

    private static UsersApi.Response counted(String label, java.util.function.Supplier<UsersApi.Response> request) {
        RoundTrips.reset();
        UsersApi.Response response = request.get();
        int dynamo = RoundTrips.dynamoDb();
        System.out.println("round trips: " + label + " -> " + response.status() + ": DynamoDB " + dynamo
                + ", Cognito " + RoundTrips.cognito() + " " + RoundTrips.counts());
        assertTrue(dynamo <= 2, label + " took " + dynamo + " DynamoDB round trips");
        assertEquals(0, RoundTrips.cognito(), label + " must not call Cognito");
        return response;
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyActiveUserReadsTheirOwnRecord(Role role) {
        UsersApi.Response me = counted("GET /me as " + role, () -> world.api.me(world.caller(role)));

        assertEquals(200, me.status());
        assertEquals(world.caller(role), me.text("userId"));
        assertEquals(role.name(), me.text("role"));
        assertEquals("ACTIVE", me.text("status"));
        assertEquals(role == Role.AB_ADMIN, !me.body().has("schoolUrn"));
        assertEquals(role == Role.NQT, me.body().has("trn"));
    }

    @Test
    void anUnknownLoginIsForbiddenEverywhere() {
        assertEquals(403, world.api.me("no-such-user").status());
        assertEquals(403, world.api.get("no-such-user", "/schools", Map.of()).status());
    }

    @Test
    void aRequestWithoutTheAuthorizersClaimsIsUnauthorized() {
        var event = UsersApi.event("x", "GET", "/me", Map.of(), null, Map.of());
        event.getRequestContext().setAuthorizer(null);

        assertEquals(401, world.api.send(world.api.handler, event).status());
    }

    @Test
    void anAbAdminListsEverySchool() {
        UsersApi.Response list = counted("GET /schools as AB_ADMIN", () -> world.api.get(world.admin, "/schools", Map.of()));

        assertEquals(200, list.status());
        assertEquals(List.of(World.A, World.B), urns(list.body()));
        assertFalse(list.body().has("nextToken"));
        assertEquals("Ash Primary", list.body().path("items").get(0).path("name").asText());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "AB_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void everyoneElseListsOnlyTheirOwnSchool(Role role) {
        UsersApi.Response list = counted("GET /schools as " + role, () -> world.api.get(world.caller(role), "/schools", Map.of()));

        assertEquals(200, list.status());
        assertEquals(List.of(World.A), urns(list.body()));
    }

    @ParameterizedTest(name = "{0}: own school {1}, other school {2}, no school {3}")
    @CsvSource({
            "AB_ADMIN,              200, 200, 404",
            "INDUCTION_COORDINATOR, 200, 404, 404",
            "HEADTEACHER,           200, 404, 404",
            "INDUCTION_TUTOR,       200, 404, 404",
            "NQT,                   200, 404, 404",
    })
    void whoReadsWhichSchool(Role role, int own, int other, int none) {
        String caller = world.caller(role);
        UsersApi.Response a = counted("GET /schools/{urn} own as " + role, () -> world.api.get(caller, "/schools/{urn}", Map.of("urn", World.A)));
        UsersApi.Response b = counted("GET /schools/{urn} other as " + role, () -> world.api.get(caller, "/schools/{urn}", Map.of("urn", World.B)));
        UsersApi.Response nowhere = world.api.get(caller, "/schools/{urn}", Map.of("urn", World.NOWHERE));

        assertEquals(own, a.status());
        assertEquals(Map.of("urn", World.A, "name", "Ash Primary"),
                Map.of("urn", a.text("urn"), "name", a.text("name")));
        assertEquals(other, b.status());
        if (other != 200) {
            assertEquals("not_found", b.text("error"));
            assertFalse(b.body().toString().contains("Birch"), "no data of a school outside scope");
        }
        assertEquals(none, nowhere.status());
    }

    @ParameterizedTest(name = "{0} listing users: own school {1}, other school {2}, no school {3}")
    @CsvSource({
            "AB_ADMIN,              200, 200, 404",
            "INDUCTION_COORDINATOR, 200, 404, 404",
            "HEADTEACHER,           200, 404, 404",
            "INDUCTION_TUTOR,       403, 403, 403",
            "NQT,                   403, 403, 403",
    })
    void whoListsWhichSchoolsUsers(Role role, int own, int other, int none) {
        String caller = world.caller(role);
        UsersApi.Response a = counted("GET /schools/{urn}/users own as " + role,
                () -> world.api.get(caller, "/schools/{urn}/users", Map.of("urn", World.A)));
        UsersApi.Response b = counted("GET /schools/{urn}/users other as " + role,
                () -> world.api.get(caller, "/schools/{urn}/users", Map.of("urn", World.B)));
        UsersApi.Response nowhere = world.api.get(caller, "/schools/{urn}/users", Map.of("urn", World.NOWHERE));

        assertEquals(own, a.status());
        if (own == 200) {
            List<String> roles = new ArrayList<>();
            a.body().path("items").forEach(u -> roles.add(u.path("role").asText()));
            assertEquals(List.of("HEADTEACHER", "INDUCTION_COORDINATOR", "INDUCTION_TUTOR", "NQT"),
                    roles.stream().sorted().toList());
            a.body().path("items").forEach(u -> assertEquals(World.A, u.path("schoolUrn").asText()));
        } else {
            assertFalse(a.body().has("items"));
        }
        assertEquals(other, b.status());
        if (other != 200) {
            assertFalse(b.body().has("items"), "no data of a school outside scope");
        }
        assertEquals(none, nowhere.status());
    }

    @Test
    void aSchoolsUsersComeInPagesWhoseTokenOnlyContinuesThatList() {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Map<String, String> query = token == null ? Map.of("limit", "2") : Map.of("limit", "2", "nextToken", token);
            UsersApi.Response page = world.api.call(world.admin, "GET", "/schools/{urn}/users", Map.of("urn", World.A), null, query);
            assertEquals(200, page.status());
            page.body().path("items").forEach(u -> seen.add(u.path("userId").asText()));
            token = page.body().has("nextToken") ? page.text("nextToken") : null;
            pages++;
            if (token != null) {
                String foreign = token;
                UsersApi.Response elsewhere = world.api.call(world.admin, "GET", "/schools/{urn}/users",
                        Map.of("urn", World.B), null, Map.of("nextToken", foreign));
                assertEquals(400, elsewhere.status(), "a token of school A's list cannot page school B's");
            }
        } while (token != null && pages < 10);

        assertEquals(4, seen.size());
        assertEquals(4, seen.stream().distinct().count());
        assertTrue(pages >= 2);
    }

    private static List<String> urns(JsonNode list) {
        List<String> urns = new ArrayList<>();
        list.path("items").forEach(s -> urns.add(s.path("urn").asText()));
        return urns;
    }
}
