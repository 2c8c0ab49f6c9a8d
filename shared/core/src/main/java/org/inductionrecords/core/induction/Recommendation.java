package org.inductionrecords.core.induction;

/** The headteacher's recommendation on a FINAL assessment. */
public enum Recommendation {
    PASS,
    FAIL,
    EXTEND
}
