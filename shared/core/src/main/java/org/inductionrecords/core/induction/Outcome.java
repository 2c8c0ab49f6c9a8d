package org.inductionrecords.core.induction;

/** The Appropriate Body's decision after the final assessment. */
public enum Outcome {
    PASSED,
    FAILED,
    EXTENDED
}
