package org.inductionrecords.assessments;

import static org.inductionrecords.assessments.Fixtures.ECT_START;
import static org.inductionrecords.assessments.Fixtures.newTrn;
import static org.inductionrecords.assessments.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.inductionrecords.assessments.Fixtures.School;
import org.inductionrecords.assessments.TestApi.Response;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The induction's terms as answered (contract section 6): absence, extensions, terms required and served. */
class InductionTermsApiTest {

    private static TestApi api;
    private static User abAdmin;

    @BeforeAll
    static void stack() {
        api = new TestApi("assessments-terms");
        abAdmin = api.user(Role.AB_ADMIN, null);
    }

    private static String register(School school, double fte) {
        Map<String, Object> body = registration(newTrn(), "ECT", ECT_START, school.tutor().userId());
        body.put("fte", fte);
        Response created = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions", body);
        assertEquals(201, created.status(), created.body());
        return created.text("inductionId");
    }

    private static Map<String, Object> review(int term, int daysAbsent) {
        Map<String, Object> body = Fixtures.assessment("PROGRESS_REVIEW", term, ECT_START);
        body.put("periodStart", ECT_START.toString());
        body.put("periodEnd", ECT_START.plusMonths(1).toString());
        body.put("daysAbsent", daysAbsent);
        return body;
    }

    private static JsonNode induction(String inductionId) {
        Response read = api.get(abAdmin, "/inductions/" + inductionId);
        assertEquals(200, read.status(), read.body());
        return read.json();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.decimalValue();
    }

    @Test
    void givenANewInductionThenItNeedsSixTermsHasServedNoneAndItsFirstReviewIsNext() {
        School school = Fixtures.school(api);

        JsonNode induction = induction(register(school, 1.0));

        assertEquals(0, new BigDecimal("6").compareTo(decimal(induction.path("termsRequired"))));
        assertEquals(0, BigDecimal.ZERO.compareTo(decimal(induction.path("termsServed"))));
        assertEquals(1, induction.path("nextAssessment").path("term").asInt());
        assertEquals("PROGRESS_REVIEW", induction.path("nextAssessment").path("kind").asText());
        assertEquals(0, induction.path("absence").size());
        assertEquals(0, induction.path("extensions").size());
        assertEquals(0, induction.path("reductions").size());
        assertFalse(induction.has("extensionTerms"));
    }

    @Test
    void givenTwoHalfTimeReviewsAbsent20And15DaysThenYearOneIsExtendedBy0Point6() {
        School school = Fixtures.school(api);
        String inductionId = register(school, 0.5);
        String path = "/inductions/" + inductionId + "/assessments";

        assertEquals(201, api.post(school.tutor(), path, review(1, 20)).status());
        assertEquals(201, api.post(school.tutor(), path, review(2, 15)).status());

        JsonNode induction = induction(inductionId);
        assertEquals(0, new BigDecimal("6.6").compareTo(decimal(induction.path("termsRequired"))));
        assertEquals(0, BigDecimal.ONE.compareTo(decimal(induction.path("termsServed"))), "two terms at 0.5 FTE");
        assertEquals(0, new BigDecimal("0.6").compareTo(decimal(induction.path("extensionTerms"))));
        JsonNode year = induction.path("absence").get(0);
        assertEquals(1, year.path("year").asInt());
        assertEquals(35, year.path("daysAbsent").asInt());
        assertEquals(0, year.path("statutoryLeaveDays").asInt());
        assertEquals(0, new BigDecimal("0.6").compareTo(decimal(year.path("extensionTerms"))));
        assertEquals("ABSENCE", induction.path("extensions").get(0).path("source").asText());
        assertEquals(3, induction.path("nextAssessment").path("term").asInt());
    }

    @Test
    void givenStatutoryLeaveAmongTheDaysAbsentThenItIsStoredAnsweredAndNotCounted() {
        School school = Fixtures.school(api);
        String inductionId = register(school, 1.0);
        String path = "/inductions/" + inductionId + "/assessments";
        Map<String, Object> body = review(1, 40);
        body.put("statutoryLeaveDays", 20);

        Response created = api.post(school.tutor(), path, body);

        assertEquals(201, created.status(), created.body());
        assertEquals(20, created.json().path("statutoryLeaveDays").asInt());
        assertEquals(20, api.get(school.tutor(), path + "/T1-PROGRESS_REVIEW").json().path("statutoryLeaveDays").asInt());
        JsonNode induction = induction(inductionId);
        assertEquals(20, induction.path("absence").get(0).path("statutoryLeaveDays").asInt());
        assertEquals(0, new BigDecimal("6").compareTo(decimal(induction.path("termsRequired"))),
                "20 days counted: under the 30-day threshold");
    }

    @Test
    void givenMoreStatutoryLeaveThanDaysAbsentThenItIs400OnStatutoryLeaveDaysAndWritesNothing() {
        School school = Fixtures.school(api);
        String inductionId = register(school, 1.0);
        String path = "/inductions/" + inductionId + "/assessments";
        long before = api.itemCount();
        for (Object bad : new Object[] {11, -1, "five", 367}) {
            Map<String, Object> body = review(1, 10);
            body.put("statutoryLeaveDays", bad);

            Response refused = api.post(school.tutor(), path, body);

            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertEquals("statutoryLeaveDays", refused.json().path("details").get(0).path("field").asText());
        }
        assertEquals(before, api.itemCount());
    }

    @Test
    void givenAnEctAtHalfTimeThenItsFormalIsAtTermSixAndItsFinalAtTwelve() {
        School school = Fixtures.school(api);
        String inductionId = register(school, 0.5);
        String path = "/inductions/" + inductionId + "/assessments";
        Map<String, Object> finalAtSix = Fixtures.assessment("FINAL", 6, ECT_START);
        finalAtSix.put("periodStart", ECT_START.toString());
        finalAtSix.put("periodEnd", LocalDate.of(2024, 7, 19).toString());

        Response refused = api.post(school.tutor(), path, finalAtSix);

        assertEquals(400, refused.status(), refused.body());
        assertEquals("kind", refused.json().path("details").get(0).path("field").asText());
        Map<String, Object> formal = Fixtures.assessment("FORMAL", 6, ECT_START);
        formal.put("periodStart", ECT_START.toString());
        formal.put("periodEnd", LocalDate.of(2024, 7, 19).toString());
        assertEquals(201, api.post(school.tutor(), path, formal).status());
    }
}
