package org.inductionrecords.assessments;

import static org.inductionrecords.assessments.Fixtures.NQT_START;
import static org.inductionrecords.assessments.Fixtures.assessment;
import static org.inductionrecords.assessments.Fixtures.newTrn;
import static org.inductionrecords.assessments.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.inductionrecords.assessments.Fixtures.School;
import org.inductionrecords.assessments.TestApi.Response;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.store.InductionItems;
import org.inductionrecords.store.Keys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every role's reads stay in its scope (CONTRACT.md section 2), paginated, audited with ids only. */
@Tag("emulators")
class VisibilityTest {

    private static TestApi api;
    private static User abAdmin;
    private static School school;
    private static School other;
    private static User secondTutor;
    private static User teacher;
    private static String teachersInduction;

    @BeforeAll
    static void aSchoolWithThreeInductionsAndTwoTutors() {
        api = new TestApi("assessments-visibility");
        abAdmin = api.user(Role.AB_ADMIN, null);
        school = Fixtures.school(api);
        other = Fixtures.school(api);
        secondTutor = api.user(Role.INDUCTION_TUTOR, school.urn());
        String trn = newTrn();
        teacher = api.nqt(school.urn(), trn);
        String path = "/schools/" + school.urn() + "/inductions";
        teachersInduction = api.post(school.coordinator(), path,
                registration(trn, "NQT", NQT_START, school.tutor().userId())).text("inductionId");
        api.post(school.coordinator(), path, registration(newTrn(), "NQT", NQT_START, school.tutor().userId()));
        api.post(school.coordinator(), path, registration(newTrn(), "NQT", NQT_START, secondTutor.userId()));
        api.post(other.coordinator(), "/schools/" + other.urn() + "/inductions",
                registration(newTrn(), "NQT", NQT_START, other.tutor().userId()));
    }

    private static int listed(User caller) {
        Response list = api.get(caller, "/schools/" + school.urn() + "/inductions");
        assertEquals(200, list.status(), list.body());
        return list.json().path("items").size();
    }

    @Test
    void eachRoleListsExactlyTheInductionsInItsScope() {
        assertEquals(3, listed(abAdmin));
        assertEquals(3, listed(school.coordinator()));
        assertEquals(3, listed(school.headteacher()));
        assertEquals(2, listed(school.tutor()));
        assertEquals(1, listed(secondTutor));
        assertEquals(1, listed(teacher));
        assertEquals(404, api.get(other.coordinator(), "/schools/" + school.urn() + "/inductions").status());
        assertEquals(404, api.get(other.tutor(), "/schools/" + school.urn() + "/inductions").status());
    }

    @Test
    void listsArePaginatedWithATokenTheApiIssued() {
        String path = "/schools/" + school.urn() + "/inductions";
        Response first = api.get(school.coordinator(), path + "?limit=2");
        assertEquals(2, first.json().path("items").size());
        String token = first.text("nextToken");
        assertFalse(token.isEmpty());
        Response second = api.get(school.coordinator(), path + "?limit=2&nextToken=" + token);
        assertEquals(200, second.status(), second.body());
        Set<String> ids = new HashSet<>();
        for (Response page : new Response[] {first, second}) {
            for (JsonNode item : page.json().path("items")) {
                ids.add(item.path("inductionId").asText());
            }
        }
        assertEquals(3, ids.size());
        assertTrue(second.json().path("nextToken").isMissingNode());
        // A token from another school's list is not this list's token.
        Response foreign = api.get(school.coordinator(), path + "?nextToken="
                + api.get(abAdmin, "/schools/" + other.urn() + "/inductions?limit=1").text("nextToken"));
        assertEquals(400, foreign.status(), foreign.body());
        assertEquals(400, api.get(school.coordinator(), path + "?nextToken=forged").status());
        assertEquals(400, api.get(school.coordinator(), path + "?limit=0").status());
    }

    @Test
    void theInductionRecordHasTheContractsFields() {
        JsonNode induction = api.get(school.tutor(), "/inductions/" + teachersInduction).json();
        for (String field : new String[] {"inductionId", "schoolUrn", "teacher", "programme", "startDate", "fte",
                "tutorUserId", "status", "legalHold"}) {
            assertTrue(induction.has(field), field);
        }
        for (String field : new String[] {"trn", "givenName", "familyName", "dateOfBirth", "email"}) {
            assertTrue(induction.path("teacher").has(field), field);
        }
    }

    @Test
    void everyReadIsAuditedWithIdsOnly() {
        String auditPk = Keys.audit("INDUCTION", teachersInduction);
        int before = auditCount(auditPk);
        assertEquals(200, api.get(teacher, "/inductions/" + teachersInduction).status());
        assertEquals(before + 1, auditCount(auditPk));
        var items = api.dynamo.query(b -> b.tableName(api.stack.tableName()).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(auditPk)))).items();
        String all = items.toString();
        assertFalse(all.contains("Lovelace") || all.contains("Ada") || all.contains("1995-12-10")
                || all.contains("@example.org"), "no personal data in the audit trail");
        assertTrue(all.contains("INDUCTION_READ"));
        assertTrue(all.contains("INDUCTION_REGISTERED"));
    }

    private static int auditCount(String pk) {
        return api.dynamo.query(b -> b.tableName(api.stack.tableName()).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(pk)))).count();
    }

    @Test
    void aReducedInductionAnswersOnlyItsBasicRecordAndNoAssessments() {
        School small = Fixtures.school(api);
        String trn = newTrn();
        User reducedTeacher = api.nqt(small.urn(), trn);
        String inductionId = api.post(small.coordinator(), "/schools/" + small.urn() + "/inductions",
                registration(trn, "NQT", NQT_START, small.tutor().userId())).text("inductionId");
        api.post(small.tutor(), "/inductions/" + inductionId + "/assessments", assessment("TERMLY", 1, NQT_START));
        // What the retention sweep leaves: the reduced induction item (assessments deleted or not).
        Induction whole = InductionItems.fromItem(api.dynamo.getItem(b -> b.tableName(api.stack.tableName())
                .key(InductionItems.key(inductionId))).item());
        api.dynamo.putItem(b -> b.tableName(api.stack.tableName())
                .item(InductionItems.toItem(whole.reduce(Instant.parse("2031-01-02T03:04:05Z")))));

        Response reduced = api.get(abAdmin, "/inductions/" + inductionId);

        assertEquals(200, reduced.status(), reduced.body());
        JsonNode record = reduced.json();
        assertEquals("REDUCED", record.path("status").asText());
        assertEquals(trn, record.path("teacher").path("trn").asText());
        assertEquals("2031-01-02T03:04:05Z", record.path("reducedAt").asText());
        for (String gone : new String[] {"fte", "tutorUserId", "legalHold", "retentionEnds"}) {
            assertFalse(record.has(gone), gone);
        }
        assertFalse(record.path("teacher").has("email"));
        assertEquals(404, api.get(small.tutor(), "/inductions/" + inductionId).status(), "no tutor any more");
        assertEquals(200, api.get(reducedTeacher, "/inductions/" + inductionId).status());
        Response assessments = api.get(abAdmin, "/inductions/" + inductionId + "/assessments");
        assertEquals(0, assessments.json().path("items").size());
        assertEquals(404, api.get(abAdmin, "/inductions/" + inductionId + "/assessments/T1-TERMLY").status());
    }
}
