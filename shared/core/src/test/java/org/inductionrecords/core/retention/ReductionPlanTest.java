package org.inductionrecords.core.retention;

import static org.inductionrecords.core.retention.ReductionStep.DELETE_ASSESSMENTS_AND_IDEMPOTENCY_RECORDS;
import static org.inductionrecords.core.retention.ReductionStep.CLAIM;
import static org.inductionrecords.core.retention.ReductionStep.REMOVE_TEACHER_USERS;
import static org.inductionrecords.core.retention.ReductionStep.REWRITE_AS_BASIC_RECORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.junit.jupiter.api.Test;

class ReductionPlanTest {

    private static final LocalDate ON = LocalDate.of(2019, 7, 18);

    @Test
    void aReductionIsClaimedFirstAndRewrittenLast() {
        assertEquals(List.of(CLAIM, DELETE_ASSESSMENTS_AND_IDEMPOTENCY_RECORDS, REMOVE_TEACHER_USERS,
                REWRITE_AS_BASIC_RECORD), ReductionPlan.steps(Inductions.finished(InductionStatus.PASSED, ON), false));
    }

    @Test
    void theTeachersLoginStaysWhileAnotherOfTheirInductionsIsLive() {
        assertEquals(List.of(CLAIM, DELETE_ASSESSMENTS_AND_IDEMPOTENCY_RECORDS, REWRITE_AS_BASIC_RECORD),
                ReductionPlan.steps(Inductions.finished(InductionStatus.PASSED, ON), true));
    }

    @Test
    void onlyAClosedInductionHasItsTermsServedCountedFromItsAssessments() {
        assertTrue(ReductionPlan.countsTermsServed(Inductions.closed(ON)));
        assertFalse(ReductionPlan.countsTermsServed(Inductions.finished(InductionStatus.PASSED, ON)));
        assertFalse(ReductionPlan.countsTermsServed(Inductions.finished(InductionStatus.FAILED, ON)));
    }

    @Test
    void aRerunAfterTermsServedWasRecordedDoesNotRecountThem() {
        Induction closed = Inductions.closed(ON);
        Induction counted = closed.withRetention(closed.retention().withTermsServed(BigDecimal.TWO));
        assertFalse(ReductionPlan.countsTermsServed(counted));
    }
}
