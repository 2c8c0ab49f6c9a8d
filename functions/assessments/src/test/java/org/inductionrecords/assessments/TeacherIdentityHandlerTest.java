package org.inductionrecords.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.induction.Outcome;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Teacher;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.InductionItems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A teacher is a TRN and a date of birth (contract section 10), through the handler as API Gateway invokes
 * it: another school's teacher can be neither re-registered under another identity nor corrected.
 */
@Tag("emulators")
class TeacherIdentityHandlerTest {

    private static final String BORN = "1995-12-10";

    private static TestApi api;
    private static Fixtures.School schoolA;
    private static Fixtures.School schoolB;
    private static User admin;

    @BeforeAll
    static void twoSchools() {
        api = new TestApi("teacher-identity");
        schoolA = Fixtures.school(api);
        schoolB = Fixtures.school(api);
        admin = api.user(Role.AB_ADMIN, null);
    }

    private static TestApi.Response register(Fixtures.School school, String trn, String dateOfBirth) {
        Map<String, Object> body = Fixtures.registration(trn, "NQT", Fixtures.NQT_START, school.tutor().userId());
        @SuppressWarnings("unchecked")
        Map<String, Object> teacher = (Map<String, Object>) body.get("teacher");
        teacher.put("dateOfBirth", dateOfBirth);
        teacher.put("givenName", "Mallory");
        return api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions", body);
    }

    private static TestApi.Response patch(User caller, String trn, Map<String, String> change) {
        return api.send(caller, "PATCH", "/teachers/" + trn, Json.write(change), Map.of());
    }

    @Test
    void aTrnHeldAtAnotherSchoolUnderAnotherDateOfBirthIsRefusedAndNothingOfItIsTold() {
        // given TRN T in progress at school B
        String trn = Fixtures.newTrn();
        assertEquals(201, register(schoolB, trn, BORN).status());
        long items = api.itemCount();

        // when school A registers T under another date of birth, then under the same one
        TestApi.Response other = register(schoolA, trn, "1990-01-01");
        TestApi.Response same = register(schoolA, trn, BORN);

        // then the first is 400 on teacher.dateOfBirth and the second 409, neither naming anything of B's
        assertEquals(400, other.status(), other::toString);
        assertEquals("teacher.dateOfBirth", other.json().path("details").path(0).path("field").asText());
        assertEquals(409, same.status(), same::toString);
        for (TestApi.Response answer : new TestApi.Response[] {other, same}) {
            assertFalse(answer.body().contains(schoolB.urn()) || answer.body().contains(BORN) || answer.body().contains("Ada"),
                    answer::toString);
        }
        assertEquals(items, api.itemCount(), "nothing written");
    }

    @Test
    void aCoordinatorCorrectsOnlyItsOwnSchoolsInductionsAndTheDateOfBirthOnlyWhereItHoldsThemAll() {
        // given T passed at school B (years ago) and now in progress at school A, with the same date of birth
        String trn = Fixtures.newTrn();
        Induction passedAtB = Induction.register("passed-" + trn, schoolB.urn(),
                        new Teacher(trn, "Ada", "Lovelace", LocalDate.parse(BORN), Optional.empty()), Programme.NQT,
                        LocalDate.of(2019, 9, 2), BigDecimal.ONE, schoolB.tutor().userId())
                .withOutcome(InductionStatus.PASSED, Outcome.PASSED, LocalDate.of(2020, 7, 20), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 7, 20)));
        api.dynamo.putItem(b -> b.tableName(api.stack.tableName()).item(InductionItems.toItem(passedAtB)));
        assertEquals(201, register(schoolA, trn, BORN).status());

        // when A's coordinator corrects the family name: only A's induction changes
        TestApi.Response renamed = patch(schoolA.coordinator(), trn, Map.of("familyName", "Byron"));
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals(1, renamed.json().path("inductions").size());
        assertEquals(schoolA.urn(), renamed.json().path("inductions").path(0).path("schoolUrn").asText());
        assertFalse(renamed.body().contains(schoolB.urn()), "B's record is not answered");
        assertEquals("Lovelace", InductionItems.fromItem(api.dynamo.getItem(g -> g.tableName(api.stack.tableName())
                .key(InductionItems.key(passedAtB.inductionId())).consistentRead(true)).item()).teacher().familyName());

        // and the date of birth, which B's record holds too, is the AB's to correct
        TestApi.Response born = patch(schoolA.coordinator(), trn, Map.of("dateOfBirth", "1995-12-11"));
        assertEquals(400, born.status(), born::toString);
        assertEquals("teacher.dateOfBirth", born.json().path("details").path(0).path("field").asText());
        TestApi.Response byTheAb = patch(admin, trn, Map.of("dateOfBirth", "1995-12-11"));
        assertEquals(200, byTheAb.status(), byTheAb::toString);
        assertEquals(2, byTheAb.json().path("inductions").size());

        // and a coordinator of a school with no induction of T gets 404
        Fixtures.School schoolC = Fixtures.school(api);
        assertEquals(404, patch(schoolC.coordinator(), trn, Map.of("familyName", "Nobody")).status());
    }
}
