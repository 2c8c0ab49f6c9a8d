package org.inductionrecords.core.retention;

import java.time.LocalDate;

/** What the sweep does with one induction it found in the retention index. */
public enum RetentionDecision {
    /** Six years have run and nothing holds it: reduce to the basic record. */
    REDUCE,
    /** Due, but under legal hold: leave everything, count it. */
    SKIP_LEGAL_HOLD,
    /** Not (or no longer) due: not completed, already reduced, or its end date is after the as-of date. */
    NOT_DUE;

    public static RetentionDecision of(RetainedInduction induction, LocalDate asOf) {
        if (!induction.isCompleted() || induction.retentionEnds().isEmpty()
                || !RetentionPeriod.isDue(induction.retentionEnds().get(), asOf)) {
            return NOT_DUE;
        }
        return induction.legalHold() ? SKIP_LEGAL_HOLD : REDUCE;
    }
}
