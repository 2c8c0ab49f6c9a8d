package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code --demo} (contract section 12): a working Appropriate Body, built through the API, in which every
 * role signs in with the one password printed and finds work on its home page; run again, it changes nothing.
 */
@Tag("emulators")
class DemoE2eTest {

    private static RunningStack local;
    private static String printed;

    @BeforeAll
    static void theDemoAppropriateBody() {
        local = E2eWorld.local();
        printed = run();
    }

    private static String run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        DemoAppropriateBody.run(local.apiUrl(), local.stack(), RunningStack.ADMIN_EMAIL, RunningStack.ADMIN_PASSWORD, console);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String token(String role) {
        return local.idToken(DemoAppropriateBody.LOGINS.get(role), DemoAppropriateBody.PASSWORD);
    }

    private static JsonNode ok(RunningStack.Response response) {
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    @Test
    void itPrintsOneEmailPerRoleAndThePasswordTheyShare() {
        assertTrue(printed.contains(DemoAppropriateBody.PASSWORD), printed);
        for (String role : List.of("INDUCTION_COORDINATOR", "HEADTEACHER", "INDUCTION_TUTOR", "NQT")) {
            assertTrue(printed.contains(DemoAppropriateBody.LOGINS.get(role)), role + " in " + printed);
        }
    }

    @Test
    void everyRoleSignsInWithTheDemoPasswordAndHasWorkToSee() {
        // the coordinator's school has inductions at several stages
        String coordinator = token("INDUCTION_COORDINATOR");
        assertEquals("INDUCTION_COORDINATOR", ok(local.call("GET", "/me", coordinator, null)).path("role").asText());
        JsonNode ashby = ok(local.call("GET", "/schools/" + DemoAppropriateBody.ASHBY + "/inductions", coordinator, null));
        List<String> statuses = new ArrayList<>();
        ashby.path("items").forEach(i -> statuses.add(i.path("status").asText()));
        assertEquals(4, statuses.size(), ashby.toString());
        assertTrue(statuses.containsAll(List.of("IN_PROGRESS", "PASSED")), statuses.toString());

        // the headteacher has a review to sign
        String head = token("HEADTEACHER");
        assertTrue(assessmentsOf(ashby, head).contains("SUBMITTED"), "awaiting the headteacher's signature");

        // the tutor sees the teachers assigned to it
        assertEquals(4, ok(local.call("GET", "/schools/" + DemoAppropriateBody.ASHBY + "/inductions", token("INDUCTION_TUTOR"),
                null)).path("items").size());

        // the teacher sees its own induction, with a signed review to acknowledge
        String nqt = token("NQT");
        JsonNode own = ok(local.call("GET", "/schools/" + DemoAppropriateBody.ASHBY + "/inductions", nqt, null));
        assertEquals(1, own.path("items").size());
        assertTrue(assessmentsOf(own, nqt).contains("SIGNED"), "awaiting the teacher's acknowledgement");

        // the AB sees its three schools, an induction awaiting its decision, one extended and one failed
        String admin = local.adminToken();
        List<String> decided = new ArrayList<>();
        for (String urn : List.of(DemoAppropriateBody.BIRCHWOOD, DemoAppropriateBody.CEDAR)) {
            ok(local.call("GET", "/schools/" + urn + "/inductions", admin, null)).path("items")
                    .forEach(i -> decided.add(i.path("status").asText() + "/" + i.path("outcome").asText("-")));
        }
        assertTrue(decided.containsAll(List.of("IN_PROGRESS/-", "IN_PROGRESS/EXTENDED", "FAILED/FAILED", "LEFT/-",
                "CLOSED/-")), decided.toString());
        // and one moved from Birchwood to Cedar: Birchwood lists it among its former inductions
        JsonNode former = ok(local.call("GET", "/schools/" + DemoAppropriateBody.BIRCHWOOD + "/inductions?former=true",
                admin, null)).path("items");
        assertEquals(1, former.size(), former.toString());
        assertEquals(2, former.get(0).path("periods").size(), former.toString());
        assertEquals(200, local.call("GET", "/schools/" + DemoAppropriateBody.CEDAR, admin, null).status());

        // and the term dates of the previous and the current academic year
        List<Integer> years = new ArrayList<>();
        ok(local.call("GET", "/term-dates", token("INDUCTION_TUTOR"), null)).path("items")
                .forEach(year -> years.add(year.path("academicYear").asInt()));
        assertTrue(years.containsAll(List.of(2025, 2026)), years.toString());
    }

    @Test
    void aSecondRunChangesNothing() {
        String before = E2eWorld.tableFingerprint(local);

        String again = run();

        assertTrue(again.contains("there already"), again);
        assertEquals(before, E2eWorld.tableFingerprint(local));
    }

    private static List<String> assessmentsOf(JsonNode inductions, String token) {
        List<String> statuses = new ArrayList<>();
        for (JsonNode induction : inductions.path("items")) {
            ok(local.call("GET", "/inductions/" + induction.path("inductionId").asText() + "/assessments", token, null))
                    .path("items").forEach(a -> statuses.add(a.path("status").asText()));
        }
        return statuses;
    }
}
