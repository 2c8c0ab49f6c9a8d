package org.inductionrecords.core.induction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One assessment of one induction. Its id is {@code T<term>-<KIND>}: deterministic, so "one per
 * induction, kind and term" is the key itself and a duplicate cannot be written.
 */
public record Assessment(
        String assessmentId,
        String inductionId,
        AssessmentKind kind,
        int term,
        LocalDate periodStart,
        LocalDate periodEnd,
        int daysAbsent,
        int statutoryLeaveDays,
        Progress progress,
        Map<Standard, StandardJudgement> standards,
        Optional<Recommendation> recommendation,
        Optional<String> summary,
        AssessmentStatus status,
        long version,
        String submittedBy,
        Instant submittedAt,
        Optional<String> signedBy,
        Optional<Instant> signedAt,
        Optional<String> acknowledgedBy,
        Optional<Instant> acknowledgedAt,
        Optional<String> teacherComment,
        Optional<Review> review) {

    public Assessment {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(inductionId, "inductionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(progress, "progress");
        standards = Standards.ordered(standards);
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(acknowledgedBy, "acknowledgedBy");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(teacherComment, "teacherComment");
        Objects.requireNonNull(review, "review");
    }

    /** What {@link #idOf} produces: {@code T<term>-<KIND>}. */
    public static final java.util.regex.Pattern ID_FORMAT = java.util.regex.Pattern.compile(
            "T(?:[1-9]|[1-9][0-9])-(?:TERMLY|PROGRESS_REVIEW|FORMAL|FINAL|INTERIM)");

    public static String idOf(AssessmentKind kind, int term) {
        return "T" + term + "-" + kind.name();
    }

    /** A fresh submission of the validated input, by the given user. */
    public static Assessment submitted(String inductionId, AssessmentSubmission input, String submittedBy,
                                       Instant submittedAt) {
        return new Assessment(idOf(input.kind(), input.term()), inductionId, input.kind(), input.term(),
                input.periodStart(), input.periodEnd(), input.daysAbsent(), input.statutoryLeaveDays(), input.progress(),
                input.standards(), input.recommendation(), input.summary(), AssessmentStatus.SUBMITTED, 1, submittedBy,
                submittedAt, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Signed by the headteacher and not returned since: what an outcome of PASSED or FAILED rests on (contract
     * section 7: never while the FINAL is RETURNED).
     */
    public boolean isSigned() {
        return status == AssessmentStatus.SIGNED || status == AssessmentStatus.ACKNOWLEDGED
                || status == AssessmentStatus.APPROVED;
    }

    /** Awaiting the AB's review: signed, not yet approved or returned, and of a kind the AB approves. */
    public boolean awaitsReview() {
        return (status == AssessmentStatus.SIGNED || status == AssessmentStatus.ACKNOWLEDGED)
                && kind != AssessmentKind.PROGRESS_REVIEW;
    }

    /** The same assessment with its content replaced by a correction: a new version, SUBMITTED, unsigned. */
    Assessment corrected(AssessmentSubmission input, String correctedBy, Instant at) {
        return new Assessment(assessmentId, inductionId, kind, term, input.periodStart(), input.periodEnd(),
                input.daysAbsent(), input.statutoryLeaveDays(), input.progress(), input.standards(),
                input.recommendation(), input.summary(), AssessmentStatus.SUBMITTED, version + 1, correctedBy, at,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), review);
    }

    Assessment reviewed(AssessmentStatus verdict, String reviewerUserId, Instant at, Optional<String> comment) {
        return new Assessment(assessmentId, inductionId, kind, term, periodStart, periodEnd, daysAbsent,
                statutoryLeaveDays, progress, standards, recommendation, summary, verdict, version + 1, submittedBy,
                submittedAt, signedBy, signedAt, acknowledgedBy, acknowledgedAt, teacherComment,
                Optional.of(new Review(reviewerUserId, at, comment)));
    }

    Assessment signed(String headteacherUserId, Instant at) {
        return new Assessment(assessmentId, inductionId, kind, term, periodStart, periodEnd, daysAbsent,
                statutoryLeaveDays, progress, standards, recommendation, summary, AssessmentStatus.SIGNED, version + 1,
                submittedBy, submittedAt, Optional.of(headteacherUserId), Optional.of(at), acknowledgedBy, acknowledgedAt,
                teacherComment, review);
    }

    Assessment acknowledged(String teacherUserId, Instant at, Optional<String> comment) {
        return new Assessment(assessmentId, inductionId, kind, term, periodStart, periodEnd, daysAbsent,
                statutoryLeaveDays, progress, standards, recommendation, summary, AssessmentStatus.ACKNOWLEDGED,
                version + 1, submittedBy, submittedAt, signedBy, signedAt, Optional.of(teacherUserId), Optional.of(at), comment,
                review);
    }
}
