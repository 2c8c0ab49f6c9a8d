package org.inductionrecords.core.retention;

import java.util.ArrayList;
import java.util.List;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;

/**
 * The steps one reduction takes. A teacher may have a later induction (at another school, or after a
 * closed one) that is not yet reduced: their NQT login then stays, because that record still needs it,
 * and goes with the reduction of the last of their inductions.
 */
public final class ReductionPlan {

    private ReductionPlan() {
    }

    public static List<ReductionStep> steps(Induction induction, boolean teacherHasAnotherLiveInduction) {
        List<ReductionStep> steps = new ArrayList<>();
        steps.add(ReductionStep.CLAIM);
        steps.add(ReductionStep.DELETE_ASSESSMENTS_AND_IDEMPOTENCY_RECORDS);
        if (!teacherHasAnotherLiveInduction) {
            steps.add(ReductionStep.REMOVE_TEACHER_USERS);
        }
        steps.add(ReductionStep.REWRITE_AS_BASIC_RECORD);
        return List.copyOf(steps);
    }

    /**
     * Whether the claim must count terms served from the assessments: a pass or fail served the programme
     * plus extensions ({@link Induction#reduce}); a closed induction ended part-way, and a re-run after an
     * interrupted reduction finds the count already stored.
     */
    public static boolean countsTermsServed(Induction induction) {
        return induction.status() == InductionStatus.CLOSED && induction.termsServed().isEmpty();
    }
}
