package org.inductionrecords.core.retention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An induction as the sweep sees it after a consistent read: what decides whether it is due, and the
 * basic record it would be reduced to.
 */
public record RetainedInduction(
        String inductionId,
        String status,
        boolean legalHold,
        Optional<LocalDate> retentionEnds,
        BasicRecord basicRecord) {

    /** The statuses whose six-year clock runs; {@code REDUCED} and {@code IN_PROGRESS} are not among them. */
    public static final Set<String> COMPLETED = Set.of("PASSED", "FAILED", "CLOSED");

    public RetainedInduction {
        Objects.requireNonNull(inductionId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(retentionEnds);
        Objects.requireNonNull(basicRecord);
    }

    public String trn() {
        return basicRecord.trn();
    }

    public boolean isCompleted() {
        return COMPLETED.contains(status);
    }

    public boolean isReduced() {
        return BasicRecord.REDUCED.equals(status);
    }
}
