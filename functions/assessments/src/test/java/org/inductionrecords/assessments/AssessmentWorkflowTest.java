package org.inductionrecords.assessments;

import static org.inductionrecords.assessments.Fixtures.ECT_START;
import static org.inductionrecords.assessments.Fixtures.NQT_START;
import static org.inductionrecords.assessments.Fixtures.assessment;
import static org.inductionrecords.assessments.Fixtures.newTrn;
import static org.inductionrecords.assessments.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inductionrecords.assessments.Fixtures.School;
import org.inductionrecords.assessments.TestApi.Response;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The statutory workflow end to end through the function: register, assess, sign, acknowledge, decide. */
@Tag("emulators")
class AssessmentWorkflowTest {

    private static TestApi api;
    private static User abAdmin;
    private static final List<String> ROUND_TRIPS = new ArrayList<>();

    @BeforeAll
    static void stack() {
        api = new TestApi("assessments-workflow");
        abAdmin = api.user(Role.AB_ADMIN, null);
    }

    @AfterAll
    static void printRoundTrips() {
        System.out.println("DynamoDB round trips per request (AssessmentWorkflowTest):");
        ROUND_TRIPS.forEach(line -> System.out.println("  " + line));
    }

    private static Response record(String label, Response response) {
        ROUND_TRIPS.add(label + " -> " + response.status() + " " + api.lastRoundTrips);
        return response;
    }

    private static String register(School school, String trn, String programme, LocalDate start) {
        Response created = record("POST /schools/{urn}/inductions", api.post(school.coordinator(),
                "/schools/" + school.urn() + "/inductions", registration(trn, programme, start, school.tutor().userId())));
        assertEquals(201, created.status(), created.body());
        return created.text("inductionId");
    }

    private static void submitSignAcknowledge(School school, User teacher, String inductionId, String kind, int term,
                                              LocalDate start) {
        Response submitted = record("POST assessments", api.post(school.tutor(),
                "/inductions/" + inductionId + "/assessments", assessment(kind, term, start)));
        assertEquals(201, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.text("status"));
        String id = submitted.text("assessmentId");
        assertEquals("T" + term + "-" + kind, id);
        Response signed = record("POST sign", api.post(school.headteacher(),
                "/inductions/" + inductionId + "/assessments/" + id + "/sign", ""));
        assertEquals(200, signed.status(), signed.body());
        assertEquals("SIGNED", signed.text("status"));
        assertEquals(school.headteacher().userId(), signed.text("signedBy"));
        Response acknowledged = record("POST acknowledge", api.post(teacher,
                "/inductions/" + inductionId + "/assessments/" + id + "/acknowledge", Map.of("comment", "Agreed.")));
        assertEquals(200, acknowledged.status(), acknowledged.body());
        assertEquals("ACKNOWLEDGED", acknowledged.text("status"));
        assertEquals(3, acknowledged.json().path("version").asInt());
    }

    @Test
    void nqtProgrammeRunsTwoTermlyAssessmentsAndAFinalToAPass() {
        School school = Fixtures.school(api);
        String trn = newTrn();
        User teacher = api.nqt(school.urn(), trn);
        String inductionId = register(school, trn, "NQT", NQT_START);

        submitSignAcknowledge(school, teacher, inductionId, "TERMLY", 1, NQT_START);
        submitSignAcknowledge(school, teacher, inductionId, "TERMLY", 2, NQT_START);
        submitSignAcknowledge(school, teacher, inductionId, "FINAL", 3, NQT_START);

        Response outcome = record("POST outcome", api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "PASSED", "outcomeDate", "2022-07-15")));
        assertEquals(200, outcome.status(), outcome.body());
        assertEquals("PASSED", outcome.text("status"));
        assertEquals("PASSED", outcome.text("outcome"));
        assertEquals("2022-07-15", outcome.text("outcomeDate"));
        assertEquals("2028-07-15", outcome.text("retentionEnds"));

        Response list = record("GET assessments", api.get(teacher, "/inductions/" + inductionId + "/assessments"));
        assertEquals(200, list.status(), list.body());
        assertEquals(3, list.json().path("items").size());
        record("GET induction", api.get(teacher, "/inductions/" + inductionId));
        record("GET assessment", api.get(teacher, "/inductions/" + inductionId + "/assessments/T3-FINAL"));

        // Every change left its audit event (written in its transaction), ids only.
        var trail = api.dynamo.query(b -> b.tableName(api.stack.tableName()).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", software.amazon.awssdk.services.dynamodb.model.AttributeValue
                        .fromS("AUDIT#INDUCTION#" + inductionId)))).items();
        Map<String, Long> actions = new java.util.TreeMap<>();
        trail.forEach(event -> actions.merge(event.get("action").s(), 1L, Long::sum));
        assertEquals(Map.of("INDUCTION_REGISTERED", 1L, "ASSESSMENT_SUBMITTED", 3L, "ASSESSMENT_SIGNED", 3L,
                "ASSESSMENT_ACKNOWLEDGED", 3L, "OUTCOME_RECORDED", 1L, "LISTED", 1L, "INDUCTION_READ", 1L,
                "ASSESSMENT_READ", 1L), actions);
        String everything = trail.toString();
        for (String personal : new String[] {"Lovelace", "Ada", "1995-12-10", "Agreed.", "Good progress", "Evidence"}) {
            assertFalse(everything.contains(personal), personal);
        }
    }

    @Test
    void ectProgrammeRunsFourProgressReviewsAFormalAndAFinalToAPass() {
        School school = Fixtures.school(api);
        String trn = newTrn();
        User teacher = api.nqt(school.urn(), trn);
        String inductionId = register(school, trn, "ECT", ECT_START);

        for (int term : new int[] {1, 2, 4, 5}) {
            submitSignAcknowledge(school, teacher, inductionId, "PROGRESS_REVIEW", term, ECT_START);
        }
        submitSignAcknowledge(school, teacher, inductionId, "FORMAL", 3, ECT_START);
        submitSignAcknowledge(school, teacher, inductionId, "FINAL", 6, ECT_START);

        Response outcome = api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "PASSED", "outcomeDate", "2025-09-01"));
        assertEquals(200, outcome.status(), outcome.body());
        assertEquals("PASSED", outcome.text("status"));
        assertEquals(6, api.get(teacher, "/inductions/" + inductionId + "/assessments").json().path("items").size());
    }

    @Test
    void aPassFreesTheTrnForANewInductionButNotBefore() {
        School school = Fixtures.school(api);
        String trn = newTrn();
        User teacher = api.nqt(school.urn(), trn);
        String inductionId = register(school, trn, "NQT", NQT_START);
        Response second = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                registration(trn, "ECT", ECT_START, school.tutor().userId()));
        assertEquals(409, second.status(), second.body());

        submitSignAcknowledge(school, teacher, inductionId, "FINAL", 3, NQT_START);
        assertEquals(200, api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "FAILED", "outcomeDate", "2022-07-15")).status());

        assertEquals(201, api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                registration(trn, "ECT", ECT_START, school.tutor().userId())).status());
    }

    @Test
    void outcomeWithoutASignedFinalIsAConflictAndChangesNothing() {
        School school = Fixtures.school(api);
        String inductionId = register(school, newTrn(), "NQT", NQT_START);
        assertEquals(201, api.post(school.tutor(), "/inductions/" + inductionId + "/assessments",
                assessment("FINAL", 3, NQT_START)).status());
        long before = api.itemCount();

        Response outcome = api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "PASSED", "outcomeDate", "2022-07-15"));

        assertEquals(409, outcome.status(), outcome.body());
        assertEquals(before, api.itemCount());
        assertEquals("IN_PROGRESS", api.get(abAdmin, "/inductions/" + inductionId).text("status"));
    }

    @Test
    void outcomeDateInTheFutureOrBeforeTheStartIsRefused() {
        School school = Fixtures.school(api);
        String inductionId = register(school, newTrn(), "NQT", NQT_START);
        Response future = api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "EXTENDED", "outcomeDate", TestApi.today().plusDays(2).toString(),
                        "extensionTerms", 1));
        assertEquals(400, future.status(), future.body());
        assertEquals("outcomeDate", future.json().path("details").get(0).path("field").asText());

        Response early = api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "EXTENDED", "outcomeDate", "2021-05-31", "extensionTerms", 1));
        assertEquals(400, early.status(), early.body());
    }

    @Test
    void retentionOfAnOutcomeOn29FebruaryEndsOn28FebruarySixYearsLater() {
        School school = Fixtures.school(api);
        User teacher = api.nqt(school.urn(), newTrn());
        String trn = teacher.trn().orElseThrow();
        String inductionId = register(school, trn, "NQT", NQT_START);
        submitSignAcknowledge(school, teacher, inductionId, "FINAL", 3, NQT_START);

        Response outcome = api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "PASSED", "outcomeDate", "2024-02-29"));

        assertEquals(200, outcome.status(), outcome.body());
        assertEquals("2030-02-28", outcome.text("retentionEnds"));
        var item = api.dynamo.getItem(b -> b.tableName(api.stack.tableName())
                .key(org.inductionrecords.store.InductionItems.key(inductionId))).item();
        assertEquals("RETENTION", item.get("retentionPk").s());
        assertEquals("2030-02-28#" + inductionId, item.get("retentionSk").s());
    }

    @Test
    void anExtensionKeepsTheInductionInProgressAndMovesTheFinalToTheNewLastTerm() {
        School school = Fixtures.school(api);
        User teacher = api.nqt(school.urn(), newTrn());
        String inductionId = register(school, teacher.trn().orElseThrow(), "NQT", NQT_START);
        submitSignAcknowledge(school, teacher, inductionId, "FINAL", 3, NQT_START);

        Response extended = api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "EXTENDED", "outcomeDate", "2022-07-15", "extensionTerms", 1.5));
        assertEquals(200, extended.status(), extended.body());
        assertEquals("IN_PROGRESS", extended.text("status"));
        assertEquals("1.5", extended.json().path("extensionTerms").asText());

        // 1.5 terms = two more assessed terms: TERMLY at 4, FINAL at 5.
        assertEquals(400, api.post(school.tutor(), "/inductions/" + inductionId + "/assessments",
                assessment("FINAL", 4, NQT_START)).status());
        assertEquals(201, api.post(school.tutor(), "/inductions/" + inductionId + "/assessments",
                assessment("TERMLY", 4, NQT_START)).status());
        // The old final does not carry a pass any more.
        assertEquals(409, api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "PASSED", "outcomeDate", "2023-03-01")).status());
        submitSignAcknowledge(school, teacher, inductionId, "FINAL", 5, NQT_START);
        assertEquals(200, api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "PASSED", "outcomeDate", "2023-03-01")).status());
    }

    @Test
    void twoConcurrentSignsOneWinsTheOtherIsAConflict() throws Exception {
        School school = Fixtures.school(api);
        String inductionId = register(school, newTrn(), "NQT", NQT_START);
        assertEquals(201, api.post(school.tutor(), "/inductions/" + inductionId + "/assessments",
                assessment("TERMLY", 1, NQT_START)).status());
        String path = "/inductions/" + inductionId + "/assessments/T1-TERMLY/sign";

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api.sendConcurrently(school.headteacher(), "POST", path, null);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> result : results) {
                statuses.add(result.get().status());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        var signed = api.get(school.headteacher(), "/inductions/" + inductionId + "/assessments/T1-TERMLY");
        assertEquals("SIGNED", signed.text("status"));
        assertEquals(2, signed.json().path("version").asInt());
    }

    @Test
    void eachWorkflowStepHappensOnceInOrderByItsOwnRole() {
        School school = Fixtures.school(api);
        User teacher = api.nqt(school.urn(), newTrn());
        String inductionId = register(school, teacher.trn().orElseThrow(), "NQT", NQT_START);
        String base = "/inductions/" + inductionId + "/assessments/T1-TERMLY";
        assertEquals(201, api.post(school.tutor(), "/inductions/" + inductionId + "/assessments",
                assessment("TERMLY", 1, NQT_START)).status());

        assertEquals(409, api.post(teacher, base + "/acknowledge", "").status(), "not signed yet");
        assertEquals(403, api.post(school.tutor(), base + "/sign", "").status(), "tutor cannot sign");
        assertEquals(403, api.post(school.coordinator(), base + "/sign", "").status());
        assertEquals(200, api.post(school.headteacher(), base + "/sign", "").status());
        assertEquals(409, api.post(school.headteacher(), base + "/sign", "").status(), "signed once");
        assertEquals(403, api.post(school.headteacher(), base + "/acknowledge", "").status());
        User otherTeacher = api.nqt(school.urn(), newTrn());
        assertEquals(404, api.post(otherTeacher, base + "/acknowledge", "").status(), "not their induction");
        assertEquals(200, api.post(teacher, base + "/acknowledge", "").status());
        assertEquals(409, api.post(teacher, base + "/acknowledge", "").status(), "acknowledged once");
    }

    @Test
    void assessmentsCanBeSubmittedOnlyWhileInProgress() {
        School school = Fixtures.school(api);
        User teacher = api.nqt(school.urn(), newTrn());
        String inductionId = register(school, teacher.trn().orElseThrow(), "NQT", NQT_START);
        submitSignAcknowledge(school, teacher, inductionId, "FINAL", 3, NQT_START);
        assertEquals(200, api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "PASSED", "outcomeDate", "2022-07-15")).status());

        assertEquals(409, api.post(school.tutor(), "/inductions/" + inductionId + "/assessments",
                assessment("TERMLY", 1, NQT_START)).status());
        assertEquals(409, api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "FAILED", "outcomeDate", "2022-07-15")).status(), "decided once");
    }

    @Test
    void legalHoldIsSetAndLiftedByTheAppropriateBodyOnly() {
        School school = Fixtures.school(api);
        String inductionId = register(school, newTrn(), "NQT", NQT_START);
        String path = "/inductions/" + inductionId + "/legal-hold";

        assertEquals(403, api.post(school.coordinator(), path, Map.of("hold", true, "reason", "claim")).status());
        Response held = record("POST legal-hold", api.post(abAdmin, path, Map.of("hold", true, "reason", "Claim pending")));
        assertEquals(200, held.status(), held.body());
        assertTrue(held.json().path("legalHold").asBoolean());
        Response lifted = api.post(abAdmin, path, Map.of("hold", false, "reason", "Claim settled"));
        assertFalse(lifted.json().path("legalHold").asBoolean());
        assertEquals(400, api.post(abAdmin, path, Map.of("hold", "yes", "reason", "x")).status());
    }
}
