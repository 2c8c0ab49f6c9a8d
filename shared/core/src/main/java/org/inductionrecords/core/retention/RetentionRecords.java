package org.inductionrecords.core.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.induction.Induction;

/**
 * The sweep's access to the records (DynamoDB behind it). Every write here is idempotent or conditional,
 * which is what makes a reduction safe to interrupt and repeat.
 */
public interface RetentionRecords {

    /**
     * One page of the ids of inductions whose retention ends on or before {@code asOf}, oldest first,
     * from the sparse retention index (never a scan). {@code cursor} is a previous page's nextToken.
     */
    Page<String> dueInductionIds(LocalDate asOf, Optional<String> cursor);

    /** A consistent read of the induction; empty if it does not exist. */
    Optional<Induction> find(String inductionId);

    /** The ids of the induction's assessments ({@code T<term>-<KIND>}). */
    List<String> assessmentIds(String inductionId);

    /**
     * Claims the induction for reduction: bumps its version (and stores {@code termsServed} unless a
     * previous run did), on condition that it is unchanged since {@code read} and not under legal hold.
     * Answers it as now stored, or empty if it changed meanwhile.
     */
    Optional<Induction> claim(Induction read, Optional<Integer> termsServed);

    /** Deletes the induction's assessment and idempotency items; nothing if there are none. */
    void deleteAssessmentsAndIdempotencyRecords(String inductionId);

    /** Whether the TRN has an induction other than this one that is not reduced (a consistent answer). */
    boolean teacherHasAnotherLiveInduction(String trn, String exceptInductionId);

    /** The NQT users that carry this TRN. */
    List<TeacherUser> teacherUsers(String trn);

    /** Deletes the user record and its email lock with the audit event, in one transaction; nothing if gone. */
    void removeTeacherUser(TeacherUser user, AuditEvent audit);

    /**
     * Replaces the induction by {@code reduced} (its basic record, out of the retention index) with the
     * audit event, in one transaction, on condition that it is unchanged since {@code read} (same version,
     * still finished and due, not under legal hold). Answers false if that no longer holds.
     */
    boolean rewriteAsBasicRecord(Induction read, Induction reduced, AuditEvent audit);
}
