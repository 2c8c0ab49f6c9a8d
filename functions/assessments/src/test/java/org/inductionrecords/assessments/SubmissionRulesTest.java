package org.inductionrecords.assessments;

import static org.inductionrecords.assessments.Fixtures.ECT_START;
import static org.inductionrecords.assessments.Fixtures.NQT_START;
import static org.inductionrecords.assessments.Fixtures.assessment;
import static org.inductionrecords.assessments.Fixtures.newTrn;
import static org.inductionrecords.assessments.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inductionrecords.assessments.Fixtures.School;
import org.inductionrecords.assessments.TestApi.Response;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which assessment may be submitted, by whom, once; registration's rules; idempotent retries. */
@Tag("emulators")
class SubmissionRulesTest {

    private static final List<String> KINDS = List.of("TERMLY", "PROGRESS_REVIEW", "FORMAL", "FINAL", "INTERIM");
    private static TestApi api;
    private static User abAdmin;
    private static final List<String> ROUND_TRIPS = new ArrayList<>();

    @BeforeAll
    static void stack() {
        api = new TestApi("assessments-rules");
        abAdmin = api.user(Role.AB_ADMIN, null);
    }

    @AfterAll
    static void printRoundTrips() {
        System.out.println("DynamoDB round trips per request (SubmissionRulesTest):");
        ROUND_TRIPS.forEach(line -> System.out.println("  " + line));
    }

    private static Response recorded(String label, Response response) {
        ROUND_TRIPS.add(label + " -> " + response.status() + " " + api.lastRoundTrips);
        return response;
    }

    private static String register(School school, String programme, LocalDate start) {
        Response created = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                registration(newTrn(), programme, start, school.tutor().userId()));
        assertEquals(201, created.status(), created.body());
        return created.text("inductionId");
    }

    private static Map<String, Object> body(String kind, int term, LocalDate start) {
        Map<String, Object> body = assessment(kind, term, start);
        body.put("periodStart", start.toString());
        body.put("periodEnd", start.plusMonths(1).toString());
        return body;
    }

    private static void everyPairIsAllowedExactlyWhereTheProgrammeSaysSo(String programme, LocalDate start,
                                                                          Map<String, Set<Integer>> allowed) {
        School school = Fixtures.school(api);
        String inductionId = register(school, programme, start);
        List<String> wrong = new ArrayList<>();
        for (String kind : KINDS) {
            for (int term = 1; term <= 12; term++) {
                boolean expected = allowed.getOrDefault(kind, Set.of()).contains(term);
                Response response = api.post(school.tutor(), "/inductions/" + inductionId + "/assessments",
                        body(kind, term, start));
                boolean refusedForKind = response.status() == 400
                        && response.json().path("details").get(0).path("field").asText().equals("kind");
                if (expected ? response.status() != 201 : !refusedForKind) {
                    wrong.add(kind + " at term " + term + ": " + response);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void nqtAcceptsTermlyAtOneAndTwoFinalAtThreeInterimAnywhereAndRefusesEveryOtherPair() {
        everyPairIsAllowedExactlyWhereTheProgrammeSaysSo("NQT", NQT_START, Map.of(
                "TERMLY", Set.of(1, 2), "FINAL", Set.of(3), "INTERIM", Set.of(1, 2, 3)));
    }

    @Test
    void ectAcceptsReviewsAtOneTwoFourFiveFormalAtThreeFinalAtSixAndRefusesEveryOtherPair() {
        everyPairIsAllowedExactlyWhereTheProgrammeSaysSo("ECT", ECT_START, Map.of(
                "PROGRESS_REVIEW", Set.of(1, 2, 4, 5), "FORMAL", Set.of(3), "FINAL", Set.of(6),
                "INTERIM", Set.of(1, 2, 3, 4, 5, 6)));
    }

    @Test
    void aSecondAssessmentOfTheSameKindAndTermIsAConflict() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "NQT", NQT_START);
        String path = "/inductions/" + inductionId + "/assessments";
        assertEquals(201, api.post(school.tutor(), path, assessment("TERMLY", 1, NQT_START)).status());
        long before = api.itemCount();

        Response duplicate = api.post(school.headteacher(), path, assessment("TERMLY", 1, NQT_START));

        assertEquals(409, duplicate.status(), duplicate.body());
        assertEquals(before, api.itemCount());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstResponseAndCreatesNothing() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "NQT", NQT_START);
        String path = "/inductions/" + inductionId + "/assessments";
        Map<String, String> key = Map.of("Idempotency-Key", "4f7c1d2e-retry-1");
        Response first = recorded("POST assessments (new key)",
                api.post(school.tutor(), path, assessment("TERMLY", 1, NQT_START), key));
        assertEquals(201, first.status(), first.body());
        long before = api.itemCount();

        Response retry = recorded("POST assessments (retry, same key)",
                api.post(school.tutor(), path, assessment("TERMLY", 1, NQT_START), key));

        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.body(), retry.body());
        assertEquals(before, api.itemCount());
    }

    @Test
    void theSameIdempotencyKeyWithADifferentBodyIs422AndCreatesNothing() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "NQT", NQT_START);
        String path = "/inductions/" + inductionId + "/assessments";
        Map<String, String> key = Map.of("Idempotency-Key", "key-reused");
        assertEquals(201, api.post(school.tutor(), path, assessment("TERMLY", 1, NQT_START), key).status());
        long before = api.itemCount();

        Response other = recorded("POST assessments (same key, other body)",
                api.post(school.tutor(), path, assessment("TERMLY", 2, NQT_START), key));

        assertEquals(422, other.status(), other.body());
        assertEquals("idempotency_mismatch", other.text("error"));
        assertEquals(before, api.itemCount());
        assertEquals(404, api.get(school.tutor(), path + "/T2-TERMLY").status());
    }

    @Test
    void submissionTakesTheCallersReadTheInductionsReadTheTermDatesAndOneTransaction() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "NQT", NQT_START);

        Response created = recorded("POST assessments (no key)", api.post(school.tutor(),
                "/inductions/" + inductionId + "/assessments", assessment("TERMLY", 1, NQT_START)));

        assertEquals(201, created.status());
        // The core decides on the induction read (its schedule depends on FTE, extensions, reductions and
        // absence), and the absence it records is written back at that version; the answer's dueDate is computed
        // from the term dates (one small Query, contract section 7).
        assertEquals(Map.of("GetItem", 2, "Query", 1, "TransactWriteItems", 1), api.lastRoundTrips);
    }

    @Test
    void aTutorOfAnotherSchoolNeitherSeesNorAssessesTheInduction() {
        School school = Fixtures.school(api);
        School other = Fixtures.school(api);
        String inductionId = register(school, "NQT", NQT_START);
        String path = "/inductions/" + inductionId;
        User unassigned = api.user(Role.INDUCTION_TUTOR, school.urn());
        long before = api.itemCount();

        assertEquals(404, api.post(other.tutor(), path + "/assessments", assessment("TERMLY", 1, NQT_START)).status());
        assertEquals(404, api.post(other.headteacher(), path + "/assessments", assessment("TERMLY", 1, NQT_START)).status());
        assertEquals(404, api.get(other.tutor(), path).status());
        assertEquals(404, api.get(other.coordinator(), path + "/assessments").status());
        assertEquals(404, api.post(unassigned, path + "/assessments", assessment("TERMLY", 1, NQT_START)).status());
        assertEquals(403, api.post(school.coordinator(), path + "/assessments", assessment("TERMLY", 1, NQT_START)).status());
        assertEquals(before, api.itemCount());
    }

    @Test
    void anNqtReadsItsOwnAssessmentsButNotSomeoneElses() {
        School school = Fixtures.school(api);
        String trn = newTrn();
        User teacher = api.nqt(school.urn(), trn);
        User classmate = api.nqt(school.urn(), newTrn());
        Response created = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                registration(trn, "NQT", NQT_START, school.tutor().userId()));
        String path = "/inductions/" + created.text("inductionId") + "/assessments";
        assertEquals(201, api.post(school.tutor(), path, assessment("TERMLY", 1, NQT_START)).status());

        assertEquals(200, api.get(teacher, path + "/T1-TERMLY").status());
        Response foreign = api.get(classmate, path + "/T1-TERMLY");
        assertEquals(404, foreign.status());
        assertTrue(!foreign.body().contains("Good progress"), "no data in the refusal");
        assertEquals(404, api.get(classmate, path).status());
    }

    @Test
    void periodsMustLieInsideTheInductionAndNotInTheFuture() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "NQT", NQT_START);
        String path = "/inductions/" + inductionId + "/assessments";
        Map<String, Object> early = assessment("TERMLY", 1, NQT_START);
        early.put("periodStart", NQT_START.minusDays(1).toString());
        assertEquals("periodStart", api.post(school.tutor(), path, early).json().path("details").get(0).path("field").asText());
        Map<String, Object> future = assessment("TERMLY", 1, NQT_START);
        future.put("periodEnd", TestApi.today().plusDays(1).toString());
        assertEquals(400, api.post(school.tutor(), path, future).status());
        Map<String, Object> backwards = assessment("TERMLY", 1, NQT_START);
        backwards.put("periodEnd", NQT_START.minusDays(1).toString());
        backwards.put("periodStart", NQT_START.toString());
        assertEquals(400, api.post(school.tutor(), path, backwards).status());
    }

    @Test
    void standardsAreRequiredOnFormalAndFinalAndARecommendationOnlyAndAlwaysOnFinal() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "ECT", ECT_START);
        String path = "/inductions/" + inductionId + "/assessments";
        Map<String, Object> formal = body("FORMAL", 3, ECT_START);
        formal.remove("standards");
        assertEquals(400, api.post(school.tutor(), path, formal).status());
        Map<String, Object> partial = body("FORMAL", 3, ECT_START);
        Map<String, Object> standards = new LinkedHashMap<>(Fixtures.standards("MEETING"));
        standards.remove("PART2");
        partial.put("standards", standards);
        assertEquals("standards.PART2", api.post(school.tutor(), path, partial).json().path("details").get(0).path("field").asText());
        Map<String, Object> finalWithout = body("FINAL", 6, ECT_START);
        finalWithout.remove("recommendation");
        assertEquals(400, api.post(school.tutor(), path, finalWithout).status());
        Map<String, Object> reviewWith = body("PROGRESS_REVIEW", 1, ECT_START);
        reviewWith.put("recommendation", "PASS");
        assertEquals(400, api.post(school.tutor(), path, reviewWith).status());
        assertEquals(201, api.post(school.headteacher(), path, body("FORMAL", 3, ECT_START)).status());
    }

    @Test
    void anExtendedEctInductionTakesReviewsInItsExtraTermsAndItsFinalAtTheNewLastTerm() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "ECT", ECT_START);
        String path = "/inductions/" + inductionId + "/assessments";
        assertEquals(200, api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "EXTENDED", "outcomeDate", "2024-01-10", "extensionTerms", 0.5)).status());
        assertEquals(200, api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "EXTENDED", "outcomeDate", "2024-02-10", "extensionTerms", 1)).status());

        // 1.5 terms in all: two more assessed terms, 7 and 8; the final moves from 6 to 8.
        Response oldFinal = api.post(school.tutor(), path, body("FINAL", 6, ECT_START));
        assertEquals(400, oldFinal.status(), oldFinal.body());
        assertEquals("kind", oldFinal.json().path("details").get(0).path("field").asText());
        assertEquals(400, api.post(school.tutor(), path, body("FINAL", 7, ECT_START)).status());
        assertEquals(400, api.post(school.tutor(), path, body("INTERIM", 9, ECT_START)).status());
        for (int term : new int[] {6, 7}) {
            Response review = api.post(school.tutor(), path, body("PROGRESS_REVIEW", term, ECT_START));
            assertEquals(201, review.status(), review.body());
        }
        assertEquals(201, api.post(school.tutor(), path, body("FINAL", 8, ECT_START)).status());
        assertEquals(201, api.post(school.tutor(), path, body("INTERIM", 8, ECT_START)).status());
    }

    @Test
    void givenTwoReviewsAbsent20And15DaysWhenTheFinalIsSubmittedThenItFallsAtTerm7NotTerm6() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "ECT", ECT_START);
        String path = "/inductions/" + inductionId + "/assessments";
        for (int[] termAndDays : new int[][] {{1, 20}, {2, 15}}) {
            Map<String, Object> review = body("PROGRESS_REVIEW", termAndDays[0], ECT_START);
            review.put("daysAbsent", termAndDays[1]);
            assertEquals(201, api.post(school.tutor(), path, review).status());
        }

        // 35 days in induction year 1 extend it by 0.6 terms (DOMAIN.md "Absence"): 6.6 terms, so term 7.
        Response atSix = api.post(school.tutor(), path, body("FINAL", 6, ECT_START));
        assertEquals(400, atSix.status(), atSix.body());
        assertEquals("kind", atSix.json().path("details").get(0).path("field").asText());
        assertEquals(201, api.post(school.tutor(), path, body("PROGRESS_REVIEW", 6, ECT_START)).status());
        assertEquals(201, api.post(school.tutor(), path, body("FINAL", 7, ECT_START)).status());
    }

    @Test
    void givenAnAcceptedSubmissionWhenItsRetryIsNoLongerAllowedByTheRulesThenTheFirstAnswerIsReplayed() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "NQT", NQT_START);
        String path = "/inductions/" + inductionId + "/assessments";
        Map<String, String> key = Map.of("Idempotency-Key", "retry-after-pass");
        Response first = api.post(school.tutor(), path, assessment("FINAL", 3, NQT_START), key);
        assertEquals(201, first.status(), first.body());
        assertEquals(200, api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "EXTENDED", "outcomeDate", "2022-01-10", "extensionTerms", 1)).status());

        Response retry = api.post(school.tutor(), path, assessment("FINAL", 3, NQT_START), key);

        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.body(), retry.body());
    }

    @Test
    void twoConcurrentIdenticalSubmissionsCreateOneAssessment() throws Exception {
        School school = Fixtures.school(api);
        String inductionId = register(school, "NQT", NQT_START);
        String json = org.inductionrecords.json.Json.write(assessment("TERMLY", 2, NQT_START));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api.sendConcurrently(school.tutor(), "POST", "/inductions/" + inductionId + "/assessments", json);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var result : results) {
                statuses.add(result.get().status());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, api.get(school.tutor(), "/inductions/" + inductionId + "/assessments").json().path("items").size());
    }

    @Test
    void theLongestAllowedAssessmentIsStoredAndReplayed() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "NQT", NQT_START);
        Map<String, Object> longest = assessment("FINAL", 3, NQT_START);
        Map<String, Object> standards = new LinkedHashMap<>();
        Fixtures.standards("NOT_MEETING").keySet().forEach(name -> standards.put(name,
                Map.of("rating", "NOT_MEETING", "comment", "\"quoted\" evidence\n".repeat(500))));
        longest.put("standards", standards);
        longest.put("summary", "s".repeat(10_000));
        Map<String, String> key = Map.of("Idempotency-Key", "longest");
        String path = "/inductions/" + inductionId + "/assessments";

        Response first = api.post(school.tutor(), path, longest, key);
        Response retry = api.post(school.tutor(), path, longest, key);

        assertEquals(201, first.status(), first.toString().substring(0, 200));
        assertEquals(first.body(), retry.body());
        assertEquals(10_000, api.get(school.tutor(), path + "/T3-FINAL").json().path("summary").asText().length());
    }

    @Test
    void rolesThatNeverSubmitAreRefusedWith403OnInductionsTheySee() {
        School school = Fixtures.school(api);
        String trn = newTrn();
        User teacher = api.nqt(school.urn(), trn);
        Response created = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                registration(trn, "NQT", NQT_START, school.tutor().userId()));
        String path = "/inductions/" + created.text("inductionId") + "/assessments";
        long before = api.itemCount();
        for (User caller : List.of(abAdmin, school.coordinator(), teacher)) {
            Response refused = recorded("POST assessments (" + caller.role() + ")",
                    api.post(caller, path, assessment("TERMLY", 1, NQT_START)));
            assertEquals(403, refused.status(), caller.role() + ": " + refused.body());
        }
        User suspended = api.user(Role.HEADTEACHER, school.urn(), Optional.empty(), UserStatus.SUSPENDED);
        assertEquals(403, api.post(suspended, path, assessment("TERMLY", 1, NQT_START)).status());
        assertEquals(before + 1, api.itemCount(), "only the suspended user's seeded item");
    }

    @Test
    void aRefusedSubmissionIsExplainedFromTheInductionRead() {
        School school = Fixtures.school(api);
        String inductionId = register(school, "ECT", ECT_START);
        String path = "/inductions/" + inductionId + "/assessments";
        Response wrongProgramme = recorded("POST assessments (refused by the rules)",
                api.post(school.tutor(), path, body("TERMLY", 1, ECT_START)));
        assertEquals(400, wrongProgramme.status());
        assertTrue(wrongProgramme.json().path("details").get(0).path("message").asText().contains("ECT"));
        assertEquals(404, api.post(school.tutor(), "/inductions/00000000-0000-0000-0000-000000000000/assessments",
                body("PROGRESS_REVIEW", 1, ECT_START)).status());
    }

    // ---------------------------------------------------------------- registration

    @Test
    void oneInductionInProgressPerTrnAcrossSchools() {
        School school = Fixtures.school(api);
        School other = Fixtures.school(api);
        String trn = newTrn();
        assertEquals(201, api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                registration(trn, "ECT", ECT_START, school.tutor().userId())).status());
        long before = api.itemCount();

        Response again = api.post(other.coordinator(), "/schools/" + other.urn() + "/inductions",
                registration(trn, "ECT", ECT_START, other.tutor().userId()));

        assertEquals(409, again.status(), again.body());
        assertEquals(before, api.itemCount());
    }

    @Test
    void registrationNeedsTheSchoolsCoordinatorOrTheAppropriateBody() {
        School school = Fixtures.school(api);
        School other = Fixtures.school(api);
        String path = "/schools/" + school.urn() + "/inductions";
        Map<String, Object> body = registration(newTrn(), "ECT", ECT_START, school.tutor().userId());
        assertEquals(404, api.post(other.coordinator(), path, body).status());
        assertEquals(403, api.post(school.headteacher(), path, body).status());
        assertEquals(403, api.post(school.tutor(), path, body).status());
        Response created = recorded("POST /schools/{urn}/inductions (AB admin)", api.post(abAdmin, path, body));
        assertEquals(201, created.status(), created.body());
        assertEquals("IN_PROGRESS", created.text("status"));
        assertEquals(school.urn(), created.text("schoolUrn"));
        assertEquals("Lovelace", created.json().path("teacher").path("familyName").asText());
    }

    @Test
    void theTutorMustBeAnActiveTutorOfThatSchoolAndTheSchoolMustExist() {
        School school = Fixtures.school(api);
        School other = Fixtures.school(api);
        String path = "/schools/" + school.urn() + "/inductions";
        long before = api.itemCount();
        assertEquals(400, api.post(school.coordinator(), path,
                registration(newTrn(), "ECT", ECT_START, other.tutor().userId())).status());
        assertEquals(400, api.post(school.coordinator(), path,
                registration(newTrn(), "ECT", ECT_START, school.headteacher().userId())).status());
        User suspended = api.user(Role.INDUCTION_TUTOR, school.urn(), Optional.empty(), UserStatus.SUSPENDED);
        assertEquals(400, api.post(school.coordinator(), path,
                registration(newTrn(), "ECT", ECT_START, suspended.userId())).status());
        assertEquals(400, api.post(school.coordinator(), path,
                registration(newTrn(), "ECT", ECT_START, "no-such-user")).status());
        String missingUrn = Fixtures.newUrn();
        User strayTutor = api.user(Role.INDUCTION_TUTOR, missingUrn);
        assertEquals(404, api.post(abAdmin, "/schools/" + missingUrn + "/inductions",
                registration(newTrn(), "ECT", ECT_START, strayTutor.userId())).status());
        assertEquals(before + 2, api.itemCount(), "only the two seeded users were added");
    }

    @Test
    void theTeachersAgeAndTheProgrammesStartDatesArePlausible() {
        School school = Fixtures.school(api);
        String path = "/schools/" + school.urn() + "/inductions";
        Map<String, Object> young = registration(newTrn(), "ECT", ECT_START, school.tutor().userId());
        ((Map<String, Object>) young.get("teacher")).put("dateOfBirth", "2010-01-01");
        assertEquals("teacher.dateOfBirth", api.post(school.coordinator(), path, young).json()
                .path("details").get(0).path("field").asText());
        Map<String, Object> lateNqt = registration(newTrn(), "NQT", LocalDate.of(2022, 9, 1), school.tutor().userId());
        assertEquals("startDate", api.post(school.coordinator(), path, lateNqt).json()
                .path("details").get(0).path("field").asText());
    }

    @Test
    void givenAQtsDateAndATrainingProgrammeThenTheyAreRecordedAndAnswered() {
        School school = Fixtures.school(api);
        Map<String, Object> body = registration(newTrn(), "ECT", ECT_START, school.tutor().userId());
        body.put("qtsDate", "2023-07-14");
        body.put("trainingProgramme", "PROVIDER_LED");

        Response created = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions", body);

        assertEquals(201, created.status(), created.body());
        assertEquals("2023-07-14", created.text("qtsDate"));
        assertEquals("PROVIDER_LED", created.text("trainingProgramme"));
        Response read = api.get(school.coordinator(), "/inductions/" + created.text("inductionId"));
        assertEquals("PROVIDER_LED", read.text("trainingProgramme"));
        assertEquals("2023-07-14", read.text("qtsDate"));
    }

    @Test
    void givenAStartBeforeTheQtsDateOrATrainingProgrammeForAnNqtThenItIs400NamingTheFieldAndWritesNothing() {
        School school = Fixtures.school(api);
        String path = "/schools/" + school.urn() + "/inductions";
        long before = api.itemCount();
        Map<String, Object> early = registration(newTrn(), "ECT", ECT_START, school.tutor().userId());
        early.put("qtsDate", ECT_START.plusDays(1).toString());
        Map<String, Object> nqt = registration(newTrn(), "NQT", NQT_START, school.tutor().userId());
        nqt.put("trainingProgramme", "SCHOOL_LED");
        Map<String, Object> unknown = registration(newTrn(), "ECT", ECT_START, school.tutor().userId());
        unknown.put("trainingProgramme", "SELF_LED");

        assertEquals("startDate", api.post(school.coordinator(), path, early).json()
                .path("details").get(0).path("field").asText());
        assertEquals("trainingProgramme", api.post(school.coordinator(), path, nqt).json()
                .path("details").get(0).path("field").asText());
        assertEquals("trainingProgramme", api.post(school.coordinator(), path, unknown).json()
                .path("details").get(0).path("field").asText());
        assertEquals(before, api.itemCount());
        Map<String, Object> sameDay = registration(newTrn(), "ECT", ECT_START, school.tutor().userId());
        sameDay.put("qtsDate", ECT_START.toString());
        assertEquals(201, api.post(school.coordinator(), path, sameDay).status());
    }
}
