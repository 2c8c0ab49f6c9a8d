package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.assessment;
import static org.inductionrecords.local.E2eWorld.json;
import static org.inductionrecords.local.E2eWorld.newTrn;
import static org.inductionrecords.local.E2eWorld.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.calendar.WorkingDays;
import org.inductionrecords.local.E2eWorld.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AB's review, corrections with their versions, the schedule and everyone's tasks, over HTTP through the local
 * stack (CONTRACT.md section 7; DOMAIN.md "Deadlines", "The AB's review"); every exchange is checked against
 * docs/openapi.yaml. The deadlines asserted lie in the past for good (autumn 2025, due 7 January 2026) or are
 * computed from the instant the stack answered, so the test reads the same whatever day it runs after them.
 */
class ReviewAndTasksE2eTest {

    /** An ECT induction starting with the autumn term of 2025/26 (term dates recorded below). */
    private static final LocalDate START = LocalDate.of(2025, 9, 3);

    private static RunningStack local;
    private static String admin;
    private static Staff school;

    @BeforeAll
    static void aSchoolAndTheTermDatesOf2025() {
        local = E2eWorld.local();
        admin = local.adminToken();
        school = E2eWorld.staff(local, admin);
        RunningStack.Response recorded = local.call("PUT", "/term-dates/2025", admin, json(Map.of("terms", List.of(
                Map.of("name", "AUTUMN", "start", "2025-09-03", "end", "2025-12-19"),
                Map.of("name", "SPRING", "start", "2026-01-05", "end", "2026-03-27"),
                Map.of("name", "SUMMER", "start", "2026-04-13", "end", "2026-07-22")))));
        assertEquals(200, recorded.status(), recorded.body());
    }

    private static String registerEct(Staff at) {
        ObjectNode body = registration(newTrn(), at.tutor().userId());
        body.put("programme", "ECT").put("startDate", START.toString()).put("fte", 1.0);
        RunningStack.Response created = local.call("POST", "/schools/" + at.urn() + "/inductions",
                at.coordinator().token(), json(body));
        assertEquals(201, created.status(), created.body());
        return created.json().path("inductionId").asText();
    }

    /** A body of this kind and term whose period is in the autumn of 2025. */
    private static ObjectNode body(String kind, int term, String summary) {
        return assessment(kind, term).put("periodStart", START.toString()).put("periodEnd", "2025-11-28")
                .put("summary", summary);
    }

    private static RunningStack.Response ok(RunningStack.Response response) {
        assertEquals(200, response.status(), response.body());
        return response;
    }

    private static JsonNode tasks(String token) {
        return ok(local.call("GET", "/tasks", token, null)).json().path("items");
    }

    private static Optional<JsonNode> task(JsonNode tasks, String type, String inductionId) {
        for (JsonNode task : tasks) {
            if (task.path("type").asText().equals(type) && task.path("inductionId").asText().equals(inductionId)) {
                return Optional.of(task);
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(JsonNode tasks, String inductionId) {
        for (JsonNode task : tasks) {
            if (task.path("inductionId").asText().equals(inductionId)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void givenAnAutumn2025ReviewNeverWrittenThenItIsOverdueForThatTutorOnlyAndOnceSubmittedDoneAndToSign() {
        String inductionId = registerEct(school);
        Staff other = E2eWorld.staff(local, admin);

        JsonNode schedule = ok(local.call("GET", "/inductions/" + inductionId + "/schedule", school.tutor().token(),
                null)).json().path("items");
        assertEquals("PROGRESS_REVIEW", schedule.path(0).path("kind").asText());
        assertEquals("OVERDUE", schedule.path(0).path("status").asText());
        assertEquals("2026-01-07", schedule.path(0).path("dueDate").asText());
        assertEquals("2025-12-19", schedule.path(0).path("periodEnd").asText());

        JsonNode due = task(tasks(school.tutor().token()), "ASSESSMENT_DUE", inductionId).orElseThrow();
        assertEquals("T1-PROGRESS_REVIEW", due.path("assessmentId").asText());
        assertEquals("2026-01-07", due.path("dueDate").asText());
        assertTrue(due.path("overdue").asBoolean());
        assertFalse(mentions(tasks(other.tutor().token()), inductionId), "another school's tutor");
        assertFalse(mentions(tasks(school.headteacher().token()), inductionId), "not the headteacher's task yet");
        assertFalse(mentions(tasks(school.coordinator().token()), inductionId), "nor the coordinator's");

        RunningStack.Response submitted = local.call("POST", "/inductions/" + inductionId + "/assessments",
                school.tutor().token(), json(body("PROGRESS_REVIEW", 1, "Settled in well.")));
        assertEquals(201, submitted.status(), submitted.body());
        // the assessment's own due date, computed from the term dates of 2025 as it is read (contract section 7)
        assertEquals("2026-01-07", submitted.json().path("dueDate").asText(), submitted.body());
        assertEquals("2026-01-07", ok(local.call("GET", "/inductions/" + inductionId
                + "/assessments/T1-PROGRESS_REVIEW", school.tutor().token(), null)).json().path("dueDate").asText());
        assertEquals("2026-01-07", ok(local.call("GET", "/inductions/" + inductionId + "/assessments",
                school.headteacher().token(), null)).json().path("items").path(0).path("dueDate").asText());

        schedule = ok(local.call("GET", "/inductions/" + inductionId + "/schedule", school.tutor().token(), null))
                .json().path("items");
        assertEquals("DONE", schedule.path(0).path("status").asText());
        assertEquals("T1-PROGRESS_REVIEW", schedule.path(0).path("assessmentId").asText());
        assertTrue(task(tasks(school.tutor().token()), "ASSESSMENT_DUE", inductionId)
                .filter(task -> task.path("assessmentId").asText().equals("T1-PROGRESS_REVIEW")).isEmpty());
        JsonNode sign = task(tasks(school.headteacher().token()), "SIGNATURE_NEEDED", inductionId).orElseThrow();
        assertEquals("T1-PROGRESS_REVIEW", sign.path("assessmentId").asText());

        // a progress review needs no approval
        ok(local.call("POST", "/inductions/" + inductionId + "/assessments/T1-PROGRESS_REVIEW/sign",
                school.headteacher().token(), null));
        RunningStack.Response approve = local.call("POST", "/inductions/" + inductionId
                + "/assessments/T1-PROGRESS_REVIEW/approve", admin, null);
        assertEquals(409, approve.status(), approve.body());
        assertTrue(task(tasks(admin), "REVIEW_NEEDED", inductionId).isEmpty());
    }

    @Test
    void givenAFormalCorrectedSignedReturnedCorrectedAndSignedAgainThenEveryVersionIsKeptAndTheAbApprovesIt() {
        String inductionId = registerEct(school);
        String path = "/inductions/" + inductionId + "/assessments/T3-FORMAL";
        assertEquals(201, local.call("POST", "/inductions/" + inductionId + "/assessments", school.tutor().token(),
                json(body("FORMAL", 3, "First draft."))).status());

        // corrected before signature, then signed
        RunningStack.Response corrected = ok(local.call("PUT", path, school.tutor().token(),
                json(body("FORMAL", 3, "Typo corrected."))));
        assertEquals(2, corrected.json().path("version").asInt());
        assertEquals("SUBMITTED", corrected.json().path("status").asText());
        ok(local.call("POST", path + "/sign", school.headteacher().token(), null));
        assertTrue(task(tasks(admin), "REVIEW_NEEDED", inductionId).isPresent());

        // returned with a comment: the tutor and the headteacher must correct it; the AB's review is done
        RunningStack.Response returned = ok(local.call("POST", path + "/return", admin,
                json(Map.of("comment", "Please add the evidence for TS3."))));
        assertEquals("RETURNED", returned.json().path("status").asText());
        assertEquals("Please add the evidence for TS3.", returned.json().path("returnComment").asText());
        assertEquals(4, returned.json().path("version").asInt());
        assertTrue(task(tasks(school.tutor().token()), "CORRECTION_NEEDED", inductionId).isPresent());
        assertTrue(task(tasks(school.headteacher().token()), "CORRECTION_NEEDED", inductionId).isPresent());
        assertTrue(task(tasks(admin), "REVIEW_NEEDED", inductionId).isEmpty());

        // corrected again: a new version, unsigned; every earlier version kept as it was
        RunningStack.Response again = ok(local.call("PUT", path, school.tutor().token(),
                json(body("FORMAL", 3, "TS3 evidence added."))));
        assertEquals(5, again.json().path("version").asInt());
        assertTrue(again.json().path("signedBy").isMissingNode(), again.body());
        assertTrue(task(tasks(school.tutor().token()), "CORRECTION_NEEDED", inductionId).isEmpty());
        JsonNode versions = ok(local.call("GET", path + "/versions", school.headteacher().token(), null))
                .json().path("items");
        assertEquals(List.of(5, 4, 1), List.of(versions.path(0).path("version").asInt(),
                versions.path(1).path("version").asInt(), versions.path(2).path("version").asInt()));
        assertEquals(3, versions.size(), versions.toString());
        assertEquals("TS3 evidence added.", versions.path(0).path("summary").asText());
        assertEquals("RETURNED", versions.path(1).path("status").asText());
        assertEquals("Typo corrected.", versions.path(1).path("summary").asText());
        assertEquals("First draft.", versions.path(2).path("summary").asText());

        // signed again: the AB reviews it and approves
        ok(local.call("POST", path + "/sign", school.headteacher().token(), null));
        assertTrue(task(tasks(admin), "REVIEW_NEEDED", inductionId).isPresent());
        RunningStack.Response approved = ok(local.call("POST", path + "/approve", admin, null));
        assertEquals("APPROVED", approved.json().path("status").asText());
        assertTrue(task(tasks(admin), "REVIEW_NEEDED", inductionId).isEmpty());
    }

    @Test
    void givenASignedFinalThenTheDecisionIsDue20WorkingDaysLaterForTheAb() {
        String inductionId = registerEct(school);
        assertEquals(201, local.call("POST", "/inductions/" + inductionId + "/assessments", school.tutor().token(),
                json(body("FINAL", 6, "Meets the standards."))).status());

        RunningStack.Response signed = ok(local.call("POST", "/inductions/" + inductionId + "/assessments/T6-FINAL/sign",
                school.headteacher().token(), null));

        LocalDate signedOn = LocalDate.ofInstant(Instant.parse(signed.json().path("signedAt").asText()),
                ZoneId.of("Europe/London"));
        String dueBy = WorkingDays.after(signedOn, 20).toString();
        JsonNode induction = ok(local.call("GET", "/inductions/" + inductionId, admin, null)).json();
        assertEquals(dueBy, induction.path("decisionDueBy").asText(), induction.toString());
        JsonNode decision = task(tasks(admin), "DECISION_DUE", inductionId).orElseThrow();
        assertEquals(dueBy, decision.path("dueDate").asText());
        assertEquals("T6-FINAL", decision.path("assessmentId").asText());
        assertFalse(mentions(tasks(school.coordinator().token()), inductionId));
    }

    @Test
    void givenATeacherWhoLeavesAfterATermThenTheSchoolLeftOwesAnInterimUntilItsTutorWritesItAndNoneForLessThanATerm() {
        // given a teacher reviewed for the autumn term, who leaves on Friday 30 January 2026 (1.3 terms served)
        Staff own = E2eWorld.staff(local, admin);
        Staff other = E2eWorld.staff(local, admin);
        String inductionId = registerEct(own);
        assertEquals(201, local.call("POST", "/inductions/" + inductionId + "/assessments", own.tutor().token(),
                json(body("PROGRESS_REVIEW", 1, "Settled in well."))).status());
        ok(local.call("POST", "/inductions/" + inductionId + "/leave", own.coordinator().token(),
                json(Map.of("leaveDate", "2026-01-30"))));
        // and one who leaves before a whole term
        String early = registerEct(own);
        ok(local.call("POST", "/inductions/" + early + "/leave", own.coordinator().token(),
                json(Map.of("leaveDate", "2025-11-28"))));

        // then the coordinator and the tutor of that school owe its interim, due 10 working days after leaving
        for (String token : List.of(own.coordinator().token(), own.tutor().token())) {
            JsonNode tasks = tasks(token);
            JsonNode interim = task(tasks, "INTERIM_NEEDED", inductionId).orElseThrow(() -> new AssertionError(tasks.toString()));
            assertEquals("2026-02-13", interim.path("dueDate").asText());
            assertEquals("T2-INTERIM", interim.path("assessmentId").asText());
            assertEquals(own.urn(), interim.path("schoolUrn").asText());
            assertTrue(interim.path("overdue").asBoolean());
            assertFalse(mentions(tasks, early), "less than a term: no interim");
        }
        // and nobody else: not the headteacher, not another school
        // (its headteacher still has the autumn review to sign, the school left keeping its view while LEFT)
        assertTrue(task(tasks(own.headteacher().token()), "INTERIM_NEEDED", inductionId).isEmpty(),
                "not the headteacher's");
        assertFalse(mentions(tasks(other.coordinator().token()), inductionId), "another school's coordinator");
        assertFalse(mentions(tasks(other.tutor().token()), inductionId), "another school's tutor");

        // when the school's tutor writes the interim while the teacher is LEFT
        ObjectNode interim = body("INTERIM", 2, "Interim on leaving.").put("periodStart", "2026-01-05")
                .put("periodEnd", "2026-01-30");
        RunningStack.Response written = local.call("POST", "/inductions/" + inductionId + "/assessments",
                own.tutor().token(), json(interim));
        assertEquals(201, written.status(), written.body());

        // then it carries that due date and nobody owes it any more
        assertEquals("2026-02-13", written.json().path("dueDate").asText(), written.body());
        assertTrue(task(tasks(own.coordinator().token()), "INTERIM_NEEDED", inductionId).isEmpty());
        assertTrue(task(tasks(own.tutor().token()), "INTERIM_NEEDED", inductionId).isEmpty());
    }

    @Test
    void givenTheAssignedTutorSuspendedThenTheCoordinatorHasNoTutorForTheirInductions() {
        Staff own = E2eWorld.staff(local, admin);
        String inductionId = registerEct(own);
        assertFalse(mentions(tasks(own.coordinator().token()), inductionId));

        ok(local.call("POST", "/users/" + own.tutor().userId() + "/suspend", own.coordinator().token(), null));

        JsonNode noTutor = task(tasks(own.coordinator().token()), "NO_TUTOR", inductionId).orElseThrow();
        assertEquals(own.urn(), noTutor.path("schoolUrn").asText());
        assertFalse(mentions(tasks(school.coordinator().token()), inductionId), "another school's coordinator");
    }
}
