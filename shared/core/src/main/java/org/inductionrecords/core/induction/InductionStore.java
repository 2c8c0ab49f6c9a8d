package org.inductionrecords.core.induction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.user.User;

/**
 * Where inductions and assessments are kept. Every change is one conditional write together with
 * its audit event; a condition that no longer holds is a Conflict (409), never a partial write.
 */
public interface InductionStore {

    /** Any user record, without side effects (the tutor named on a registration). */
    Optional<User> findUser(String userId);

    /**
     * The date of birth held with this TRN by any induction of any school (they all agree: see
     * {@link TeacherIdentity}), or empty when no induction holds the TRN.
     */
    Optional<LocalDate> heldDateOfBirth(String trn);

    /**
     * Writes a new induction if its school exists (else NotFound), its tutor is still an active or
     * invited tutor of that school (else InvalidInput on tutorUserId) and its TRN has no induction in
     * progress (else Conflict).
     */
    void register(Induction induction, AuditEvent event);

    Optional<Induction> find(String inductionId);

    Page<Induction> list(InductionAccessPolicy.ListScope scope, Optional<String> nextToken, int limit);

    /** Inductions across every school, by the filter, sorted by family name (TABLE.md, pattern 21). */
    Page<Induction> listAcross(InductionFilter filter, Optional<String> nextToken, int limit);

    /**
     * Writes the assessment, unless one of its kind and term exists (else Conflict), together with the
     * induction as the submission leaves it, if the induction is still at {@code readVersion} (else
     * InductionChanged); with an idempotency key, the key's record is written in the same transaction, and
     * a key seen before answers the stored response or a mismatch instead, whatever else failed.
     */
    Submission submit(Induction updated, long readVersion, Assessment assessment,
                      Optional<IdempotentRequest> idempotency, StoredResponse response, AuditEvent event);

    /**
     * The answer an idempotency key already has (Replayed, or KeyMismatch for another request), if it was
     * seen before and has not expired at {@code now}: a retry is answered so even when the rules now refuse.
     */
    Optional<Submission> answeredBefore(String inductionId, IdempotentRequest request, Instant now);

    /** The induction and one of its assessments, read together. */
    record InductionAndAssessment(Optional<Induction> induction, Optional<Assessment> assessment) {
    }

    InductionAndAssessment findAssessment(String inductionId, String assessmentId);

    Page<Assessment> listAssessments(String inductionId, Optional<String> nextToken, int limit);

    /** Replaces the assessment if it is still at {@code expectedVersion}, else Conflict. */
    void updateAssessment(Assessment updated, long expectedVersion, AuditEvent event);

    /**
     * Replaces the induction if it is still at {@code expectedVersion} and, when given, the named
     * assessment is SIGNED or ACKNOWLEDGED (else Conflict); releases the TRN lock when asked.
     */
    void recordOutcome(OutcomeRules.Plan plan, long expectedVersion, AuditEvent event);

    /** Replaces the induction if it is still at {@code expectedVersion}, else Conflict. */
    void updateInduction(Induction updated, long expectedVersion, AuditEvent event);

    /** A read's audit event. */
    void audit(AuditEvent event);
}
