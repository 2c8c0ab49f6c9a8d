package org.inductionrecords.core.induction;

/** An assessment's workflow: tutor or headteacher submits, headteacher signs, teacher acknowledges. */
public enum AssessmentStatus {
    SUBMITTED,
    SIGNED,
    ACKNOWLEDGED
}
