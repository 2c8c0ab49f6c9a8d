package org.inductionrecords.core.subject;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.inductionrecords.core.error.FieldError;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.induction.Outcome;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Teacher;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.core.validation.RequestBody;
import org.junit.jupiter.api.Test;

/** Who exercises a data subject's rights, and what a rectification may say. */
class DataSubjectRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Teacher TEACHER = new Teacher("1234567", "Ada", "Lovelace", LocalDate.of(1995, 1, 1),
            Optional.empty());

    private static Induction induction(String id, String urn, LocalDate start) {
        return Induction.register(id, urn, TEACHER, Programme.ECT, start, BigDecimal.ONE, "tutor");
    }

    private static Induction passed(Induction induction) {
        return induction.withOutcome(InductionStatus.PASSED, Outcome.PASSED, induction.startDate().plusYears(2),
                induction.terms(), Optional.of(induction.startDate().plusYears(8)));
    }

    private static User user(Role role, String urn) {
        return new User("u", "u@example.org", "G", "F", role, role == Role.AB_ADMIN ? Optional.empty() : Optional.of(urn),
                role == Role.NQT ? Optional.of("7654321") : Optional.empty(), UserStatus.ACTIVE);
    }

    @Test
    void theAppropriateBodyRectifiesEveryInductionACoordinatorOnlyThoseAtItsSchoolOthersAre403() {
        // given a teacher who passed at 100001 and is now in progress at 100002
        Induction former = passed(induction("a", "100001", LocalDate.of(2022, 9, 1)));
        Induction current = induction("b", "100002", LocalDate.of(2024, 9, 1));
        List<Induction> both = List.of(former, current);

        assertEquals(both, SubjectAccessPolicy.rectifiable(user(Role.AB_ADMIN, null), both));
        assertEquals(List.of(current), SubjectAccessPolicy.rectifiable(user(Role.INDUCTION_COORDINATOR, "100002"), both));
        assertEquals(List.of(former), SubjectAccessPolicy.rectifiable(user(Role.INDUCTION_COORDINATOR, "100001"), both),
                "the record whose last period was at 100001 is still that school's to correct");
        assertThrows(NotFound.class, () -> SubjectAccessPolicy.rectifiable(user(Role.INDUCTION_COORDINATOR, "100009"), both),
                "another school's teacher is not found");
        assertThrows(NotFound.class, () -> SubjectAccessPolicy.rectifiable(user(Role.AB_ADMIN, null), List.of()));
        for (Role role : List.of(Role.HEADTEACHER, Role.INDUCTION_TUTOR, Role.NQT)) {
            assertThrows(Forbidden.class, () -> SubjectAccessPolicy.rectifiable(user(role, "100002"), both));
        }
    }

    @Test
    void aCoordinatorCorrectsTheDateOfBirthOnlyWhereItHoldsEveryInductionOfTheTrn() {
        Induction former = passed(induction("a", "100001", LocalDate.of(2022, 9, 1)));
        Induction current = induction("b", "100002", LocalDate.of(2024, 9, 1));

        assertDoesNotThrow(() -> SubjectAccessPolicy.requireMayCorrectDateOfBirth(List.of(current), List.of(current)));
        InvalidInput split = assertThrows(InvalidInput.class,
                () -> SubjectAccessPolicy.requireMayCorrectDateOfBirth(List.of(current), List.of(former, current)));
        assertEquals("teacher.dateOfBirth", split.details().get(0).field());
    }

    @Test
    void onlyTheAppropriateBodyExportsATeacher() {
        assertDoesNotThrow(() -> SubjectAccessPolicy.requireCanExportTeacher(user(Role.AB_ADMIN, null)));
        for (Role role : List.of(Role.INDUCTION_COORDINATOR, Role.HEADTEACHER, Role.INDUCTION_TUTOR, Role.NQT)) {
            assertThrows(Forbidden.class, () -> SubjectAccessPolicy.requireCanExportTeacher(user(role, "100001")));
        }
    }

    @Test
    void aRectificationNamesAtLeastOneOfThreeFieldsAndNothingElse() {
        Rectification name = Rectification.from(RequestBody.parse("{\"familyName\": \" Byron \"}"), TODAY);
        assertEquals(Optional.of("Byron"), name.familyName());
        assertEquals(List.of("familyName"), name.fieldNames());

        assertEquals(Set.of("body"), fields("{}"));
        assertEquals(Set.of("trn", "schoolUrn"), fields("{\"givenName\": \"Ada\", \"trn\": \"1\", \"schoolUrn\": \"1\"}"));
        assertEquals(Set.of("givenName", "familyName", "dateOfBirth"),
                fields("{\"givenName\": \"\", \"familyName\": null, \"dateOfBirth\": \"2023-02-30\"}"));
        assertEquals(Set.of("dateOfBirth"), fields("{\"dateOfBirth\": \"2026-11-22\"}"));
        assertEquals(Set.of("dateOfBirth"), fields("{\"dateOfBirth\": \"1899-12-31\"}"));
        assertEquals(Set.of("givenName"), fields("{\"givenName\": \"" + "x".repeat(101) + "\"}"));
        assertEquals(Set.of("givenName"), fields("{\"givenName\": \"Ada\\u0007\"}"));
        assertEquals(Set.of("givenName"), fields("{\"givenName\": 7}"));
    }

    private static Set<String> fields(String body) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Rectification.from(RequestBody.parse(body), TODAY));
        Set<String> fields = new TreeSet<>();
        for (FieldError error : refused.details()) {
            fields.add(error.field());
        }
        return fields;
    }
}
