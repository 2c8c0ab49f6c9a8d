package org.inductionrecords.core.deadline;

/** Where one assessment point of an induction stands as of a day (contract section 7). */
public enum ScheduleStatus {
    DONE, DUE, OVERDUE, UPCOMING
}
