package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.inductionrecords.core.terms.Extension;
import org.inductionrecords.core.terms.FteByTerm;
import org.inductionrecords.core.terms.InductionTerms;

/**
 * One teacher's induction at one school, in parts so that a rule touches one of them: where and how the
 * teacher serves ({@link Placement}), the AB's {@link Decision}, how long it must run ({@link InductionTerms}:
 * extensions, reductions, absence by calendar term; contract section 6) and its place on the six-year clock
 * ({@link RetentionState}). Once REDUCED (six years after its outcome) only the basic record is left:
 * teacher without email, school, programme, start and completion dates, terms served, the extensions'
 * total, outcome and outcome date; no placement. The accessors below the components spare callers the parts.
 */
public record Induction(
        String inductionId,
        String schoolUrn,
        Teacher teacher,
        Programme programme,
        LocalDate startDate,
        Qualification qualification,
        Optional<Placement> placement,
        InductionStatus status,
        Optional<Decision> decision,
        InductionTerms terms,
        RetentionState retention,
        Optional<Instant> finalSignedAt,
        long version) {

    public Induction {
        Objects.requireNonNull(inductionId, "inductionId");
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(teacher, "teacher");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(finalSignedAt, "finalSignedAt");
    }

    /** A newly registered induction with no QTS date or training programme recorded. */
    public static Induction register(String inductionId, String schoolUrn, Teacher teacher, Programme programme,
                                     LocalDate startDate, BigDecimal fte, String tutorUserId) {
        return register(inductionId, schoolUrn, teacher, programme, startDate, Qualification.NONE, fte, tutorUserId);
    }

    /** A newly registered induction: in progress, version 1. */
    public static Induction register(String inductionId, String schoolUrn, Teacher teacher, Programme programme,
                                     LocalDate startDate, Qualification qualification, BigDecimal fte,
                                     String tutorUserId) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, qualification,
                Optional.of(Placement.first(schoolUrn, startDate, fte, tutorUserId)), InductionStatus.IN_PROGRESS,
                Optional.empty(),
                InductionTerms.NONE, RetentionState.NONE, Optional.empty(), 1);
    }

    // ---------------------------------------------------------------- the parts' fields

    public Optional<LocalDate> qtsDate() {
        return qualification.qtsDate();
    }

    public Optional<TrainingProgramme> trainingProgramme() {
        return qualification.trainingProgramme();
    }

    /** The periods in order, the last the current one; none once REDUCED. */
    public List<Period> periods() {
        return placement.map(Placement::periods).orElse(List.of());
    }

    public Optional<Period> currentPeriod() {
        return placement.map(Placement::current);
    }

    public Optional<CloseReason> closeReason() {
        return retention.closeReason();
    }

    public boolean isLeft() {
        return status == InductionStatus.LEFT;
    }

    /**
     * The period an assessment was written in: the one that lists it, else the first (assessments written
     * before periods were recorded, when every induction had one period).
     */
    public Optional<Period> periodOf(String assessmentId) {
        List<Period> all = periods();
        return all.stream().filter(period -> period.assessmentIds().contains(assessmentId)).findFirst()
                .or(() -> all.stream().findFirst());
    }

    public Optional<BigDecimal> fte() {
        return placement.map(Placement::fte);
    }

    public Optional<String> tutorUserId() {
        return placement.map(Placement::tutorUserId);
    }

    public Optional<Outcome> outcome() {
        return decision.map(Decision::outcome);
    }

    public Optional<LocalDate> outcomeDate() {
        return decision.map(Decision::outcomeDate);
    }

    public boolean legalHold() {
        return retention.legalHold();
    }

    public Optional<String> legalHoldReason() {
        return retention.legalHoldReason();
    }

    public Optional<LocalDate> closedDate() {
        return retention.closedDate();
    }

    public Optional<LocalDate> retentionEnds() {
        return retention.retentionEnds();
    }

    public Optional<LocalDate> completionDate() {
        return retention.completionDate();
    }

    public Optional<BigDecimal> termsServed() {
        return retention.termsServed();
    }

    public Optional<Instant> reducedAt() {
        return retention.reducedAt();
    }

    // ---------------------------------------------------------------- state

    public boolean isReduced() {
        return status == InductionStatus.REDUCED;
    }

    public boolean isInProgress() {
        return status == InductionStatus.IN_PROGRESS;
    }

    /** Finished (passed, failed or closed) and still whole: the retention index lists it by its end date. */
    public boolean awaitsRetention() {
        return (status == InductionStatus.PASSED || status == InductionStatus.FAILED
                || status == InductionStatus.CLOSED) && retentionEnds().isPresent();
    }

    /** The date induction finished: the outcome date of a pass or fail, or the closing date. */
    public Optional<LocalDate> finishedOn() {
        if (status == InductionStatus.PASSED || status == InductionStatus.FAILED) {
            return outcomeDate();
        }
        if (status == InductionStatus.CLOSED) {
            return closedDate();
        }
        return completionDate();
    }

    // ---------------------------------------------------------------- terms

    /**
     * The FTE of each calendar term of the induction (1 = the first it served), from its periods (DOMAIN.md
     * "Induction periods"): a closed period spans its FTE terms over its FTE in calendar terms, one after the
     * other with no gap (time between schools is not a term of the induction), and the last period runs on at its
     * FTE. A term two periods share has the FTE of each for its share. A REDUCED record keeps no FTE and no
     * absence, so its terms need none (any positive FTE gives the same sums).
     */
    public FteByTerm fteByTerm() {
        List<Period> all = periods();
        if (all.isEmpty()) {
            return FteByTerm.constant(BigDecimal.ONE);
        }
        if (all.size() == 1) {
            return FteByTerm.constant(all.get(0).fte());
        }
        return term -> {
            BigDecimal from = BigDecimal.valueOf(term - 1L);
            BigDecimal to = BigDecimal.valueOf(term);
            BigDecimal fte = BigDecimal.ZERO;
            BigDecimal at = BigDecimal.ZERO;
            for (int i = 0; i < all.size(); i++) {
                Period period = all.get(i);
                boolean last = i == all.size() - 1;
                BigDecimal ends = last ? to.max(at) : at.add(period.calendarTerms());
                BigDecimal share = ends.min(to).subtract(at.max(from));
                if (share.signum() > 0) {
                    fte = fte.add(share.multiply(period.fte()));
                }
                at = ends;
            }
            return fte.signum() > 0 ? fte : all.get(all.size() - 1).fte();
        };
    }

    /** FTE terms the closed periods served, as recorded when each closed. */
    public BigDecimal termsOfClosedPeriods() {
        return periods().stream().filter(period -> !period.isOpen()).map(period -> period.termsServed().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
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
     * FTE terms served. While a period is open: by the end of the highest calendar term that has an assessment
     * (this system's choice: an assessment is what shows a term was served; docs/TABLE.md; every submission
     * records its term's absence, so those terms are the keys of the absence by term), and never less than the
     * closed periods served. Once the last period is closed (LEFT, CLOSED): what the periods served, from the
     * term dates. Zero before the first assessment.
     */
    public BigDecimal termsServedSoFar() {
        BigDecimal closed = termsOfClosedPeriods();
        if (currentPeriod().filter(Period::isOpen).isEmpty() && !periods().isEmpty()) {
            return closed;
        }
        int last = terms.absenceByTerm().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        return fteByTerm().servedBy(last).max(closed);
    }

    /** What the open period has served so far: the induction's terms served less the closed periods'. */
    public BigDecimal termsOfOpenPeriod() {
        return termsServedSoFar().subtract(termsOfClosedPeriods());
    }

    /** The first calendar term of the schedule without an assessment, while in progress. */
    public Optional<AssessmentPoint> nextAssessment() {
        if (!isInProgress()) {
            return Optional.empty();
        }
        AssessmentSchedule schedule = schedule();
        for (int term = 1; term <= schedule.finalTerm(); term++) {
            if (!terms.absenceByTerm().containsKey(term)) {
                int at = term;
                return schedule.kindAt(term).map(kind -> new AssessmentPoint(at, kind));
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- changes, each one version on

    /**
     * The basic record kept after six years: no email, placement, hold reason or retention date.
     * Terms served is the terms required (programme, extensions, reductions) for a pass or fail; unknown
     * for a closed induction (it ended part-way). Of its terms only the extensions' total is kept (the
     * basic record of DOMAIN.md): no reasons, no absence.
     */
    public Induction reduce(Instant at) {
        Optional<BigDecimal> served = status == InductionStatus.PASSED || status == InductionStatus.FAILED
                ? Optional.of(termsRequired().stripTrailingZeros())
                : termsServed();
        InductionTerms basic = extensionTerms()
                .map(total -> InductionTerms.NONE.with(Extension.totalOnly(total, outcomeDate())))
                .orElse(InductionTerms.NONE);
        return new Induction(inductionId, schoolUrn, teacher.withoutEmail(), programme, startDate,
                Qualification.NONE, Optional.empty(), InductionStatus.REDUCED, decision, basic,
                retention.reduced(finishedOn(), served, at), Optional.empty(), version + 1);
    }

    /**
     * The AB's outcome; {@code retentionEnds} is present for a pass or fail (the retention clock starts, the
     * completion date is the outcome's), empty for an extension.
     */
    public Induction withOutcome(InductionStatus newStatus, Outcome newOutcome, LocalDate date,
                                 InductionTerms newTerms, Optional<LocalDate> retentionEnds) {
        RetentionState clock = retentionEnds.map(ends -> retention.finished(date, ends)).orElse(retention);
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, qualification, placement,
                newStatus, Optional.of(new Decision(newOutcome, date)), newTerms, clock, Optional.empty(), version + 1);
    }

    public Induction withLegalHold(boolean hold, Optional<String> reason) {
        return withRetention(retention.withLegalHold(hold, reason));
    }

    /** The same induction with its terms changed (an extension, a reduction, a term's absence), one version on. */
    public Induction withTerms(InductionTerms newTerms) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, qualification, placement, status,
                decision, newTerms, retention, finalSignedAt, version + 1);
    }

    /** The same induction with its teacher's details rectified, one version on. */
    public Induction withTeacher(Teacher rectified) {
        return new Induction(inductionId, schoolUrn, rectified, programme, startDate, qualification, placement,
                status, decision, terms, retention, finalSignedAt, version + 1);
    }

    /** Closed without an outcome on {@code on} (its retention clock starts then), one version on. */
    public Induction closed(LocalDate on) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, qualification, placement,
                InductionStatus.CLOSED, decision, terms, retention.closed(on), Optional.empty(), version + 1);
    }

    /** The teacher left the current school on {@code on} (its last day), the period having served {@code served}. */
    public Induction left(LocalDate on, BigDecimal served) {
        return withPlacement(InductionStatus.LEFT, schoolUrn,
                placement.orElseThrow().withCurrent(period -> period.closed(on, served, PeriodEnd.LEFT)));
    }

    /** Continued at {@code urn} from {@code start}: a new period, the induction in progress again. */
    public Induction continuedAt(String urn, LocalDate start, BigDecimal fte, String tutorUserId) {
        return withPlacement(InductionStatus.IN_PROGRESS, urn,
                placement.orElseThrow().then(urn, start, fte, tutorUserId));
    }

    /** Another tutor for the current period (the assessments already written keep their author). */
    public Induction withTutor(String tutorUserId) {
        return withPlacement(status, schoolUrn,
                placement.orElseThrow().withCurrent(period -> period.withTutor(tutorUserId)));
    }

    /**
     * A new FTE from {@code from}: the current period closes the day before, having served {@code served}, and a
     * new one opens at the same school with the tutor given.
     */
    public Induction withFteFrom(LocalDate from, BigDecimal fte, BigDecimal served, String tutorUserId) {
        Placement closed = placement.orElseThrow().withCurrent(period -> period.closed(from.minusDays(1), served,
                PeriodEnd.FTE_CHANGED));
        return withPlacement(status, schoolUrn, closed.then(schoolUrn, from, fte, tutorUserId));
    }

    /**
     * Closed by the AB without an outcome on {@code on} for {@code reason} (its retention clock starts then); an
     * open period closes that day, having served {@code served}.
     */
    public Induction closedWithoutOutcome(LocalDate on, CloseReason reason, BigDecimal served) {
        Placement closed = placement.orElseThrow();
        if (closed.current().isOpen()) {
            closed = closed.withCurrent(period -> period.closed(on, served, PeriodEnd.CLOSED));
        }
        Induction withPeriods = withPlacement(InductionStatus.CLOSED, schoolUrn, closed);
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, qualification,
                withPeriods.placement, InductionStatus.CLOSED, decision, terms,
                retention.closed(on, reason, withPeriods.termsServedSoFar()), Optional.empty(), version + 1);
    }

    /** The assessment recorded in the current period (the school that wrote it keeps sight of it). */
    public Induction withAssessment(String assessmentId) {
        return placement.map(current -> new Induction(inductionId, schoolUrn, teacher, programme, startDate,
                qualification, Optional.of(current.withCurrent(period -> period.withAssessment(assessmentId))), status,
                decision, terms, retention, finalSignedAt, version)).orElse(this);
    }

    private Induction withPlacement(InductionStatus newStatus, String urn, Placement changed) {
        return new Induction(inductionId, urn, teacher, programme, startDate, qualification, Optional.of(changed),
                newStatus, decision, terms, retention, finalSignedAt, version + 1);
    }

    public Induction withRetention(RetentionState changed) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, qualification, placement, status,
                decision, terms, changed, finalSignedAt, version + 1);
    }

    /**
     * The same induction with the instant its FINAL was (last) signed, or none once that FINAL is returned or
     * corrected: what {@link #decisionDueBy} counts from. One version on.
     */
    public Induction withFinalSignedAt(Optional<Instant> signedAt) {
        return new Induction(inductionId, schoolUrn, teacher, programme, startDate, qualification, placement, status,
                decision, terms, retention, signedAt, version + 1);
    }

    /**
     * The AB's decision is due 20 working days after the headteacher signed the FINAL (DOMAIN.md "Deadlines";
     * guidance 2.67), while the induction awaits it: in progress, its FINAL signed and not returned since.
     */
    public Optional<LocalDate> decisionDueBy() {
        if (!isInProgress()) {
            return Optional.empty();
        }
        return finalSignedAt.map(at -> org.inductionrecords.core.calendar.WorkingDays.after(
                LocalDate.ofInstant(at, InductionService.ZONE), DECISION_WORKING_DAYS));
    }

    /** Working days the AB has to decide after the final recommendation (guidance 2.67). */
    public static final int DECISION_WORKING_DAYS = 20;
}
