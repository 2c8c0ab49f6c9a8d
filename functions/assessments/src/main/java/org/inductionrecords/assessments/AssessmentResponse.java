package org.inductionrecords.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.deadline.DatedAssessment;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.Review;
import org.inductionrecords.core.induction.Standard;
import org.inductionrecords.core.induction.StandardJudgement;

/** The contract's assessment record (with its {@code dueDate}, section 7), plus who signed and acknowledged it, when, and the teacher's comment. */
record AssessmentResponse(
        String assessmentId,
        String inductionId,
        String kind,
        int term,
        LocalDate periodStart,
        LocalDate periodEnd,
        int daysAbsent,
        int statutoryLeaveDays,
        String progress,
        Optional<Map<Standard, StandardJudgement>> standards,
        Optional<String> recommendation,
        Optional<String> summary,
        String status,
        long version,
        String submittedBy,
        Instant submittedAt,
        Optional<String> signedBy,
        Optional<Instant> signedAt,
        Optional<String> acknowledgedBy,
        Optional<Instant> acknowledgedAt,
        Optional<String> teacherComment,
        Optional<String> returnComment,
        Optional<Instant> reviewedAt,
        Optional<String> reviewedBy,
        Optional<LocalDate> dueDate) {

    /** As the assessment routes answer it: with its due date (contract section 7). */
    static AssessmentResponse of(DatedAssessment dated) {
        return of(dated.assessment(), dated.dueDate());
    }

    /** Without a due date (the data-subject export: what is held, not what is due). */
    static AssessmentResponse of(Assessment a) {
        return of(a, Optional.empty());
    }

    private static AssessmentResponse of(Assessment a, Optional<LocalDate> dueDate) {
        return new AssessmentResponse(a.assessmentId(), a.inductionId(), a.kind().name(), a.term(), a.periodStart(),
                a.periodEnd(), a.daysAbsent(), a.statutoryLeaveDays(), a.progress().name(),
                a.standards().isEmpty() ? Optional.empty() : Optional.of(a.standards()),
                a.recommendation().map(Enum::name), a.summary(), a.status().name(), a.version(), a.submittedBy(),
                a.submittedAt(), a.signedBy(), a.signedAt(), a.acknowledgedBy(), a.acknowledgedAt(),
                a.teacherComment(), a.review().flatMap(Review::returnComment), a.review().map(Review::reviewedAt),
                a.review().map(Review::reviewedBy), dueDate);
    }
}
