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
}
