package org.inductionrecords.core.induction;

import java.time.Instant;
import java.util.Optional;
import org.inductionrecords.core.error.Conflict;

/**
 * SUBMITTED -> SIGNED (headteacher) -> ACKNOWLEDGED (the teacher), each step once, in order; then the AB's
 * review (DOMAIN.md "The AB's review"; contract section 7): APPROVED, or RETURNED with a comment, and a RETURNED
 * or not yet signed assessment is corrected as a new version, SUBMITTED again.
 */
public final class Workflow {

    private Workflow() {
    }

    public static Assessment sign(Assessment assessment, String headteacherUserId, Instant at) {
        if (assessment.status() != AssessmentStatus.SUBMITTED) {
            throw new Conflict("Only a SUBMITTED assessment can be signed; this one is " + assessment.status() + ".");
        }
        return assessment.signed(headteacherUserId, at);
    }

    public static Assessment acknowledge(Assessment assessment, String teacherUserId, Instant at,
                                         Optional<String> comment) {
        if (assessment.status() != AssessmentStatus.SIGNED) {
            throw new Conflict("Only a SIGNED assessment can be acknowledged; this one is "
                    + assessment.status() + ".");
        }
        return assessment.acknowledged(teacherUserId, at, comment);
    }

    public static Assessment approve(Assessment assessment, String reviewerUserId, Instant at) {
        if (assessment.kind() == AssessmentKind.PROGRESS_REVIEW) {
            throw new Conflict("A progress review needs no approval by the Appropriate Body.");
        }
        if (assessment.status() != AssessmentStatus.SIGNED && assessment.status() != AssessmentStatus.ACKNOWLEDGED) {
            throw new Conflict("Only a SIGNED or ACKNOWLEDGED assessment can be approved; this one is "
                    + assessment.status() + ".");
        }
        return assessment.reviewed(AssessmentStatus.APPROVED, reviewerUserId, at, Optional.empty());
    }

    public static Assessment returnForCorrection(Assessment assessment, String reviewerUserId, Instant at,
                                                 String comment) {
        if (assessment.status() != AssessmentStatus.SIGNED && assessment.status() != AssessmentStatus.ACKNOWLEDGED
                && assessment.status() != AssessmentStatus.APPROVED) {
            throw new Conflict("Only a SIGNED, ACKNOWLEDGED or APPROVED assessment can be returned; this one is "
                    + assessment.status() + ".");
        }
        return assessment.reviewed(AssessmentStatus.RETURNED, reviewerUserId, at, Optional.of(comment));
    }

    /** A correction keeps the kind and term (they are the assessment's identity) and clears every signature. */
    public static Assessment correct(Assessment assessment, AssessmentSubmission input, String correctorUserId,
                                     Instant at) {
        if (assessment.status() != AssessmentStatus.SUBMITTED && assessment.status() != AssessmentStatus.RETURNED) {
            throw new Conflict("Only a SUBMITTED or RETURNED assessment can be corrected; this one is "
                    + assessment.status() + ".");
        }
        if (input.kind() != assessment.kind()) {
            throw org.inductionrecords.core.error.InvalidInput.of("kind", "must stay " + assessment.kind());
        }
        if (input.term() != assessment.term()) {
            throw org.inductionrecords.core.error.InvalidInput.of("term", "must stay " + assessment.term());
        }
        return assessment.corrected(input, correctorUserId, at);
    }
}
