package org.inductionrecords.core.retention;

import static org.inductionrecords.core.retention.ReductionStep.DELETE_ASSESSMENTS_AND_IDEMPOTENCY_RECORDS;
import static org.inductionrecords.core.retention.ReductionStep.RECORD_TERMS_SERVED;
import static org.inductionrecords.core.retention.ReductionStep.REMOVE_TEACHER_USERS;
import static org.inductionrecords.core.retention.ReductionStep.REWRITE_AS_BASIC_RECORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReductionPlanTest {

    private final RetainedInduction passed = Inductions.completed("PASSED", LocalDate.of(2019, 7, 18), false);

    @Test
    void termsServedIsFixedBeforeTheAssessmentsGoAndTheRewriteComesLast() {
        assertEquals(List.of(RECORD_TERMS_SERVED, DELETE_ASSESSMENTS_AND_IDEMPOTENCY_RECORDS, REMOVE_TEACHER_USERS,
                REWRITE_AS_BASIC_RECORD), ReductionPlan.steps(passed, false));
    }

    @Test
    void theTeachersLoginStaysWhileAnotherOfTheirInductionsIsLive() {
        assertEquals(List.of(RECORD_TERMS_SERVED, DELETE_ASSESSMENTS_AND_IDEMPOTENCY_RECORDS, REWRITE_AS_BASIC_RECORD),
                ReductionPlan.steps(passed, true));
    }

    @Test
    void aRerunAfterTermsServedWasRecordedDoesNotRecountThem() {
        RetainedInduction resumed = new RetainedInduction(passed.inductionId(), passed.status(), false,
                passed.retentionEnds(), passed.basicRecord().withTermsServed(6));
        assertEquals(List.of(DELETE_ASSESSMENTS_AND_IDEMPOTENCY_RECORDS, REMOVE_TEACHER_USERS, REWRITE_AS_BASIC_RECORD),
                ReductionPlan.steps(resumed, false));
    }
}
