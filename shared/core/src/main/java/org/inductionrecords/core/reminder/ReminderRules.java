package org.inductionrecords.core.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Which tasks a day's reminder lists (CONTRACT.md section 8, as AB systems do: a week before, on the day, when
 * overdue, then weekly): a task due within the next 7 days or that day, and an overdue one on the first day it is
 * overdue and then on Mondays.
 */
public final class ReminderRules {

    public static final int DAYS_AHEAD = 7;

    private ReminderRules() {
    }

    public static boolean remindOn(LocalDate dueDate, LocalDate asOf) {
        if (!dueDate.isBefore(asOf)) {
            return !dueDate.isAfter(asOf.plusDays(DAYS_AHEAD));
        }
        return dueDate.plusDays(1).equals(asOf) || asOf.getDayOfWeek() == DayOfWeek.MONDAY;
    }

    /** The tasks of that day's reminder, soonest due first. */
    public static List<DueTask> toRemind(List<DueTask> tasks, LocalDate asOf) {
        return tasks.stream().filter(task -> remindOn(task.dueDate(), asOf))
                .sorted(java.util.Comparator.comparing(DueTask::dueDate).thenComparing(DueTask::inductionId))
                .toList();
    }
}
