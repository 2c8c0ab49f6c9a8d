package org.inductionrecords.core.induction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.junit.jupiter.api.Test;

class InductionAccessPolicyTest {

    private static final Induction INDUCTION = Induction.register("i1", "100001",
            new Teacher("1234567", "Ada", "Lovelace", LocalDate.of(1995, 1, 1), Optional.empty()),
            Programme.ECT, LocalDate.of(2024, 9, 2), BigDecimal.ONE, "tutor-1");

    private static User user(String id, Role role, String urn, String trn) {
        return new User(id, id + "@example.org", "G", "F", role,
                role == Role.AB_ADMIN ? Optional.empty() : Optional.of(urn), Optional.ofNullable(trn), UserStatus.ACTIVE);
    }

    @Test
    void eachRoleSeesOnlyItsScope() {
        assertTrue(InductionAccessPolicy.canSee(user("a", Role.AB_ADMIN, null, null), INDUCTION));
        assertTrue(InductionAccessPolicy.canSee(user("c", Role.INDUCTION_COORDINATOR, "100001", null), INDUCTION));
        assertFalse(InductionAccessPolicy.canSee(user("c", Role.INDUCTION_COORDINATOR, "100002", null), INDUCTION));
        assertTrue(InductionAccessPolicy.canSee(user("h", Role.HEADTEACHER, "100001", null), INDUCTION));
        assertTrue(InductionAccessPolicy.canSee(user("tutor-1", Role.INDUCTION_TUTOR, "100001", null), INDUCTION));
        assertFalse(InductionAccessPolicy.canSee(user("tutor-2", Role.INDUCTION_TUTOR, "100001", null), INDUCTION));
        assertFalse(InductionAccessPolicy.canSee(user("tutor-1", Role.INDUCTION_TUTOR, "100002", null), INDUCTION),
                "the same id in another school is not the assigned tutor");
        assertTrue(InductionAccessPolicy.canSee(user("n", Role.NQT, "100009", "1234567"), INDUCTION),
                "a teacher sees its own induction wherever it is");
        assertFalse(InductionAccessPolicy.canSee(user("n", Role.NQT, "100001", "7654321"), INDUCTION));
    }

    @Test
    void outOfScopeIs404AndInScopeButWrongRoleIs403() {
        assertThrows(NotFound.class, () -> InductionAccessPolicy.requireCanSign(
                user("h", Role.HEADTEACHER, "100002", null), INDUCTION));
        assertThrows(Forbidden.class, () -> InductionAccessPolicy.requireCanSign(
                user("tutor-1", Role.INDUCTION_TUTOR, "100001", null), INDUCTION));
        assertThrows(Forbidden.class, () -> InductionAccessPolicy.requireCanDecide(
                user("c", Role.INDUCTION_COORDINATOR, "100001", null), INDUCTION));
        assertThrows(NotFound.class, () -> InductionAccessPolicy.requireCanRegister(
                user("c", Role.INDUCTION_COORDINATOR, "100002", null), "100001"));
        assertThrows(Forbidden.class, () -> InductionAccessPolicy.requireCanRegister(
                user("h", Role.HEADTEACHER, "100001", null), "100001"));
    }

    @Test
    void aTutorListsOnlyItsAssignmentsAndAnNqtOnlyItself() {
        assertEquals(new InductionAccessPolicy.ListScope.AssignedTo("tutor-1", "100001"),
                InductionAccessPolicy.listScope(user("tutor-1", Role.INDUCTION_TUTOR, "100001", null), "100001"));
        assertEquals(new InductionAccessPolicy.ListScope.OwnTeacher("1234567", "100001"),
                InductionAccessPolicy.listScope(user("n", Role.NQT, "100001", "1234567"), "100001"));
        assertThrows(NotFound.class, () -> InductionAccessPolicy.listScope(
                user("h", Role.HEADTEACHER, "100002", null), "100001"));
    }
}
