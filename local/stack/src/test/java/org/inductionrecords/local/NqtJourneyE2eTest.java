package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.assessment;
import static org.inductionrecords.local.E2eWorld.json;
import static org.inductionrecords.local.E2eWorld.newTrn;
import static org.inductionrecords.local.E2eWorld.registration;
import static org.inductionrecords.local.E2eWorld.tableItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.inductionrecords.local.E2eWorld.Person;
import org.inductionrecords.local.E2eWorld.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An NQT induction end to end, over HTTP through the local stack: a coordinator registers an NQT induction, the tutor
 * submits the programme's three assessments, the headteacher signs each, the teacher acknowledges each, and
 * the Appropriate Body records the pass; every role sees only what CONTRACT.md section 2 lets it see.
 */
@Tag("emulators")
class NqtJourneyE2eTest {

    private static RunningStack local;
    private static String admin;
    private static Staff school;
    private static Staff otherSchool;

    /** Given two schools, each with a coordinator, a headteacher and a tutor, all signed in. */
    @BeforeAll
    static void twoSchoolsWithTheirStaff() {
        local = E2eWorld.local();
        admin = local.adminToken();
        school = E2eWorld.staff(local, admin);
        otherSchool = E2eWorld.staff(local, admin);
    }

    /** A teacher registered at the school, with its own login (created only for a teacher of the school). */
    private static Registered teacher(Staff staff) {
        String trn = newTrn();
        RunningStack.Response registered = local.call("POST", "/schools/" + staff.urn() + "/inductions",
                staff.coordinator().token(), json(registration(trn, staff.tutor().userId())));
        assertEquals(201, registered.status(), registered.body());
        return new Registered(E2eWorld.person(local, staff.coordinator().token(), staff.urn(), "NQT", trn), registered);
    }

    private record Registered(Person nqt, RunningStack.Response registration) {
    }

    private static String register(Staff staff, String trn) {
        RunningStack.Response created = local.call("POST", "/schools/" + staff.urn() + "/inductions",
                staff.coordinator().token(), json(registration(trn, staff.tutor().userId())));
        assertEquals(201, created.status(), created.body());
        return created.json().get("inductionId").asText();
    }

    @Test
    void anNqtInductionRunsFromRegistrationThroughThreeSignedAndAcknowledgedAssessmentsToAPass() {
        // when the coordinator registers a teacher's induction, and then the teacher's own login
        Registered teacher = teacher(school);
        Person nqt = teacher.nqt();
        RunningStack.Response registered = teacher.registration();
        JsonNode induction = registered.json();
        assertEquals("IN_PROGRESS", induction.get("status").asText());
        assertEquals("NQT", induction.get("programme").asText());
        assertEquals(school.urn(), induction.get("schoolUrn").asText());
        assertEquals(nqt.trn(), induction.get("teacher").get("trn").asText());
        assertEquals(school.tutor().userId(), induction.get("tutorUserId").asText());
        String inductionId = induction.get("inductionId").asText();
        String path = "/inductions/" + inductionId;

        // and the tutor submits TERMLY 1, TERMLY 2 and FINAL 3, each signed and acknowledged
        String[][] points = {{"TERMLY", "1"}, {"TERMLY", "2"}, {"FINAL", "3"}};
        for (String[] point : points) {
            String kind = point[0];
            int term = Integer.parseInt(point[1]);
            RunningStack.Response submitted = local.call("POST", path + "/assessments", school.tutor().token(),
                    json(assessment(kind, term)));
            assertEquals(201, submitted.status(), submitted.body());
            assertEquals("SUBMITTED", submitted.json().get("status").asText());
            assertEquals(kind, submitted.json().get("kind").asText());
            assertEquals(term, submitted.json().get("term").asInt());
            assertEquals(school.tutor().userId(), submitted.json().get("submittedBy").asText());
            String assessmentId = submitted.json().get("assessmentId").asText();
            assertEquals("T" + term + "-" + kind, assessmentId);
            if (kind.equals("FINAL")) {
                assertEquals("PASS", submitted.json().get("recommendation").asText());
                assertEquals(9, submitted.json().get("standards").size());
            }

            RunningStack.Response signed = local.call("POST", path + "/assessments/" + assessmentId + "/sign",
                    school.headteacher().token(), null);
            assertEquals(200, signed.status(), signed.body());
            assertEquals("SIGNED", signed.json().get("status").asText());
            assertEquals(school.headteacher().userId(), signed.json().get("signedBy").asText());

            RunningStack.Response acknowledged = local.call("POST",
                    path + "/assessments/" + assessmentId + "/acknowledge", nqt.token(),
                    json(Map.of("comment", "I agree with term " + term + ".\nThank you.")));
            assertEquals(200, acknowledged.status(), acknowledged.body());
            assertEquals("ACKNOWLEDGED", acknowledged.json().get("status").asText());
            assertEquals(nqt.userId(), acknowledged.json().get("acknowledgedBy").asText());
            assertEquals("I agree with term " + term + ".\nThank you.",
                    acknowledged.json().get("teacherComment").asText());
        }

        // and the Appropriate Body records the pass, entered late with a date in the past
        RunningStack.Response outcome = local.call("POST", path + "/outcome", admin,
                json(Map.of("outcome", "PASSED", "outcomeDate", "2022-07-15")));

        // then the induction has passed, with its outcome date, and the teacher reads it all
        assertEquals(200, outcome.status(), outcome.body());
        assertEquals("PASSED", outcome.json().get("status").asText());
        assertEquals("PASSED", outcome.json().get("outcome").asText());
        assertEquals("2022-07-15", outcome.json().get("outcomeDate").asText());
        RunningStack.Response read = local.call("GET", path, nqt.token(), null);
        assertEquals(200, read.status(), read.body());
        assertEquals("PASSED", read.json().get("status").asText());
        RunningStack.Response assessments = local.call("GET", path + "/assessments", nqt.token(), null);
        assertEquals(200, assessments.status(), assessments.body());
        assertEquals(3, assessments.json().get("items").size());
        assessments.json().get("items").forEach(a -> assertEquals("ACKNOWLEDGED", a.get("status").asText()));
    }

    @Test
    void theNqtSeesOnlyItsOwnInduction() {
        // given the teacher's induction and a colleague's at the same school, with the same tutor
        Registered teacher = teacher(school);
        Person nqt = teacher.nqt();
        String own = teacher.registration().json().get("inductionId").asText();
        String colleagues = register(school, newTrn());
        RunningStack.Response submitted = local.call("POST", "/inductions/" + colleagues + "/assessments",
                school.tutor().token(), json(assessment("TERMLY", 1)));
        assertEquals(201, submitted.status(), submitted.body());

        // when the teacher lists its school's inductions, it finds its own only
        RunningStack.Response list = local.call("GET", "/schools/" + school.urn() + "/inductions", nqt.token(), null);
        assertEquals(200, list.status(), list.body());
        assertEquals(1, list.json().get("items").size(), list.body());
        assertEquals(own, list.json().get("items").get(0).get("inductionId").asText());
        assertEquals(200, local.call("GET", "/inductions/" + own, nqt.token(), null).status());

        // and the colleague's induction and assessments do not exist for it
        for (String path : new String[] {"/inductions/" + colleagues, "/inductions/" + colleagues + "/assessments",
                "/inductions/" + colleagues + "/assessments/T1-TERMLY"}) {
            RunningStack.Response refused = local.call("GET", path, nqt.token(), null);
            assertEquals(404, refused.status(), path + ": " + refused.body());
            assertEquals("not_found", refused.json().get("error").asText());
            assertFalse(refused.body().contains("Lovelace"), "never the colleague's data");
        }
        RunningStack.Response acknowledge = local.call("POST",
                "/inductions/" + colleagues + "/assessments/T1-TERMLY/acknowledge", nqt.token(), "{}");
        assertEquals(404, acknowledge.status(), acknowledge.body());
    }

    @Test
    void anotherSchoolsTutorGetsNotFoundForEverythingAboutTheInduction() {
        // given an induction of this school with one submitted assessment
        String inductionId = register(school, newTrn());
        String path = "/inductions/" + inductionId;
        assertEquals(201, local.call("POST", path + "/assessments", school.tutor().token(),
                json(assessment("TERMLY", 1))).status());
        String stranger = otherSchool.tutor().token();
        long items = tableItems(local);

        // when the other school's tutor reads or writes anything of it, then it does not exist
        RunningStack.Response[] answers = {
                local.call("GET", path, stranger, null),
                local.call("GET", path + "/assessments", stranger, null),
                local.call("GET", path + "/assessments/T1-TERMLY", stranger, null),
                local.call("POST", path + "/assessments", stranger, json(assessment("TERMLY", 2))),
                local.call("GET", "/schools/" + school.urn() + "/inductions", stranger, null),
        };
        for (RunningStack.Response answer : answers) {
            assertEquals(404, answer.status(), answer.body());
            assertEquals("not_found", answer.json().get("error").asText());
            assertFalse(answer.body().contains("Lovelace") || answer.body().contains(inductionId),
                    "never the induction's data");
        }
        assertEquals(items, tableItems(local), "nothing written");

        // and its own school's list does not hold it either
        RunningStack.Response own = local.call("GET", "/schools/" + otherSchool.urn() + "/inductions", stranger, null);
        assertEquals(200, own.status(), own.body());
        own.json().get("items").forEach(i -> assertTrue(!i.get("inductionId").asText().equals(inductionId)));
    }
    @Test
    void aRetriedSubmissionWithItsIdempotencyKeyAnswersTheFirstResponseAndCreatesNothing() {
        // given a submission made with an Idempotency-Key
        String path = "/inductions/" + register(school, newTrn()) + "/assessments";
        String key = UUID.randomUUID().toString();
        String body = json(assessment("TERMLY", 1));
        RunningStack.Response first = local.call("POST", path, school.tutor().token(), body,
                Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.body());
        long items = tableItems(local);

        // when it is retried with the same key and body, then with the same key and another body
        RunningStack.Response retry = local.call("POST", path, school.tutor().token(), body,
                Map.of("Idempotency-Key", key));
        RunningStack.Response mismatch = local.call("POST", path, school.tutor().token(),
                json(assessment("TERMLY", 1).put("daysAbsent", 3)), Map.of("Idempotency-Key", key));
        RunningStack.Response unkeyed = local.call("POST", path, school.tutor().token(), body);

        // then the retry is the first answer, the mismatch 422, a duplicate without a key 409, nothing new stored
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json(), retry.json());
        assertEquals(422, mismatch.status(), mismatch.body());
        assertEquals("idempotency_mismatch", mismatch.json().get("error").asText());
        assertEquals(409, unkeyed.status(), unkeyed.body());
        assertEquals("conflict", unkeyed.json().get("error").asText());
        assertEquals(items, tableItems(local));
    }

    @Test
    void twoHeadteacherSignaturesAtOnceOneWinsTheOtherIsAConflict() throws Exception {
        String inductionId = register(school, newTrn());
        assertEquals(201, local.call("POST", "/inductions/" + inductionId + "/assessments", school.tutor().token(),
                json(assessment("TERMLY", 1))).status());
        String sign = "/inductions/" + inductionId + "/assessments/T1-TERMLY/sign";

        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            Callable<Integer> signing = () -> {
                start.await();
                return local.call("POST", sign, school.headteacher().token(), null).status();
            };
            var a = pool.submit(signing);
            var b = pool.submit(signing);
            start.countDown();
            List<Integer> statuses = new ArrayList<>(List.of(a.get(), b.get()));
            Collections.sort(statuses);

            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        RunningStack.Response signed = local.call("GET", "/inductions/" + inductionId + "/assessments/T1-TERMLY",
                school.headteacher().token(), null);
        assertEquals("SIGNED", signed.json().get("status").asText());
        assertEquals(2, signed.json().get("version").asInt(), "signed once");
    }
}
