package org.inductionrecords.core.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.inductionrecords.core.induction.AssessmentKind;

/** One calendar term of an induction's schedule: the kind due, its period and due date (when dated), its status. */
public record ScheduledAssessment(int term, AssessmentKind kind, Optional<LocalDate> periodStart,
                                  Optional<LocalDate> periodEnd, Optional<LocalDate> dueDate, ScheduleStatus status,
                                  Optional<String> assessmentId) {

    public ScheduledAssessment {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(periodStart);
        Objects.requireNonNull(periodEnd);
        Objects.requireNonNull(dueDate);
        Objects.requireNonNull(status);
        Objects.requireNonNull(assessmentId);
    }

    /** Due or overdue: an assessment to write now. */
    public boolean needsWriting() {
        return status == ScheduleStatus.DUE || status == ScheduleStatus.OVERDUE;
    }
}
