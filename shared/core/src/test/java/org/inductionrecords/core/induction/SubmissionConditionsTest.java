package org.inductionrecords.core.induction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.junit.jupiter.api.Test;

/** The conditions the store checks in the transaction must say exactly what the schedule says. */
class SubmissionConditionsTest {

    private static User user(Role role) {
        return new User("u1", "u@example.org", "G", "F", role, Optional.of("123456"),
                role == Role.NQT ? Optional.of("1234567") : Optional.empty(), UserStatus.ACTIVE);
    }

    private static AssessmentSubmission input(AssessmentKind kind, int term) {
        return new AssessmentSubmission(kind, term, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), 0,
                Progress.SATISFACTORY, Map.of(), Optional.empty(), Optional.empty());
    }

    /** How the store's expression reads an extension: E = ceil(ext); E >= min is ext > min-1; E <= max is ext <= max. */
    private static boolean expressionAccepts(SubmissionConditions.ExtensionRange range, BigDecimal ext) {
        boolean aboveMin = range.min() == 0 || ext.compareTo(BigDecimal.valueOf(range.min() - 1)) > 0;
        boolean belowMax = range.max() >= SubmissionConditions.MAX_WHOLE_EXTENSION
                || ext.compareTo(BigDecimal.valueOf(range.max())) <= 0;
        return aboveMin && belowMax;
    }

    @Test
    void theConditionsAcceptExactlyTheInductionsWhoseScheduleHasThisKindAtThisTerm() {
        for (Programme programme : Programme.values()) {
            for (AssessmentKind kind : AssessmentKind.values()) {
                for (int term = 1; term <= AssessmentSchedule.MAX_TERMS; term++) {
                    SubmissionConditions conditions = SubmissionConditions.of(user(Role.INDUCTION_TUTOR),
                            input(kind, term)).orElseThrow();
                    for (int tenths = 0; tenths <= 60; tenths++) {
                        BigDecimal ext = BigDecimal.valueOf(tenths, 1);
                        boolean scheduled = AssessmentSchedule.of(programme, ext).allows(kind, term);
                        SubmissionConditions.ExtensionRange range = conditions.allowedExtensions().get(programme);
                        boolean accepted = range != null && expressionAccepts(range, ext);
                        assertEquals(scheduled, accepted, programme + " " + kind + " T" + term + " ext " + ext
                                + " (ceil " + ext.setScale(0, RoundingMode.CEILING) + ")");
                    }
                }
            }
        }
    }

    @Test
    void aTutorMustBeTheAssignedOneAHeadteacherOnlyOfTheSchoolOthersNeedARead() {
        SubmissionConditions tutor = SubmissionConditions.of(user(Role.INDUCTION_TUTOR),
                input(AssessmentKind.TERMLY, 1)).orElseThrow();
        assertEquals(Optional.of("u1"), tutor.assignedTutorUserId());
        assertEquals("123456", tutor.schoolUrn());
        SubmissionConditions head = SubmissionConditions.of(user(Role.HEADTEACHER),
                input(AssessmentKind.TERMLY, 1)).orElseThrow();
        assertEquals(Optional.empty(), head.assignedTutorUserId());
        for (Role role : new Role[] {Role.INDUCTION_COORDINATOR, Role.NQT}) {
            assertTrue(SubmissionConditions.of(user(role), input(AssessmentKind.TERMLY, 1)).isEmpty(), role.name());
        }
    }
}
