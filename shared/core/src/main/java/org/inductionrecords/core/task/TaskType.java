package org.inductionrecords.core.task;

/** The kinds of work a user is asked to do (contract section 7), each for the role named. */
public enum TaskType {
    /** Assigned tutor: an assessment point whose term has begun (or whose due date has passed) has none. */
    ASSESSMENT_DUE,
    /** Headteacher: a SUBMITTED assessment to sign. */
    SIGNATURE_NEEDED,
    /** The NQT: a SIGNED assessment to acknowledge. */
    ACKNOWLEDGEMENT_NEEDED,
    /** Assigned tutor and headteacher: the AB returned an assessment. */
    CORRECTION_NEEDED,
    /** Coordinator and tutor of the school a teacher left part-way. */
    INTERIM_NEEDED,
    /** AB admin: a signed assessment (not a progress review) to approve or return. */
    REVIEW_NEEDED,
    /** AB admin: the FINAL is signed, the outcome is due (20 working days). */
    DECISION_DUE,
    /** Coordinator: an induction's assigned tutor is suspended. */
    NO_TUTOR
}
