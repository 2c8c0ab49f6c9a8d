package org.inductionrecords.core.retention;

import java.time.LocalDate;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Retention;

/** What the sweep does with one induction it found in the retention index (after a consistent read). */
public enum RetentionDecision {
    /** Six years have run and nothing holds it: reduce to the basic record. */
    REDUCE,
    /** Due, but under legal hold: leave everything, count it. */
    SKIP_LEGAL_HOLD,
    /** Not (or no longer) due: not finished, already reduced, or its end date is after the as-of date. */
    NOT_DUE;

    public static RetentionDecision of(Induction induction, LocalDate asOf) {
        if (induction.isReduced() || !induction.awaitsRetention()
                || !Retention.isDue(induction.retentionEnds().orElseThrow(), asOf)) {
            return NOT_DUE;
        }
        return induction.legalHold() ? SKIP_LEGAL_HOLD : REDUCE;
    }
}
