package org.inductionrecords.assessments;

import static org.inductionrecords.assessments.Fixtures.newTrn;
import static org.inductionrecords.assessments.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inductionrecords.assessments.Fixtures.School;
import org.inductionrecords.assessments.TestApi.Response;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.calendar.Term;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.calendar.TermName;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.store.TermDatesStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The AB's review, corrections and the task lists through the function (contract section 7), with "today" pinned
 * to 15 September 2026, so the deadlines asserted here never move: the races of corrections and signatures, and
 * the round trips of {@code GET /tasks} per role at 1 and at 50 inductions (docs/TABLE.md "Tasks").
 */
@Tag("emulators")
class ReviewAndTasksTest {

    /** Today for these tests: the autumn term of 2026/27 has begun (no dates recorded for it). */
    private static final Instant NOW = Instant.parse("2026-09-15T09:00:00Z");
    private static final LocalDate START = LocalDate.of(2025, 9, 3);

    private static TestApi api;
    private static User abAdmin;
    private static final List<String> ROUND_TRIPS = new ArrayList<>();

    @BeforeAll
    static void stackWithTermDates() {
        api = new TestApi("review-and-tasks", Clock.fixed(NOW, ZoneOffset.UTC));
        abAdmin = api.user(Role.AB_ADMIN, null);
        new TermDatesStore(api.dynamo, api.stack.tableName()).record(new TermDates(2025, List.of(
                        new Term(TermName.AUTUMN, START, LocalDate.of(2025, 12, 19)),
                        new Term(TermName.SPRING, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27)),
                        new Term(TermName.SUMMER, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22)))),
                AuditEvent.of(NOW, abAdmin.userId(), "TERM_DATES_RECORDED", "TERM_DATES", "2025", Optional.of("192.0.2.1"), Map.of()));
    }

    @AfterAll
    static void printRoundTrips() {
        System.out.println("DynamoDB round trips (ReviewAndTasksTest):");
        ROUND_TRIPS.forEach(line -> System.out.println("  " + line));
    }

    private static String registerEct(School school) {
        Map<String, Object> body = registration(newTrn(), "ECT", START, school.tutor().userId());
        Response created = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions", body);
        assertEquals(201, created.status(), created.body());
        return created.text("inductionId");
    }

    /** A body of the kind at this calendar term of an induction starting on {@link #START}, its period in the past. */
    private static Map<String, Object> body(String kind, int term, String summary) {
        Map<String, Object> body = new LinkedHashMap<>(Fixtures.assessment(kind, term, START));
        body.put("periodStart", START.toString());
        body.put("periodEnd", START.plusMonths(2).toString());
        body.put("summary", summary);
        return body;
    }

    private static String submit(School school, String inductionId, String kind, int term) {
        Response submitted = api.post(school.tutor(), "/inductions/" + inductionId + "/assessments",
                body(kind, term, "First draft"));
        assertEquals(201, submitted.status(), submitted.body());
        return submitted.text("assessmentId");
    }

    private static void sign(School school, String inductionId, String assessmentId) {
        Response signed = api.post(school.headteacher(), "/inductions/" + inductionId + "/assessments/" + assessmentId
                + "/sign", "");
        assertEquals(200, signed.status(), signed.body());
    }

    private static Response tasks(String label, User caller) {
        Response answer = api.get(caller, "/tasks");
        assertEquals(200, answer.status(), answer.body());
        ROUND_TRIPS.add(label + " -> " + api.lastRoundTrips);
        return answer;
    }

    private static int roundTrips() {
        return api.lastRoundTrips.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<String> types(Response tasks) {
        List<String> types = new ArrayList<>();
        tasks.json().path("items").forEach(task -> types.add(task.path("type").asText()));
        return types;
    }

    // ---------------------------------------------------------------- races

    /** Sends both at once from two threads; answers in the order given. */
    private static List<Response> race(User first, String firstMethod, String firstPath, String firstBody,
                                       User second, String secondMethod, String secondPath, String secondBody)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<Response> a = pool.submit(() -> {
                go.await();
                return api.sendConcurrently(first, firstMethod, firstPath, firstBody);
            });
            Future<Response> b = pool.submit(() -> {
                go.await();
                return api.sendConcurrently(second, secondMethod, secondPath, secondBody);
            });
            go.countDown();
            return List.of(a.get(), b.get());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * No write is lost: when the two overlap (both read the same version) one wins and the other is 409; when the
     * threads happen to run one after the other, the second applied to the version the first left (its version is
     * one more), so neither overwrote what it had not read.
     */
    private static boolean assertOneWinsOtherConflictsOrTheyRanInTurn(List<Response> answers) {
        List<Integer> statuses = answers.stream().map(Response::status).sorted().toList();
        if (statuses.equals(List.of(200, 409))) {
            assertEquals("conflict", answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow()
                    .text("error"));
            return true;
        }
        assertEquals(List.of(200, 200), statuses, answers.toString());
        List<Integer> versions = answers.stream().map(a -> a.json().path("version").asInt()).sorted().toList();
        assertEquals(versions.get(0) + 1, versions.get(1), answers.toString());
        return false;
    }

    @Test
    void givenTwoCorrectorsAtOnceThenOneWinsTheOther409AndExactlyOneNewVersionIsKept() throws Exception {
        School school = Fixtures.school(api);
        String inductionId = registerEct(school);
        String id = submit(school, inductionId, "PROGRESS_REVIEW", 1);
        String path = "/inductions/" + inductionId + "/assessments/" + id;

        List<Response> answers = race(school.tutor(), "PUT", path,
                org.inductionrecords.json.Json.write(body("PROGRESS_REVIEW", 1, "Tutor's correction")),
                school.headteacher(), "PUT", path,
                org.inductionrecords.json.Json.write(body("PROGRESS_REVIEW", 1, "Headteacher's correction")));

        boolean overlapped = assertOneWinsOtherConflictsOrTheyRanInTurn(answers);
        JsonNode versions = api.get(school.tutor(), path + "/versions").json().path("items");
        // every version written is kept: the first draft and one (overlapping) or two (in turn) corrections
        assertEquals(overlapped ? 2 : 3, versions.size(), versions.toString());
        assertEquals("First draft", versions.path(versions.size() - 1).path("summary").asText());
        Response last = answers.stream().filter(a -> a.status() == 200)
                .max(java.util.Comparator.comparingInt(a -> a.json().path("version").asInt())).orElseThrow();
        assertEquals(last.text("summary"), versions.path(0).path("summary").asText());
    }

    @Test
    void givenACorrectionRacingASignatureThenOneWinsTheOther409AndTheRecordIsEitherSignedOrCorrected()
            throws Exception {
        School school = Fixtures.school(api);
        String inductionId = registerEct(school);
        String id = submit(school, inductionId, "FORMAL", 3);
        String path = "/inductions/" + inductionId + "/assessments/" + id;

        List<Response> answers = race(school.tutor(), "PUT", path,
                org.inductionrecords.json.Json.write(body("FORMAL", 3, "Corrected before signature")),
                school.headteacher(), "POST", path + "/sign", "");

        boolean overlapped = assertOneWinsOtherConflictsOrTheyRanInTurn(answers);
        JsonNode now = api.get(school.tutor(), path).json();
        if (overlapped) {
            boolean correctionWon = answers.get(0).status() == 200;
            assertEquals(correctionWon ? "SUBMITTED" : "SIGNED", now.path("status").asText(), now.toString());
            assertEquals(correctionWon ? "Corrected before signature" : "First draft", now.path("summary").asText());
            assertEquals(correctionWon, now.path("signedBy").isMissingNode(), now.toString());
        } else {
            // in turn, the only order both allow: corrected, then the correction signed (a signed one is not corrected)
            assertEquals("SIGNED", now.path("status").asText(), now.toString());
            assertEquals("Corrected before signature", now.path("summary").asText());
        }
    }

    // ---------------------------------------------------------------- review

    @Test
    void givenASignedFinalThenDecisionIsDue20WorkingDaysLaterAndAReturnStopsBothTheDecisionAndAPass() {
        School school = Fixtures.school(api);
        String inductionId = registerEct(school);
        String id = submit(school, inductionId, "FINAL", 6);
        sign(school, inductionId, id);

        JsonNode induction = api.get(abAdmin, "/inductions/" + inductionId).json();
        // signed 15 September 2026: 20 working days on (no bank holiday between) is 13 October 2026
        assertEquals("2026-10-13", induction.path("decisionDueBy").asText(), induction.toString());
        assertTrue(tasks("AB", abAdmin).body().contains("\"type\":\"DECISION_DUE\",\"inductionId\":\"" + inductionId));

        Response returned = api.post(abAdmin, "/inductions/" + inductionId + "/assessments/" + id + "/return",
                Map.of("comment", "TS3 evidence is missing."));
        assertEquals(200, returned.status(), returned.body());
        assertEquals("TS3 evidence is missing.", returned.text("returnComment"));
        assertEquals(abAdmin.userId(), returned.text("reviewedBy"));

        Response pass = api.post(abAdmin, "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "PASSED", "outcomeDate", "2026-09-14"));
        assertEquals(409, pass.status(), pass.body());
        assertTrue(api.get(abAdmin, "/inductions/" + inductionId).json().path("decisionDueBy").isMissingNode());
        String abTasks = tasks("AB", abAdmin).body();
        assertTrue(!abTasks.contains("\"inductionId\":\"" + inductionId), abTasks);
        assertTrue(tasks("headteacher", school.headteacher()).body().contains("CORRECTION_NEEDED"));
    }

    @Test
    void givenAProgressReviewSignedThenTheAbCannotApproveItAndItIsNotInTheReviewQueue() {
        School school = Fixtures.school(api);
        String inductionId = registerEct(school);
        String id = submit(school, inductionId, "PROGRESS_REVIEW", 1);
        sign(school, inductionId, id);

        Response approve = api.post(abAdmin, "/inductions/" + inductionId + "/assessments/" + id + "/approve", "");

        assertEquals(409, approve.status(), approve.body());
        assertTrue(!tasks("AB", abAdmin).body().contains(inductionId));
    }

    // ---------------------------------------------------------------- interims and due dates

    private static boolean has(Response tasks, String type, String inductionId) {
        for (JsonNode task : tasks.json().path("items")) {
            if (task.path("type").asText().equals(type) && task.path("inductionId").asText().equals(inductionId)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void givenATeacherWhoLeftAfterATermThenTheSchoolLeftsCoordinatorAndTutorOweAnInterimUntilTheTutorWritesIt() {
        School school = Fixtures.school(api);
        School other = Fixtures.school(api);
        String inductionId = registerEct(school);
        Response review = api.post(school.tutor(), "/inductions/" + inductionId + "/assessments",
                body("PROGRESS_REVIEW", 1, "Autumn"));
        assertEquals("2026-01-07", review.text("dueDate"), review.body());
        Response left = api.post(school.coordinator(), "/inductions/" + inductionId + "/leave",
                Map.of("leaveDate", "2026-01-30"));
        assertEquals(200, left.status(), left.body());

        Response coordinator = tasks("coordinator (one interim owed)", school.coordinator());
        // caller, the school's users, the school's interim queue
        assertEquals(3, roundTrips(), api.lastRoundTrips.toString());
        JsonNode interim = coordinator.json().path("items").path(0);
        assertEquals("INTERIM_NEEDED", interim.path("type").asText(), coordinator.body());
        assertEquals("T2-INTERIM", interim.path("assessmentId").asText());
        // left on Friday 30 January 2026: 10 working days later; overdue as of 15 September 2026
        assertEquals("2026-02-13", interim.path("dueDate").asText());
        assertTrue(interim.path("overdue").asBoolean());
        assertTrue(has(tasks("tutor (one interim owed)", school.tutor()), "INTERIM_NEEDED", inductionId));
        assertTrue(roundTrips() <= 4, api.lastRoundTrips.toString());
        assertTrue(!has(api.get(school.headteacher(), "/tasks"), "INTERIM_NEEDED", inductionId), "not the head's");
        assertTrue(!has(api.get(other.coordinator(), "/tasks"), "INTERIM_NEEDED", inductionId), "another school");

        // the school's tutor writes it while the teacher is LEFT: then nobody owes it
        Map<String, Object> interimBody = new LinkedHashMap<>(body("INTERIM", 2, "Interim on leaving"));
        interimBody.put("periodStart", "2026-01-05");
        interimBody.put("periodEnd", "2026-01-30");
        Response written = api.post(school.tutor(), "/inductions/" + inductionId + "/assessments", interimBody);
        assertEquals(201, written.status(), written.body());
        assertEquals("2026-02-13", written.text("dueDate"), "an interim's due date is its leaver's");
        assertTrue(!has(tasks("coordinator (interim written)", school.coordinator()), "INTERIM_NEEDED", inductionId));
        assertTrue(!has(api.get(school.tutor(), "/tasks"), "INTERIM_NEEDED", inductionId));

        // every answer with an assessment carries its due date
        String path = "/inductions/" + inductionId + "/assessments";
        Response one = api.get(school.coordinator(), path + "/T1-PROGRESS_REVIEW");
        assertEquals("2026-01-07", one.text("dueDate"), one.body());
        // caller, induction and assessment, term dates, the read's audit event
        assertEquals(Map.of("GetItem", 1, "BatchGetItem", 1, "Query", 1, "PutItem", 1), api.lastRoundTrips);
        JsonNode list = api.get(school.coordinator(), path).json().path("items");
        assertEquals(List.of("2026-01-07", "2026-02-13"), List.of(list.path(0).path("dueDate").asText(),
                list.path(1).path("dueDate").asText()), list.toString());
        Response signed = api.post(school.headteacher(), path + "/T2-INTERIM/sign", "");
        assertEquals("2026-02-13", signed.text("dueDate"), signed.body());

        // the AB reviews an interim like any signed assessment, the teacher still LEFT (DOMAIN.md "The AB's review"):
        // returned, the school left's tutor has it to correct and corrects it
        Response returned = api.post(abAdmin, path + "/T2-INTERIM/return", Map.of("comment", "Say which standards."));
        assertEquals(200, returned.status(), returned.body());
        assertTrue(has(api.get(school.tutor(), "/tasks"), "CORRECTION_NEEDED", inductionId), "the tutor corrects it");
        interimBody.put("summary", "Interim on leaving: TS1-TS8 met.");
        Response corrected = api.put(school.tutor(), path + "/T2-INTERIM", interimBody);
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("SUBMITTED", corrected.text("status"));
    }

    @Test
    void givenATeacherWhoLeftBeforeAWholeTermThenNoInterimIsOwed() {
        School school = Fixtures.school(api);
        String inductionId = registerEct(school);
        Response left = api.post(school.coordinator(), "/inductions/" + inductionId + "/leave",
                Map.of("leaveDate", "2025-11-28"));
        assertEquals(200, left.status(), left.body());

        assertTrue(!has(tasks("coordinator (a leaver before a term)", school.coordinator()), "INTERIM_NEEDED",
                inductionId));
        assertTrue(!has(api.get(school.tutor(), "/tasks"), "INTERIM_NEEDED", inductionId));
    }

    // ---------------------------------------------------------------- schedule and round trips

    @Test
    void givenAnEctFromAutumn2025ThenItsScheduleAsOfSeptember2026IsOverdueDoneDueAndUpcoming() {
        School school = Fixtures.school(api);
        String inductionId = registerEct(school);
        submit(school, inductionId, "PROGRESS_REVIEW", 2);

        Response schedule = api.get(school.tutor(), "/inductions/" + inductionId + "/schedule");
        ROUND_TRIPS.add("GET /inductions/{id}/schedule -> " + api.lastRoundTrips);

        assertEquals(200, schedule.status(), schedule.body());
        JsonNode items = schedule.json().path("items");
        assertEquals(6, items.size());
        assertEquals("OVERDUE", items.path(0).path("status").asText());
        assertEquals("2026-01-07", items.path(0).path("dueDate").asText());
        assertEquals("2025-09-03", items.path(0).path("periodStart").asText());
        assertEquals("DONE", items.path(1).path("status").asText());
        assertEquals("T2-PROGRESS_REVIEW", items.path(1).path("assessmentId").asText());
        assertEquals("FORMAL", items.path(2).path("kind").asText());
        assertEquals("OVERDUE", items.path(2).path("status").asText());
        // 2026/27 has no term dates recorded: its autumn term is due from September, with no due date
        assertEquals("DUE", items.path(3).path("status").asText());
        assertTrue(items.path(3).path("dueDate").isMissingNode());
        assertEquals("UPCOMING", items.path(4).path("status").asText());
        assertEquals("FINAL", items.path(5).path("kind").asText());
        // caller, induction, assessments, term dates, the read's audit event
        assertEquals(5, roundTrips(), api.lastRoundTrips.toString());
    }

    @Test
    void givenAnEctFromAutumn2025ThenTheListsAndTheInductionShowItsNextAssessmentOverdueWithItsDueDate() {
        School school = Fixtures.school(api);
        String inductionId = registerEct(school);

        Response ofSchool = api.get(school.coordinator(), "/schools/" + school.urn() + "/inductions");
        ROUND_TRIPS.add("GET /schools/{urn}/inductions -> " + api.lastRoundTrips);
        int schoolTrips = roundTrips();
        Response across = api.get(abAdmin, "/inductions?urn=" + school.urn());
        ROUND_TRIPS.add("GET /inductions?urn= -> " + api.lastRoundTrips);
        int acrossTrips = roundTrips();
        // the induction itself says the same of its next assessment (one term-dates read more)
        Response one = api.get(school.coordinator(), "/inductions/" + inductionId);
        ROUND_TRIPS.add("GET /inductions/{id} -> " + api.lastRoundTrips);
        assertEquals("2026-01-07", one.json().path("nextAssessment").path("dueDate").asText(), one.body());
        assertEquals("OVERDUE", one.json().path("nextAssessment").path("status").asText(), one.body());

        for (Response list : List.of(ofSchool, across)) {
            assertEquals(200, list.status(), list.body());
            JsonNode next = list.json().path("items").path(0).path("nextAssessment");
            assertEquals(inductionId, list.json().path("items").path(0).path("inductionId").asText());
            // term 1 ended 19 December 2025: due 10 working days later, overdue on 15 September 2026
            assertEquals(1, next.path("term").asInt(), list.body());
            assertEquals("2026-01-07", next.path("dueDate").asText(), list.body());
            assertEquals("OVERDUE", next.path("status").asText(), list.body());
        }
        // caller, the page's Query, the term dates (once a page, whatever its size), the read's audit event
        assertEquals(4, schoolTrips, ROUND_TRIPS.toString());
        assertEquals(4, acrossTrips, ROUND_TRIPS.toString());
    }

    @Test
    void givenOneAndThenFiftyInductionsThenEachRolesTasksCostTheSameRoundTrips() {
        School school = Fixtures.school(api);
        User nqt = null;
        Map<String, Integer> atOne = new LinkedHashMap<>();
        Map<String, Integer> atFifty = new LinkedHashMap<>();
        for (int n = 1; n <= 50; n++) {
            String trn = newTrn();
            Response created = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                    registration(trn, "ECT", START, school.tutor().userId()));
            assertEquals(201, created.status(), created.body());
            String inductionId = created.text("inductionId");
            // each: an overdue autumn review, a FORMAL signed (for the AB's review and the NQT) and a FINAL to sign
            sign(school, inductionId, submit(school, inductionId, "FORMAL", 3));
            submit(school, inductionId, "FINAL", 6);
            if (n == 1) {
                nqt = api.nqt(school.urn(), trn);
            }
            if (n == 1 || n == 50) {
                Map<String, Integer> into = n == 1 ? atOne : atFifty;
                Response tutor = tasks("tutor at " + n, school.tutor());
                into.put("tutor", roundTrips());
                assertEquals(n * 3, types(tutor).stream().filter("ASSESSMENT_DUE"::equals).count(), tutor.body());
                Response head = tasks("headteacher at " + n, school.headteacher());
                into.put("headteacher", roundTrips());
                assertEquals(n, types(head).stream().filter("SIGNATURE_NEEDED"::equals).count());
                tasks("coordinator at " + n, school.coordinator());
                into.put("coordinator", roundTrips());
                Response ab = tasks("AB at " + n, abAdmin);
                into.put("AB", roundTrips());
                assertTrue(types(ab).stream().filter("REVIEW_NEEDED"::equals).count() >= n);
                Response own = tasks("NQT at " + n, nqt);
                into.put("NQT", roundTrips());
                assertEquals(List.of("ACKNOWLEDGEMENT_NEEDED"), types(own));
            }
        }
        ROUND_TRIPS.add("GET /tasks round trips at 1 induction " + atOne + ", at 50 " + atFifty);
        assertEquals(atOne, atFifty);
        atFifty.forEach((role, trips) -> assertTrue(trips <= 4, role + " " + trips));
        Optional.ofNullable(nqt).orElseThrow();
    }
}
