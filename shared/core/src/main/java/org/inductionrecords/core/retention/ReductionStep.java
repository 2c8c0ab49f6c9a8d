package org.inductionrecords.core.retention;

/**
 * The steps of one reduction, in the order that is safe to interrupt: every step before the last is
 * idempotent and leaves the induction in the retention index, so the next sweep finds it again and
 * repeats them; the last step takes it out of the index in one conditional transaction, so nothing is
 * reduced twice.
 */
public enum ReductionStep {
    /**
     * Claim the induction: bump its version on condition that it is unchanged since the read and not
     * under legal hold, so a legal hold or correction made from an older read fails and is re-read before
     * anything is deleted. A closed induction also gets its terms served fixed here (it ended part-way,
     * so they are the last assessed term), while the assessments still exist.
     */
    CLAIM,
    /** Delete its assessments and idempotency records (the latter hold copies of answers). */
    DELETE_ASSESSMENTS_AND_IDEMPOTENCY_RECORDS,
    /** Delete the teacher's NQT login and user record, unless another live induction of the TRN needs them. */
    REMOVE_TEACHER_USERS,
    /** Replace the induction by its basic record (out of the retention index) and write the audit event. */
    REWRITE_AS_BASIC_RECORD
}
