package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.inductionrecords.core.terms.Extension;
import org.inductionrecords.core.terms.FteByTerm;
import org.inductionrecords.core.terms.InductionTerms;

/**
 * One teacher's induction at one school. While the record is whole every field may be present; once
 * REDUCED (six years after its outcome) only the basic record is left: teacher without email,
 * school, programme, start and completion dates, terms served, extensions, outcome and outcome date.
 * That is why {@code fte} and {@code tutorUserId} are optional here. How long it must run is its
 * {@link InductionTerms} (contract section 6): extensions, reductions and absence by calendar term.
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
        InductionTerms terms,
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
        Objects.requireNonNull(terms, "terms");
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
                InductionTerms.NONE, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
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

    /**
     * The FTE of each calendar term: one FTE throughout today. A REDUCED record keeps no FTE and no absence,
     * so its terms need none (any positive FTE gives the same sums).
     */
    public FteByTerm fteByTerm() {
        return FteByTerm.constant(fte.orElse(BigDecimal.ONE));
    }

    /** Every extension (recorded, and those absence gives) added up, zero when none. */
    public BigDecimal extension() {
        return terms.extensionTotal(fteByTerm());
    }

    /** The contract's {@code extensionTerms}: the sum of all extensions, absent when there are none. */
    public Optional<BigDecimal> extensionTerms() {
        BigDecimal total = extension();
        return total.signum() == 0 ? Optional.empty() : Optional.of(total.stripTrailingZeros());
    }

    /** FTE terms this induction must serve: the programme's, plus extensions, minus reductions. */
    public BigDecimal termsRequired() {
        return terms.required(programme, fteByTerm());
    }

    public AssessmentSchedule schedule() {
        return terms.schedule(programme, fteByTerm());
    }

    /**
     * The basic record kept after six years: no email, tutor, FTE, hold reason or retention date.
     * Terms served is the terms required (programme, extensions, reductions) for a pass or fail; unknown
     * for a closed induction (it ended part-way). Of its terms only the extensions' total is kept (the
     * basic record of DOMAIN.md): no reasons, no absence.
     */
    public Induction reduce(Instant at) {
        Optional<BigDecimal> served = status == InductionStatus.PASSED || status == InductionStatus.FAILED
                ? Optional.of(termsRequired().stripTrailingZeros())
                : termsServed;
        InductionTerms basic = extensionTerms()
                .map(total -> InductionTerms.NONE.with(Extension.totalOnly(total, outcomeDate)))
                .orElse(InductionTerms.NONE);
        return new Induction(inductionId, schoolUrn, teacher.withoutEmail(), programme, startDate, Optional.empty(),
                Optional.empty(), InductionStatus.REDUCED, outcome, outcomeDate, basic, false,
                Optional.empty(), Optional.empty(), Optional.empty(), finishedOn(), served, Optional.of(at),
                version + 1);
    }

    public Induction withOutcome(InductionStatus newStatus, Outcome newOutcome, LocalDate date,
                                 InductionTerms newTerms, Optional<LocalDate> newRetentionEnds) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, fte, tutorUserId, newStatus,
                Optional.of(newOutcome), Optional.of(date), newTerms, legalHold, legalHoldReason, closedDate,
                newRetentionEnds, newRetentionEnds.isPresent() ? Optional.of(date) : completionDate, termsServed,
                reducedAt, version + 1);
    }

    public Induction withLegalHold(boolean hold, Optional<String> reason) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, fte, tutorUserId, status,
                outcome, outcomeDate, terms, hold, reason, closedDate, retentionEnds, completionDate,
                termsServed, reducedAt, version + 1);
    }

    /** The same induction with its terms changed (an extension, a reduction, a term's absence), one version on. */
    public Induction withTerms(InductionTerms newTerms) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, fte, tutorUserId, status,
                outcome, outcomeDate, newTerms, legalHold, legalHoldReason, closedDate, retentionEnds, completionDate,
                termsServed, reducedAt, version + 1);
    }

    /** The same induction with its teacher's details rectified, one version on. */
    public Induction withTeacher(Teacher rectified) {
        return new Induction(inductionId, schoolUrn, rectified, programme, startDate, fte, tutorUserId, status,
                outcome, outcomeDate, terms, legalHold, legalHoldReason, closedDate, retentionEnds, completionDate,
                termsServed, reducedAt, version + 1);
    }
}
