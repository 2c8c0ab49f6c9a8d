package org.inductionrecords.core.induction;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A validated assessment body, before it is checked against its induction. */
public record AssessmentSubmission(
        AssessmentKind kind,
        int term,
        LocalDate periodStart,
        LocalDate periodEnd,
        int daysAbsent,
        int statutoryLeaveDays,
        Progress progress,
        Map<Standard, StandardJudgement> standards,
        Optional<Recommendation> recommendation,
        Optional<String> summary) {

    public AssessmentSubmission {
        standards = Standards.ordered(standards);
    }
}
