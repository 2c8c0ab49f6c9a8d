package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One teacher's induction at one school. While the record is whole every field may be present; once
 * REDUCED (six years after its outcome) only the basic record is left: teacher without email,
 * school, programme, start and completion dates, terms served, extension, outcome and outcome date.
 * That is why {@code fte} and {@code tutorUserId} are optional here.
 */
public record Induction(
        String inductionId,
        String schoolUrn,
        Teacher teacher,
        Programme programme,
        LocalDate startDate,
        Optional<BigDecimal> fte,
        Optional<String> tutorUserId,
        InductionStatus status,
        Optional<Outcome> outcome,
        Optional<LocalDate> outcomeDate,
        Optional<BigDecimal> extensionTerms,
        boolean legalHold,
        Optional<String> legalHoldReason,
        Optional<LocalDate> closedDate,
        Optional<LocalDate> retentionEnds,
        Optional<LocalDate> completionDate,
        Optional<BigDecimal> termsServed,
        Optional<Instant> reducedAt,
        long version) {

    public Induction {
        Objects.requireNonNull(inductionId, "inductionId");
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(teacher, "teacher");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(tutorUserId, "tutorUserId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(outcomeDate, "outcomeDate");
        Objects.requireNonNull(extensionTerms, "extensionTerms");
        Objects.requireNonNull(legalHoldReason, "legalHoldReason");
        Objects.requireNonNull(closedDate, "closedDate");
        Objects.requireNonNull(retentionEnds, "retentionEnds");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(termsServed, "termsServed");
        Objects.requireNonNull(reducedAt, "reducedAt");
    }

    /** A newly registered induction: in progress, version 1. */
    public static Induction register(String inductionId, String schoolUrn, Teacher teacher, Programme programme,
                                     LocalDate startDate, BigDecimal fte, String tutorUserId) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, Optional.of(fte),
                Optional.of(tutorUserId), InductionStatus.IN_PROGRESS, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 1);
    }

    public boolean isReduced() {
        return status == InductionStatus.REDUCED;
    }

    public boolean isInProgress() {
        return status == InductionStatus.IN_PROGRESS;
    }

    /** Finished (passed, failed or closed) and still whole: the retention index lists it by its end date. */
    public boolean awaitsRetention() {
        return (status == InductionStatus.PASSED || status == InductionStatus.FAILED
                || status == InductionStatus.CLOSED) && retentionEnds.isPresent();
    }

    /** The date induction finished: the outcome date of a pass or fail, or the closing date. */
    public Optional<LocalDate> finishedOn() {
        if (status == InductionStatus.PASSED || status == InductionStatus.FAILED) {
            return outcomeDate;
        }
        if (status == InductionStatus.CLOSED) {
            return closedDate;
        }
        return completionDate;
    }

    /** Extension terms granted so far, zero when none. */
    public BigDecimal extension() {
        return extensionTerms.orElse(BigDecimal.ZERO);
    }

    public AssessmentSchedule schedule() {
        return AssessmentSchedule.of(programme, extension());
    }

    /**
     * The basic record kept after six years: no email, tutor, FTE, hold reason or retention date.
     * Terms served is the programme's length plus extensions for a pass or fail; unknown for a
     * closed induction (it ended part-way).
     */
    public Induction reduce(Instant at) {
        Optional<BigDecimal> served = status == InductionStatus.PASSED || status == InductionStatus.FAILED
                ? Optional.of(BigDecimal.valueOf(programme.baseTerms()).add(extension()).stripTrailingZeros())
                : termsServed;
        return new Induction(inductionId, schoolUrn, teacher.withoutEmail(), programme, startDate, Optional.empty(),
                Optional.empty(), InductionStatus.REDUCED, outcome, outcomeDate, extensionTerms, false,
                Optional.empty(), Optional.empty(), Optional.empty(), finishedOn(), served, Optional.of(at),
                version + 1);
    }

    public Induction withOutcome(InductionStatus newStatus, Outcome newOutcome, LocalDate date,
                                 Optional<BigDecimal> newExtension, Optional<LocalDate> newRetentionEnds) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, fte, tutorUserId, newStatus,
                Optional.of(newOutcome), Optional.of(date), newExtension, legalHold, legalHoldReason, closedDate,
                newRetentionEnds, newRetentionEnds.isPresent() ? Optional.of(date) : completionDate, termsServed,
                reducedAt, version + 1);
    }

    public Induction withLegalHold(boolean hold, Optional<String> reason) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, fte, tutorUserId, status,
                outcome, outcomeDate, extensionTerms, hold, reason, closedDate, retentionEnds, completionDate,
                termsServed, reducedAt, version + 1);
    }
}
