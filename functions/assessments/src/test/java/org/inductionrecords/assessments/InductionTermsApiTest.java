package org.inductionrecords.assessments;

import static org.inductionrecords.assessments.Fixtures.ECT_START;
import static org.inductionrecords.assessments.Fixtures.newTrn;
import static org.inductionrecords.assessments.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    // ---------------------------------------------------------------- extensions and reductions

    private static Map<String, Object> change(Object terms, String reason) {
        return Map.of("terms", terms, "reason", reason);
    }

    @Test
    void givenAnExtensionOf1Point5ByTheAbThenTermsRequiredAre7Point5AndTheFinalMovesToTerm8() {
        School school = Fixtures.school(api);
        String inductionId = register(school, 1.0);

        Response extended = api.post(abAdmin, "/inductions/" + inductionId + "/extensions",
                change(1.5, "Long illness in the second year"));

        assertEquals(201, extended.status(), extended.body());
        assertEquals(0, new BigDecimal("7.5").compareTo(decimal(extended.json().path("termsRequired"))));
        assertEquals(0, new BigDecimal("1.5").compareTo(decimal(extended.json().path("extensionTerms"))));
        JsonNode extension = extended.json().path("extensions").get(0);
        assertEquals("AB", extension.path("source").asText());
        assertEquals("Long illness in the second year", extension.path("reason").asText());
        String path = "/inductions/" + inductionId + "/assessments";
        Map<String, Object> finalAt6 = Fixtures.assessment("FINAL", 6, ECT_START);
        finalAt6.put("periodStart", ECT_START.toString());
        finalAt6.put("periodEnd", ECT_START.plusMonths(1).toString());
        assertEquals(400, api.post(school.tutor(), path, finalAt6).status());
        finalAt6.put("term", 8);
        assertEquals(201, api.post(school.tutor(), path, finalAt6).status());
    }

    @Test
    void givenExtensionsAndAReductionThenTheyAddUpAndTheAuditNamesNoReason() {
        School school = Fixtures.school(api);
        String inductionId = register(school, 1.0);
        String base = "/inductions/" + inductionId;
        assertEquals(201, api.post(abAdmin, base + "/extensions", change(1, "Illness")).status());
        assertEquals(201, api.post(abAdmin, base + "/extensions", change(0.5, "Bereavement")).status());

        Response reduced = api.post(abAdmin, base + "/reductions", change(2.0, "Two terms taught abroad"));

        assertEquals(201, reduced.status(), reduced.body());
        assertEquals(0, new BigDecimal("5.5").compareTo(decimal(reduced.json().path("termsRequired"))));
        assertEquals(2, reduced.json().path("extensions").size());
        assertEquals("Two terms taught abroad", reduced.json().path("reductions").get(0).path("reason").asText());
        String trail = api.partition("AUDIT#INDUCTION#" + inductionId).toString();
        assertTrue(trail.contains("EXTENSION_RECORDED") && trail.contains("REDUCTION_RECORDED"), trail);
        for (String reason : new String[] {"Illness", "Bereavement", "abroad"}) {
            assertFalse(trail.contains(reason), "no reason text in the audit trail: " + reason);
        }
    }

    @Test
    void givenAReductionThatWouldLeaveLessThanOneTermThenItIs400OnTermsAndWritesNothing() {
        School school = Fixtures.school(api);
        String inductionId = register(school, 1.0);
        String base = "/inductions/" + inductionId;
        assertEquals(201, api.post(abAdmin, base + "/reductions", change(4.5, "Prior experience")).status());
        long before = api.itemCount();

        Response refused = api.post(abAdmin, base + "/reductions", change(0.6, "More prior experience"));

        assertEquals(400, refused.status(), refused.body());
        assertEquals("terms", refused.json().path("details").get(0).path("field").asText());
        assertEquals(before, api.itemCount());
        assertEquals(201, api.post(abAdmin, base + "/reductions", change(0.5, "Down to one term")).status());
    }

    @Test
    void givenAnyoneButTheAbThenExtensionsAndReductionsAre403InScopeAnd404OutOfIt() {
        School school = Fixtures.school(api);
        School other = Fixtures.school(api);
        String inductionId = register(school, 1.0);
        long before = api.itemCount();
        for (String kind : new String[] {"extensions", "reductions"}) {
            String path = "/inductions/" + inductionId + "/" + kind;
            for (User caller : new User[] {school.coordinator(), school.headteacher(), school.tutor()}) {
                assertEquals(403, api.post(caller, path, change(1, "Reason")).status(), kind + " " + caller.role());
            }
            for (User caller : new User[] {other.coordinator(), other.headteacher(), other.tutor()}) {
                assertEquals(404, api.post(caller, path, change(1, "Reason")).status(), kind + " " + caller.role());
            }
            assertEquals(404, api.post(abAdmin, "/inductions/00000000-0000-0000-0000-000000000000/" + kind,
                    change(1, "Reason")).status());
        }
        assertEquals(before, api.itemCount());
    }

    @Test
    void givenBadTermsOrReasonThenItIs400NamingTheField() {
        School school = Fixtures.school(api);
        String path = "/inductions/" + register(school, 1.0) + "/extensions";
        Map<Object, String> bad = new java.util.LinkedHashMap<>();
        bad.put(0.05, "terms");
        bad.put(16.1, "terms");
        bad.put(1.25, "terms");
        bad.put("two", "terms");
        for (var entry : bad.entrySet()) {
            Response refused = api.post(abAdmin, path, change(entry.getKey(), "Reason"));
            assertEquals(400, refused.status(), entry.getKey() + ": " + refused.body());
            assertEquals(entry.getValue(), refused.json().path("details").get(0).path("field").asText());
        }
        for (String reason : new String[] {"", "r".repeat(501)}) {
            Response refused = api.post(abAdmin, path, change(1, reason));
            assertEquals("reason", refused.json().path("details").get(0).path("field").asText(), refused.body());
        }
        assertEquals(201, api.post(abAdmin, path, change(16.0, "r".repeat(500))).status());
    }

    @Test
    void givenTheTeacherChoosesToCountStatutoryLeaveThenItExtendsTheYearAndOnlyTheAbRecordsIt() {
        School school = Fixtures.school(api);
        String inductionId = register(school, 1.0);
        Map<String, Object> body = review(1, 40);
        body.put("statutoryLeaveDays", 20);
        assertEquals(201, api.post(school.tutor(), "/inductions/" + inductionId + "/assessments", body).status());
        String path = "/inductions/" + inductionId + "/statutory-leave";
        assertEquals(403, api.post(school.coordinator(), path, Map.of("count", true)).status());

        Response counted = api.post(abAdmin, path, Map.of("count", true));

        assertEquals(200, counted.status(), counted.body());
        assertTrue(counted.json().path("countStatutoryLeave").asBoolean());
        // 40 days counted: 40 / 65 rounded up to 0.7 terms (DOMAIN.md "Absence").
        assertEquals(0, new BigDecimal("6.7").compareTo(decimal(counted.json().path("termsRequired"))));
        Response uncounted = api.post(abAdmin, path, Map.of("count", false));
        assertEquals(0, new BigDecimal("6").compareTo(decimal(uncounted.json().path("termsRequired"))));
        assertEquals(400, api.post(abAdmin, path, Map.of("count", "yes")).status());
    }
}
