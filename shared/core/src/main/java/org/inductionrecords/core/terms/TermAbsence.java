package org.inductionrecords.core.terms;

import java.time.Instant;
import java.util.Objects;

/**
 * The days absent recorded for one calendar term (by its assessments), how many of them were statutory
 * leave, and when they were last recorded.
 */
public record TermAbsence(int daysAbsent, int statutoryLeaveDays, Instant recordedAt) {

    public TermAbsence {
        Objects.requireNonNull(recordedAt);
        if (daysAbsent < 0 || statutoryLeaveDays < 0 || statutoryLeaveDays > daysAbsent) {
            throw new IllegalArgumentException("0 <= statutoryLeaveDays <= daysAbsent");
        }
    }

    TermAbsence plus(TermAbsence other) {
        return new TermAbsence(daysAbsent + other.daysAbsent, statutoryLeaveDays + other.statutoryLeaveDays,
                recordedAt.isAfter(other.recordedAt) ? recordedAt : other.recordedAt);
    }
}
