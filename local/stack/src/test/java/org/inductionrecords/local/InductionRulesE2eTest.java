package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.assessment;
import static org.inductionrecords.local.E2eWorld.json;
import static org.inductionrecords.local.E2eWorld.newTrn;
import static org.inductionrecords.local.E2eWorld.registration;
import static org.inductionrecords.local.E2eWorld.tableItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.inductionrecords.local.E2eWorld.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statutory induction rules end to end, over HTTP through the local stack (CONTRACT.md section 6; DOMAIN.md
 * "Induction as it really runs"): assessment points follow the FTE served, absence of 30 days or more in an
 * induction year extends it, the AB's extensions add up and move the FINAL, and a reduction never leaves less
 * than one term. Every exchange is checked against docs/openapi.yaml by the running stack.
 */
class InductionRulesE2eTest {

    /** ECT inductions start on or after 2021-09-01; every period below ends before today. */
    private static final LocalDate ECT_START = LocalDate.of(2023, 9, 4);

    private static RunningStack local;
    private static String admin;
    private static Staff school;

    @BeforeAll
    static void aSchoolWithItsStaff() {
        local = E2eWorld.local();
        admin = local.adminToken();
        school = E2eWorld.staff(local, admin);
    }

    private static String registerEct(double fte) {
        ObjectNode body = registration(newTrn(), school.tutor().userId());
        body.put("programme", "ECT").put("startDate", ECT_START.toString()).put("fte", fte)
                .put("qtsDate", "2023-07-14").put("trainingProgramme", "PROVIDER_LED");
        RunningStack.Response created = local.call("POST", "/schools/" + school.urn() + "/inductions",
                school.coordinator().token(), json(body));
        assertEquals(201, created.status(), created.body());
        assertEquals("PROVIDER_LED", created.json().path("trainingProgramme").asText());
        return created.json().path("inductionId").asText();
    }

    /** An ECT assessment body whose period lies inside the induction and in the past. */
    private static ObjectNode ect(String kind, int term, int daysAbsent) {
        return assessment(kind, term).put("periodStart", ECT_START.toString())
                .put("periodEnd", ECT_START.plusMonths(2).toString()).put("daysAbsent", daysAbsent);
    }

    private static RunningStack.Response submit(String inductionId, ObjectNode body) {
        return local.call("POST", "/inductions/" + inductionId + "/assessments", school.tutor().token(), json(body));
    }

    private static JsonNode read(String inductionId) {
        RunningStack.Response read = local.call("GET", "/inductions/" + inductionId, admin, null);
        assertEquals(200, read.status(), read.body());
        return read.json();
    }

    private static void assertTerms(String expected, JsonNode value) {
        assertEquals(0, new BigDecimal(expected).compareTo(value.decimalValue()), expected + " vs " + value);
    }

    private static String field(RunningStack.Response refused) {
        return refused.json().path("details").get(0).path("field").asText();
    }

    @Test
    void givenAHalfTimeEctThenItsFinalAtTermSixIs400AndItsFormalAtTermSix201() {
        String inductionId = registerEct(0.5);

        RunningStack.Response finalAtSix = submit(inductionId, ect("FINAL", 6, 0));
        RunningStack.Response formalAtSix = submit(inductionId, ect("FORMAL", 6, 0));

        assertEquals(400, finalAtSix.status(), finalAtSix.body());
        assertEquals("kind", field(finalAtSix));
        assertEquals(201, formalAtSix.status(), formalAtSix.body());
        JsonNode induction = read(inductionId);
        assertTerms("3.0", induction.path("termsServed"));
        assertEquals(1, induction.path("nextAssessment").path("term").asInt());
    }

    @Test
    void givenTwoReviewsAbsent20And15DaysThenTermsRequiredAre6Point6() {
        String inductionId = registerEct(0.5);

        assertEquals(201, submit(inductionId, ect("PROGRESS_REVIEW", 1, 20)).status());
        assertEquals(201, submit(inductionId, ect("PROGRESS_REVIEW", 2, 15)).status());

        JsonNode induction = read(inductionId);
        assertTerms("6.6", induction.path("termsRequired"));
        assertTerms("1.0", induction.path("termsServed"));
        assertEquals(35, induction.path("absence").get(0).path("daysAbsent").asInt());
        assertTerms("0.6", induction.path("absence").get(0).path("extensionTerms"));
        assertEquals("ABSENCE", induction.path("extensions").get(0).path("source").asText());
        assertEquals(3, induction.path("nextAssessment").path("term").asInt());
        assertEquals("PROGRESS_REVIEW", induction.path("nextAssessment").path("kind").asText());
    }

    @Test
    void givenAnExtensionOf1Point5TermsThenTermsRequiredAre7Point5AndTheFinalMovesFromSixToEight() {
        String inductionId = registerEct(1.0);

        RunningStack.Response extended = local.call("POST", "/inductions/" + inductionId + "/extensions", admin,
                json(E2eWorld.object().put("terms", 1.5).put("reason", "Long illness")));

        assertEquals(201, extended.status(), extended.body());
        assertTerms("7.5", extended.json().path("termsRequired"));
        assertEquals("AB", extended.json().path("extensions").get(0).path("source").asText());
        RunningStack.Response finalAtSix = submit(inductionId, ect("FINAL", 6, 0));
        assertEquals(400, finalAtSix.status(), finalAtSix.body());
        assertEquals("kind", field(finalAtSix));
        RunningStack.Response finalAtEight = submit(inductionId, ect("FINAL", 8, 0));
        assertEquals(201, finalAtEight.status(), finalAtEight.body());
    }

    @Test
    void givenAReductionThatWouldLeaveLessThanOneTermThenItIs400OnTermsAndWritesNothing() {
        String inductionId = registerEct(1.0);
        String reductions = "/inductions/" + inductionId + "/reductions";
        RunningStack.Response reduced = local.call("POST", reductions, admin,
                json(E2eWorld.object().put("terms", 4.0).put("reason", "Prior teaching abroad")));
        assertEquals(201, reduced.status(), reduced.body());
        assertTerms("2.0", reduced.json().path("termsRequired"));
        long before = tableItems(local);

        RunningStack.Response refused = local.call("POST", reductions, admin,
                json(E2eWorld.object().put("terms", 1.5).put("reason", "More prior experience")));

        assertEquals(400, refused.status(), refused.body());
        assertEquals("terms", field(refused));
        assertEquals(before, tableItems(local));
        assertEquals(403, local.call("POST", reductions, school.coordinator().token(),
                json(E2eWorld.object().put("terms", 0.5).put("reason", "Not the school's call"))).status());
    }

    @Test
    void givenAStartBeforeTheQtsDateThenRegistrationIs400OnStartDate() {
        ObjectNode body = registration(newTrn(), school.tutor().userId());
        body.put("programme", "ECT").put("startDate", ECT_START.toString()).put("qtsDate", "2023-09-05");

        RunningStack.Response refused = local.call("POST", "/schools/" + school.urn() + "/inductions",
                school.coordinator().token(), json(body));

        assertEquals(400, refused.status(), refused.body());
        assertEquals("startDate", field(refused));
    }
}
