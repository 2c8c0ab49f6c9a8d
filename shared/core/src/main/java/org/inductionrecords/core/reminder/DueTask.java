package org.inductionrecords.core.reminder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One task of a user's task list as a reminder names it (CONTRACT.md section 7, {@code GET /tasks}): its type, the
 * induction, the teacher's name (the task list holds only inductions the user may see, so only such names reach an
 * email) and its due date. Tasks without a due date have nothing to remind of and are not given here.
 */
public record DueTask(String type, String inductionId, String teacherName, LocalDate dueDate) {

    public DueTask {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(inductionId, "inductionId");
        Objects.requireNonNull(teacherName, "teacherName");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    public boolean overdueOn(LocalDate asOf) {
        return dueDate.isBefore(asOf);
    }
}
