package org.inductionrecords.core.induction;

/** An induction's state. REDUCED: the retention sweep has left only the basic record. */
public enum InductionStatus {
    IN_PROGRESS,
    PASSED,
    FAILED,
    CLOSED,
    REDUCED
}
