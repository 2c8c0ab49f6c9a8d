package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        assertEquals(6, statuses.size(), ashby.toString());
        assertTrue(statuses.containsAll(List.of("IN_PROGRESS", "PASSED")), statuses.toString());

        // the headteacher has a review to sign
        String head = token("HEADTEACHER");
        assertTrue(assessmentsOf(ashby, head).contains("SUBMITTED"), "awaiting the headteacher's signature");

        // the tutor sees the teachers assigned to it
        assertEquals(6, ok(local.call("GET", "/schools/" + DemoAppropriateBody.ASHBY + "/inductions", token("INDUCTION_TUTOR"),
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
    void everyStageOfTheContractIsThereAndShowsOnTheTaskListsOfThoseWhoMustAct() {
        String admin = local.adminToken();
        Map<String, JsonNode> byName = new HashMap<>();
        for (String urn : List.of(DemoAppropriateBody.ASHBY, DemoAppropriateBody.BIRCHWOOD, DemoAppropriateBody.CEDAR)) {
            ok(local.call("GET", "/schools/" + urn + "/inductions", admin, null)).path("items")
                    .forEach(i -> byName.put(i.path("teacher").path("familyName").asText(), i));
        }
        // just registered, part-time, passed, failed, extended, left a school, closed
        String justRegistered = byName.get("Shah").path("inductionId").asText();
        assertEquals("IN_PROGRESS", byName.get("Shah").path("status").asText());
        assertEquals(0, ok(local.call("GET", "/inductions/" + justRegistered + "/assessments", admin, null))
                .path("items").size());
        assertEquals(0, new BigDecimal("0.5").compareTo(byName.get("Patel").path("fte").decimalValue()));
        assertEquals("PASSED", byName.get("Evans").path("status").asText());
        assertEquals("FAILED", byName.get("Hughes").path("status").asText());
        assertEquals("EXTENDED", byName.get("Adeyemi").path("outcome").asText());
        assertEquals("LEFT", byName.get("Kumar").path("status").asText());
        assertEquals("CLOSED", byName.get("Bell").path("status").asText());

        // mid-way with an overdue review: the tutor's overdue ASSESSMENT_DUE for its summer review
        String midWay = byName.get("Mensah").path("inductionId").asText();
        JsonNode tutorTasks = tasks(token("INDUCTION_TUTOR"));
        JsonNode overdue = task(tutorTasks, "ASSESSMENT_DUE", midWay, "T2-PROGRESS_REVIEW");
        assertTrue(overdue.path("overdue").asBoolean(), overdue.toString());
        assertEquals("2026-08-05", overdue.path("dueDate").asText());

        // awaiting signature and returned for correction: the headteacher's and the tutor's tasks
        String returned = byName.get("Fischer").path("inductionId").asText();
        task(tutorTasks, "CORRECTION_NEEDED", returned, "T3-FORMAL");
        JsonNode headTasks = tasks(token("HEADTEACHER"));
        task(headTasks, "CORRECTION_NEEDED", returned, "T3-FORMAL");
        task(headTasks, "SIGNATURE_NEEDED", byName.get("Okafor").path("inductionId").asText(), "T1-PROGRESS_REVIEW");
        JsonNode formal = ok(local.call("GET", "/inductions/" + returned + "/assessments/T3-FORMAL",
                token("HEADTEACHER"), null));
        assertEquals("RETURNED", formal.path("status").asText());
        assertTrue(formal.path("returnComment").asText().length() > 0, formal.toString());

        // awaiting acknowledgement: the teacher's
        task(tasks(token("NQT")), "ACKNOWLEDGEMENT_NEEDED", byName.get("Newton").path("inductionId").asText(),
                "T2-PROGRESS_REVIEW");

        // awaiting the AB's decision; the interim the mover's former school wrote awaits the AB's review
        JsonNode abTasks = tasks(admin);
        task(abTasks, "DECISION_DUE", byName.get("Walsh").path("inductionId").asText(), "T6-FINAL");
        task(abTasks, "REVIEW_NEEDED", byName.get("Murray").path("inductionId").asText(), "T1-INTERIM");

        // left a school after a term: the school left's coordinator owes its interim
        String birchwoodCoordinator = local.idToken("coordinator@birchwood.demo.example", DemoAppropriateBody.PASSWORD);
        task(tasks(birchwoodCoordinator), "INTERIM_NEEDED", byName.get("Kumar").path("inductionId").asText(),
                "T1-INTERIM");
    }

    private static JsonNode tasks(String token) {
        return ok(local.call("GET", "/tasks", token, null)).path("items");
    }

    private static JsonNode task(JsonNode tasks, String type, String inductionId, String assessmentId) {
        for (JsonNode task : tasks) {
            if (task.path("type").asText().equals(type) && task.path("inductionId").asText().equals(inductionId)
                    && task.path("assessmentId").asText().equals(assessmentId)) {
                return task;
            }
        }
        throw new AssertionError(type + " " + inductionId + " " + assessmentId + " not in " + tasks);
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
