package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An induction's place on the six-year clock (DOMAIN.md "Retention, backups and privacy"): a legal hold
 * (restriction) and its reason, the closing date of an induction closed without an outcome, the date its
 * retention ends, and what the basic record keeps once REDUCED (completion date, terms served, when).
 */
public record RetentionState(
        boolean legalHold,
        Optional<String> legalHoldReason,
        Optional<LocalDate> closedDate,
        Optional<LocalDate> retentionEnds,
        Optional<LocalDate> completionDate,
        Optional<BigDecimal> termsServed,
        Optional<Instant> reducedAt,
        Optional<CloseReason> closeReason) {

    /** A new induction: no hold, not finished. */
    public static final RetentionState NONE = new RetentionState(false, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public RetentionState {
        Objects.requireNonNull(legalHoldReason, "legalHoldReason");
        Objects.requireNonNull(closedDate, "closedDate");
        Objects.requireNonNull(retentionEnds, "retentionEnds");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(termsServed, "termsServed");
        Objects.requireNonNull(reducedAt, "reducedAt");
        Objects.requireNonNull(closeReason, "closeReason");
    }

    public RetentionState withLegalHold(boolean hold, Optional<String> reason) {
        return new RetentionState(hold, reason, closedDate, retentionEnds, completionDate, termsServed, reducedAt,
                closeReason);
    }

    /** Finished on {@code on}: its retention ends then plus six years (DOMAIN.md). */
    public RetentionState finished(LocalDate on, LocalDate ends) {
        return new RetentionState(legalHold, legalHoldReason, closedDate, Optional.of(ends), Optional.of(on),
                termsServed, reducedAt, closeReason);
    }

    /** Closed by the AB without an outcome on {@code on}, for {@code reason}, having served {@code served}. */
    public RetentionState closed(LocalDate on, CloseReason reason, BigDecimal served) {
        return new RetentionState(legalHold, legalHoldReason, Optional.of(on), Optional.of(Retention.ends(on)),
                Optional.of(on), Optional.of(served), reducedAt, Optional.of(reason));
    }

    /** Closed without an outcome on {@code on}. */
    public RetentionState closed(LocalDate on) {
        return new RetentionState(legalHold, legalHoldReason, Optional.of(on), Optional.of(Retention.ends(on)),
                Optional.of(on), termsServed, reducedAt, closeReason);
    }

    public RetentionState withTermsServed(BigDecimal served) {
        return new RetentionState(legalHold, legalHoldReason, closedDate, retentionEnds, completionDate,
                Optional.of(served), reducedAt, closeReason);
    }

    /** What the basic record keeps: no hold (nothing left to preserve), no reason, no retention date. */
    public RetentionState reduced(Optional<LocalDate> completedOn, Optional<BigDecimal> served, Instant at) {
        return new RetentionState(false, Optional.empty(), Optional.empty(), Optional.empty(), completedOn, served,
                Optional.of(at), Optional.empty());
    }
}
