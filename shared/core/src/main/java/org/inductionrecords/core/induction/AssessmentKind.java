package org.inductionrecords.core.induction;

/** What an assessment is; which kind is allowed at which term is {@link AssessmentSchedule}'s job. */
public enum AssessmentKind {
    /** NQT, end of terms 1 and 2. */
    TERMLY,
    /** ECT, terms 1, 2, 4 and 5. */
    PROGRESS_REVIEW,
    /** ECT, end of term 3. */
    FORMAL,
    /** The last term of either programme. */
    FINAL,
    /** Any term, for a teacher leaving part-way. */
    INTERIM
}
