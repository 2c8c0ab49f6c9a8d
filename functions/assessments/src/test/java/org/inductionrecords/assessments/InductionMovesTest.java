package org.inductionrecords.assessments;

import static org.inductionrecords.assessments.Fixtures.ECT_START;
import static org.inductionrecords.assessments.Fixtures.newTrn;
import static org.inductionrecords.assessments.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.assessments.Fixtures.School;
import org.inductionrecords.assessments.TestApi.Response;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.store.InductionItems;
import org.inductionrecords.store.Keys;
import org.inductionrecords.store.TeacherLoginItems;
import org.inductionrecords.store.UserItems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Induction periods and moves through the AssessmentsFunction on its own table (contract section 6; DOMAIN.md
 * "Induction periods"): leaving closes the period with the FTE terms it served by the AB's term dates, joining
 * continues the same induction at another school, the former school keeps sight of its own period only, a new
 * tutor or FTE, closing without an outcome; and the DynamoDB round trips of leave, join and the induction read.
 */
@Tag("emulators")
class InductionMovesTest {

    /** Autumn 2023 as the AB records it: ECT_START (2023-09-04) is its first day. */
    private static final String AUTUMN_END = "2023-12-20";
    private static final List<String> ROUND_TRIPS = new ArrayList<>();

    private static TestApi api;
    private static User abAdmin;

    @BeforeAll
    static void stackWithTermDates() {
        api = new TestApi("assessments-moves");
        abAdmin = api.user(Role.AB_ADMIN, null);
        api.dynamo.putItem(b -> b.tableName(api.stack.tableName()).item(Map.of(
                Keys.PK, AttributeValue.fromS("TERM_DATES"), Keys.SK, AttributeValue.fromS("2023"),
                Keys.TYPE, AttributeValue.fromS("TERM_DATES"), "academicYear", AttributeValue.fromN("2023"),
                "terms", AttributeValue.fromL(List.of(term("AUTUMN", "2023-09-04", AUTUMN_END),
                        term("SPRING", "2024-01-08", "2024-03-28"), term("SUMMER", "2024-04-15", "2024-07-23"))))));
    }

    @AfterAll
    static void report() {
        System.out.println("Induction moves, DynamoDB round trips per request:");
        ROUND_TRIPS.forEach(line -> System.out.println("  " + line));
    }

    private static AttributeValue term(String name, String start, String end) {
        return AttributeValue.fromM(Map.of("name", AttributeValue.fromS(name), "start", AttributeValue.fromS(start),
                "end", AttributeValue.fromS(end)));
    }

    private static Response counted(String label, Response response) {
        ROUND_TRIPS.add(label + " -> " + response.status() + " " + api.lastRoundTrips);
        return response;
    }

    private static String register(School school, String trn) {
        Response created = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                registration(trn, "ECT", ECT_START, school.tutor().userId()));
        assertEquals(201, created.status(), created.body());
        return created.text("inductionId");
    }

    private static Map<String, Object> review(int term) {
        Map<String, Object> body = Fixtures.assessment("PROGRESS_REVIEW", term, ECT_START);
        body.put("periodStart", ECT_START.toString());
        body.put("periodEnd", ECT_START.plusMonths(1).toString());
        return body;
    }

    private static void assertTerms(String expected, JsonNode value) {
        assertEquals(0, new BigDecimal(expected).compareTo(value.decimalValue()), expected + " vs " + value);
    }

    private static Response leave(User caller, String inductionId, String on) {
        return api.post(caller, "/inductions/" + inductionId + "/leave", Map.of("leaveDate", on));
    }

    @Test
    void givenOneReviewWhenTheTeacherLeavesOnTheLastDayOfTheTermThenOneTermIsServedAndTheInductionIsLeft() {
        School a = Fixtures.school(api);
        String inductionId = register(a, newTrn());
        assertEquals(201, api.post(a.tutor(), "/inductions/" + inductionId + "/assessments", review(1)).status());

        Response left = counted("POST /inductions/{id}/leave", leave(a.coordinator(), inductionId, AUTUMN_END));

        assertEquals(200, left.status(), left.body());
        JsonNode induction = left.json();
        assertEquals("LEFT", induction.path("status").asText());
        assertTerms("1.0", induction.path("termsServed"));
        JsonNode period = induction.path("periods").get(0);
        assertEquals(AUTUMN_END, period.path("endDate").asText());
        assertEquals("LEFT", period.path("endReason").asText());
        assertTerms("1.0", period.path("termsServed"));
        assertEquals(Map.of("GetItem", 2, "Query", 1, "TransactWriteItems", 1), api.lastRoundTrips);
        assertEquals(409, leave(a.coordinator(), inductionId, AUTUMN_END).status(), "it has left already");
    }

    @Test
    void givenALeaveDateBeforeThePeriodOrInTheFutureThenItIs400AndNothingIsWritten() {
        School a = Fixtures.school(api);
        String inductionId = register(a, newTrn());
        long before = api.itemCount();

        Response early = leave(a.coordinator(), inductionId, ECT_START.minusDays(1).toString());
        Response future = leave(a.coordinator(), inductionId, TestApi.today().plusDays(1).toString());

        assertEquals(400, early.status(), early.body());
        assertEquals("leaveDate", early.json().path("details").get(0).path("field").asText());
        assertEquals(400, future.status(), future.body());
        assertEquals(before, api.itemCount());
    }

    @Test
    void givenAHeadteacherOrTutorOrAnotherSchoolThenLeavingIsRefusedAndNothingIsWritten() {
        School a = Fixtures.school(api);
        School b = Fixtures.school(api);
        String inductionId = register(a, newTrn());
        long before = api.itemCount();

        assertEquals(403, leave(a.headteacher(), inductionId, AUTUMN_END).status());
        assertEquals(403, leave(a.tutor(), inductionId, AUTUMN_END).status());
        assertEquals(404, leave(b.coordinator(), inductionId, AUTUMN_END).status());
        assertEquals(before, api.itemCount());
        assertEquals(200, leave(abAdmin, inductionId, AUTUMN_END).status());
    }

    /** A teacher registered at A with a review of term 1, left at the end of autumn, and an NQT login at A. */
    private record Moved(School a, School b, String trn, String inductionId, User nqt) {
    }

    private static Moved leftA() {
        School a = Fixtures.school(api);
        School b = Fixtures.school(api);
        String trn = newTrn();
        String inductionId = register(a, trn);
        User nqt = api.user(Role.NQT, a.urn(), Optional.of(trn), UserStatus.ACTIVE);
        api.dynamo.putItem(x -> x.tableName(api.stack.tableName()).item(TeacherLoginItems.toItem(trn, nqt.userId())));
        assertEquals(201, api.post(a.tutor(), "/inductions/" + inductionId + "/assessments", review(1)).status());
        assertEquals(200, leave(a.coordinator(), inductionId, AUTUMN_END).status());
        return new Moved(a, b, trn, inductionId, nqt);
    }

    private static Response join(Moved moved, String dateOfBirth) {
        Map<String, Object> body = registration(moved.trn(), "ECT", java.time.LocalDate.of(2024, 1, 8),
                moved.b().tutor().userId());
        @SuppressWarnings("unchecked")
        Map<String, Object> teacher = (Map<String, Object>) body.get("teacher");
        teacher.put("dateOfBirth", dateOfBirth);
        return api.post(moved.b().coordinator(), "/schools/" + moved.b().urn() + "/inductions", body);
    }

    private static Moved joinedB() {
        Moved moved = leftA();
        Response joined = join(moved, "1995-12-10");
        assertEquals(201, joined.status(), joined.body());
        return moved;
    }

    @Test
    void givenALeftTeacherWhenAnotherSchoolRegistersTheTrnThenAnotherDateOfBirthIs400AndTheSameContinuesIt() {
        Moved moved = leftA();
        long before = api.itemCount();

        Response otherPerson = join(moved, "1990-01-01");
        assertEquals(400, otherPerson.status(), otherPerson.body());
        assertEquals("teacher.dateOfBirth", otherPerson.json().path("details").get(0).path("field").asText());
        assertEquals(before, api.itemCount());

        Response joined = counted("POST /schools/{urn}/inductions (continuing a LEFT one)", join(moved, "1995-12-10"));

        assertEquals(201, joined.status(), joined.body());
        assertEquals(moved.inductionId(), joined.text("inductionId"));
        assertEquals("IN_PROGRESS", joined.text("status"));
        assertEquals(moved.b().urn(), joined.text("schoolUrn"));
        JsonNode periods = joined.json().path("periods");
        assertEquals(2, periods.size());
        assertEquals(moved.a().urn(), periods.get(0).path("schoolUrn").asText());
        assertEquals(moved.b().urn(), periods.get(1).path("schoolUrn").asText());
        assertFalse(periods.get(1).has("endDate"));
        assertTerms("1.0", joined.json().path("termsServed"));
        assertEquals(Map.of("GetItem", 2, "BatchGetItem", 1, "TransactWriteItems", 1), api.lastRoundTrips);
        // the teacher's login follows the teacher: the new school manages it now
        Map<String, AttributeValue> login = api.dynamo.getItem(x -> x.tableName(api.stack.tableName())
                .key(UserItems.key(moved.nqt().userId()))).item();
        assertEquals(moved.b().urn(), login.get("schoolUrn").s());
        assertEquals(UserItems.schoolUsersPartition(moved.b().urn()), login.get(Keys.GSI1_PK).s());
    }

    @Test
    void givenATeacherInProgressAtASchoolThenAnotherSchoolRegisteringTheTrnIs409() {
        School a = Fixtures.school(api);
        School b = Fixtures.school(api);
        String trn = newTrn();
        register(a, trn);

        Response refused = api.post(b.coordinator(), "/schools/" + b.urn() + "/inductions",
                registration(trn, "ECT", ECT_START, b.tutor().userId()));

        assertEquals(409, refused.status(), refused.body());
    }

    @Test
    void givenAMoveThenTheNewSchoolSeesEverythingAndTheFormerCoordinatorOnlyItsOwnPeriodAndItsTutorNothing() {
        Moved moved = joinedB();
        String path = "/inductions/" + moved.inductionId();
        Response term2 = api.post(moved.b().tutor(), path + "/assessments", review(2));
        assertEquals(201, term2.status(), term2.body());

        assertEquals(200, api.get(moved.b().coordinator(), path + "/assessments/T1-PROGRESS_REVIEW").status());
        assertEquals(2, api.get(moved.b().headteacher(), path + "/assessments").json().path("items").size());
        Response read = counted("GET /inductions/{id}", api.get(moved.a().coordinator(), path));
        assertEquals(200, read.status(), read.body());
        assertEquals(Map.of("GetItem", 2, "PutItem", 1), api.lastRoundTrips);
        assertFalse(read.json().has("tutorUserId"), "the new school's tutor is not the former school's to know");
        assertFalse(read.json().has("fte"));
        assertEquals(1, read.json().path("periods").size());
        assertEquals(moved.a().urn(), read.json().path("periods").get(0).path("schoolUrn").asText());
        assertEquals(200, api.get(moved.a().coordinator(), path + "/assessments/T1-PROGRESS_REVIEW").status());
        assertEquals(404, api.get(moved.a().coordinator(), path + "/assessments/T2-PROGRESS_REVIEW").status());
        JsonNode listed = api.get(moved.a().headteacher(), path + "/assessments").json().path("items");
        assertEquals(1, listed.size());
        assertEquals("T1-PROGRESS_REVIEW", listed.get(0).path("assessmentId").asText());
        assertEquals(404, api.get(moved.a().tutor(), path).status());
        assertEquals(404, api.get(moved.a().tutor(), path + "/assessments/T1-PROGRESS_REVIEW").status());
        JsonNode former = api.get(moved.a().coordinator(), "/schools/" + moved.a().urn() + "/inductions?former=true")
                .json().path("items");
        assertEquals(1, former.size());
        assertEquals(moved.inductionId(), former.get(0).path("inductionId").asText());
        assertEquals(0, api.get(moved.a().coordinator(), "/schools/" + moved.a().urn() + "/inductions").json()
                .path("items").size(), "no longer theirs in progress");
    }

    @Test
    void givenAMoveThenTheFormerSchoolCanChangeNothingAndItsTutorCannotSubmit() {
        Moved moved = joinedB();
        String path = "/inductions/" + moved.inductionId();
        long before = api.itemCount();

        assertEquals(404, leave(moved.a().coordinator(), moved.inductionId(), "2024-02-01").status());
        assertEquals(404, api.patch(moved.a().coordinator(), path, Map.of("tutorUserId", moved.a().tutor().userId()))
                .status());
        assertEquals(404, api.post(moved.a().tutor(), path + "/assessments", review(2)).status());
        assertEquals(404, api.post(moved.a().headteacher(), path + "/assessments", review(2)).status());
        assertEquals(404, api.post(moved.a().headteacher(), path + "/assessments/T1-PROGRESS_REVIEW/sign", null)
                .status());
        assertEquals(before, api.itemCount());
    }

    @Test
    void givenANewTutorThenVisibilityMovesAtOnce() {
        School a = Fixtures.school(api);
        String inductionId = register(a, newTrn());
        User second = api.user(Role.INDUCTION_TUTOR, a.urn());
        String path = "/inductions/" + inductionId;

        Response changed = counted("PATCH /inductions/{id} {tutorUserId}",
                api.patch(a.coordinator(), path, Map.of("tutorUserId", second.userId())));

        assertEquals(200, changed.status(), changed.body());
        assertEquals(Map.of("GetItem", 3, "TransactWriteItems", 1), api.lastRoundTrips);
        assertEquals(second.userId(), changed.text("tutorUserId"));
        assertEquals(1, changed.json().path("periods").size());
        assertEquals(404, api.get(a.tutor(), path).status());
        assertEquals(200, api.get(second, path).status());
        assertEquals(1, api.get(second, "/schools/" + a.urn() + "/inductions").json().path("items").size());
        assertEquals(0, api.get(a.tutor(), "/schools/" + a.urn() + "/inductions").json().path("items").size());
        School other = Fixtures.school(api);
        Response foreignTutor = api.patch(a.coordinator(), path, Map.of("tutorUserId", other.tutor().userId()));
        assertEquals(400, foreignTutor.status(), foreignTutor.body());
        assertEquals("tutorUserId", foreignTutor.json().path("details").get(0).path("field").asText());
    }

    @Test
    void givenANewFteFromTheSpringTermThenTheAutumnPeriodClosesWithOneTermAndASecondPeriodOpens() {
        School a = Fixtures.school(api);
        String inductionId = register(a, newTrn());

        Response changed = counted("PATCH /inductions/{id} {fte, from}", api.patch(a.coordinator(),
                "/inductions/" + inductionId, Map.of("fte", 0.5, "from", "2024-01-08")));

        assertEquals(200, changed.status(), changed.body());
        assertEquals(Map.of("GetItem", 2, "Query", 1, "TransactWriteItems", 1), api.lastRoundTrips);
        JsonNode periods = changed.json().path("periods");
        assertEquals(2, periods.size());
        assertEquals("2024-01-07", periods.get(0).path("endDate").asText());
        assertEquals("FTE_CHANGED", periods.get(0).path("endReason").asText());
        assertTerms("1.0", periods.get(0).path("termsServed"));
        assertTerms("0.5", periods.get(1).path("fte"));
        assertTerms("0.5", changed.json().path("fte"));
        // 1.0 then 0.5 a term: the FINAL of 6.0 terms falls at calendar term 11
        Response finalAt6 = api.post(a.tutor(), "/inductions/" + inductionId + "/assessments",
                Fixtures.assessment("FINAL", 6, ECT_START));
        assertEquals(400, finalAt6.status(), finalAt6.body());
        Response fromOnly = api.patch(a.coordinator(), "/inductions/" + inductionId, Map.of("from", "2024-01-08"));
        assertEquals(400, fromOnly.status(), fromOnly.body());
    }

    @Test
    void givenTheAbClosesALeftInductionThenItIsClosedWithItsReasonAndItsRetentionClockStartsOnTheClosingDate() {
        Moved moved = leftA();
        String path = "/inductions/" + moved.inductionId() + "/close";
        Map<String, Object> body = Map.of("closeDate", "2024-01-31", "reason", "LEFT_TEACHING");
        assertEquals(403, api.post(moved.a().coordinator(), path, body).status());

        Response closed = counted("POST /inductions/{id}/close (LEFT)", api.post(abAdmin, path, body));

        assertEquals(200, closed.status(), closed.body());
        // its last period closed already: no term dates to read
        assertEquals(Map.of("GetItem", 2, "TransactWriteItems", 1), api.lastRoundTrips);
        assertEquals("CLOSED", closed.text("status"));
        assertEquals("LEFT_TEACHING", closed.text("closeReason"));
        assertEquals("2030-01-31", closed.text("retentionEnds"));
        Map<String, AttributeValue> item = api.dynamo.getItem(x -> x.tableName(api.stack.tableName())
                .key(InductionItems.key(moved.inductionId()))).item();
        assertEquals("2030-01-31#" + moved.inductionId(), item.get(Keys.RETENTION_SK).s());
        // the TRN is free again: a school may register the teacher afresh
        School c = Fixtures.school(api);
        Response afresh = counted("POST /schools/{urn}/inductions (a new one)", api.post(c.coordinator(),
                "/schools/" + c.urn() + "/inductions",
                registration(moved.trn(), "ECT", java.time.LocalDate.of(2024, 9, 2), c.tutor().userId())));
        assertEquals(201, afresh.status(), afresh.body());
        assertEquals(Map.of("GetItem", 1, "BatchGetItem", 1, "Query", 1, "TransactWriteItems", 1), api.lastRoundTrips);
        assertTrue(!afresh.text("inductionId").equals(moved.inductionId()));
    }

    @Test
    void givenAnItemWrittenBeforePeriodsThenItReadsAsOneOpenPeriodAndItsNextWriteStoresThem() {
        School a = Fixtures.school(api);
        String inductionId = register(a, newTrn());
        api.dynamo.updateItem(x -> x.tableName(api.stack.tableName()).key(InductionItems.key(inductionId))
                .updateExpression("REMOVE periods"));

        JsonNode read = api.get(a.coordinator(), "/inductions/" + inductionId).json();

        assertEquals(1, read.path("periods").size());
        assertEquals("P1", read.path("periods").get(0).path("periodId").asText());
        assertEquals(ECT_START.toString(), read.path("periods").get(0).path("startDate").asText());
        assertEquals(a.tutor().userId(), read.path("periods").get(0).path("tutorUserId").asText());
        assertEquals(200, leave(a.coordinator(), inductionId, AUTUMN_END).status());
        Map<String, AttributeValue> item = api.dynamo.getItem(x -> x.tableName(api.stack.tableName())
                .key(InductionItems.key(inductionId))).item();
        assertEquals(1, item.get("periods").l().size());
    }
}
