package org.inductionrecords.core.induction;

/** An induction's state. REDUCED: the retention sweep has left only the basic record. */
public enum InductionStatus {
    IN_PROGRESS,
    /** Between schools: the last period is closed and no school has yet continued the induction. */
    LEFT,
    PASSED,
    FAILED,
    CLOSED,
    REDUCED
}
