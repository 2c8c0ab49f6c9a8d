package org.inductionrecords.core.task;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** One piece of work for one user: {@code overdue} is {@code dueDate} before the as-of day (Europe/London). */
public record Task(TaskType type, String inductionId, Optional<String> assessmentId, String schoolUrn,
                   Optional<LocalDate> dueDate, boolean overdue) {

    public Task {
        Objects.requireNonNull(type);
        Objects.requireNonNull(inductionId);
        Objects.requireNonNull(assessmentId);
        Objects.requireNonNull(schoolUrn);
        Objects.requireNonNull(dueDate);
    }

    static Task of(TaskType type, String inductionId, Optional<String> assessmentId, String schoolUrn,
                   Optional<LocalDate> dueDate, LocalDate asOf) {
        return new Task(type, inductionId, assessmentId, schoolUrn, dueDate,
                dueDate.filter(asOf::isAfter).isPresent());
    }

    /** Most urgent first: overdue, then by due date, undated last; ties in a stable order. */
    public static final Comparator<Task> BY_URGENCY = Comparator.comparing(Task::overdue).reversed()
            .thenComparing(task -> task.dueDate().orElse(LocalDate.MAX))
            .thenComparing(Task::type)
            .thenComparing(Task::inductionId)
            .thenComparing(task -> task.assessmentId().orElse(""));
}
