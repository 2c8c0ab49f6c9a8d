package org.inductionrecords.core.induction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentScheduleTest {

    private static Set<AssessmentKind> kinds(AssessmentKind... kinds) {
        return kinds.length == 0 ? EnumSet.noneOf(AssessmentKind.class) : EnumSet.of(kinds[0], kinds);
    }

    @Test
    void nqtHasTermlyAtOneAndTwoAndFinalAtThree() {
        AssessmentSchedule nqt = AssessmentSchedule.of(Programme.NQT, BigDecimal.ZERO);
        assertEquals(3, nqt.totalTerms());
        assertEquals(kinds(AssessmentKind.TERMLY, AssessmentKind.INTERIM), nqt.kindsAt(1));
        assertEquals(kinds(AssessmentKind.TERMLY, AssessmentKind.INTERIM), nqt.kindsAt(2));
        assertEquals(kinds(AssessmentKind.FINAL, AssessmentKind.INTERIM), nqt.kindsAt(3));
        assertEquals(kinds(), nqt.kindsAt(4));
        assertEquals(kinds(), nqt.kindsAt(0));
    }

    @Test
    void ectHasReviewsAtOneTwoFourFiveFormalAtThreeFinalAtSix() {
        AssessmentSchedule ect = AssessmentSchedule.of(Programme.ECT, BigDecimal.ZERO);
        for (int term : new int[] {1, 2, 4, 5}) {
            assertEquals(kinds(AssessmentKind.PROGRESS_REVIEW, AssessmentKind.INTERIM), ect.kindsAt(term));
        }
        assertEquals(kinds(AssessmentKind.FORMAL, AssessmentKind.INTERIM), ect.kindsAt(3));
        assertEquals(kinds(AssessmentKind.FINAL, AssessmentKind.INTERIM), ect.kindsAt(6));
        assertEquals(kinds(), ect.kindsAt(7));
    }

    @Test
    void aFractionalExtensionAddsWholeAssessedTermsAndMovesTheFinal() {
        AssessmentSchedule nqt = AssessmentSchedule.of(Programme.NQT, new BigDecimal("1.5"));
        assertEquals(5, nqt.totalTerms());
        assertTrue(nqt.allows(AssessmentKind.TERMLY, 3));
        assertTrue(nqt.allows(AssessmentKind.TERMLY, 4));
        assertFalse(nqt.allows(AssessmentKind.FINAL, 3));
        assertTrue(nqt.allows(AssessmentKind.FINAL, 5));
        AssessmentSchedule ect = AssessmentSchedule.of(Programme.ECT, new BigDecimal("0.5"));
        assertTrue(ect.allows(AssessmentKind.PROGRESS_REVIEW, 6));
        assertTrue(ect.allows(AssessmentKind.FINAL, 7));
        assertTrue(ect.allows(AssessmentKind.FORMAL, 3));
        assertFalse(ect.allows(AssessmentKind.PROGRESS_REVIEW, 3));
    }
}
