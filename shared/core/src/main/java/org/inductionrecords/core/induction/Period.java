package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of an induction (DOMAIN.md "Induction periods"): the time at one school at one FTE, with its tutor.
 * A closed period keeps the FTE terms it served, worked out from the AB's term dates when it closed
 * ({@link org.inductionrecords.core.calendar.PeriodTerms}), and why it ended. It lists the assessments written
 * in it, so that a school the teacher has left keeps sight of those only; an assessment no period lists was
 * written before periods were recorded, when every induction had one, and belongs to the first.
 */
public record Period(
        String periodId,
        String schoolUrn,
        LocalDate startDate,
        Optional<LocalDate> endDate,
        BigDecimal fte,
        String tutorUserId,
        Optional<BigDecimal> termsServed,
        Optional<PeriodEnd> endReason,
        List<String> assessmentIds) {

    public Period {
        Objects.requireNonNull(periodId, "periodId");
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(tutorUserId, "tutorUserId");
        Objects.requireNonNull(termsServed, "termsServed");
        Objects.requireNonNull(endReason, "endReason");
        assessmentIds = List.copyOf(assessmentIds);
    }

    /** The n-th period of an induction (1 = the first): {@code P<n>}. */
    public static String idOf(int n) {
        return "P" + n;
    }

    public static Period open(int n, String schoolUrn, LocalDate startDate, BigDecimal fte, String tutorUserId) {
        return new Period(idOf(n), schoolUrn, startDate, Optional.empty(), fte, tutorUserId, Optional.empty(),
                Optional.empty(), List.of());
    }

    public boolean isOpen() {
        return endDate.isEmpty();
    }

    /** Closed on {@code on} (its last day) having served {@code served} FTE terms. */
    public Period closed(LocalDate on, BigDecimal served, PeriodEnd reason) {
        return new Period(periodId, schoolUrn, startDate, Optional.of(on), fte, tutorUserId, Optional.of(served),
                Optional.of(reason), assessmentIds);
    }

    public Period withTutor(String tutor) {
        return new Period(periodId, schoolUrn, startDate, endDate, fte, tutor, termsServed, endReason, assessmentIds);
    }

    public Period withAssessment(String assessmentId) {
        if (assessmentIds.contains(assessmentId)) {
            return this;
        }
        List<String> more = new ArrayList<>(assessmentIds);
        more.add(assessmentId);
        return new Period(periodId, schoolUrn, startDate, endDate, fte, tutorUserId, termsServed, endReason, more);
    }

    /** Calendar terms a closed period spanned: its FTE terms at its FTE (2.0 FTE terms at 0.5 are 4). */
    public BigDecimal calendarTerms() {
        return termsServed.orElseThrow().divide(fte, MathContext.DECIMAL64);
    }
}
