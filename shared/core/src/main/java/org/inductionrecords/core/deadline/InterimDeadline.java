package org.inductionrecords.core.deadline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.calendar.WorkingDays;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.AssessmentKind;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Period;
import org.inductionrecords.core.induction.PeriodEnd;

/**
 * The interim assessment of a teacher who leaves a school (guidance 2.62; DOMAIN.md "Induction periods"): a teacher
 * who leaves after at least one term has one from the school left. The one place of that rule: the task list, the
 * work queue's index keys (store/InductionItems) and the assessment's {@code dueDate} all ask it.
 *
 * <p>Needed while the induction is LEFT, its last period ended LEFT, the time at that school (the last period and
 * the periods before it there that ended only for a new FTE) spanned at least one calendar term (FTE terms over
 * FTE, {@link Period#calendarTerms}), and none of those periods lists an INTERIM. Continued elsewhere or closed,
 * it is no longer asked for (an INTERIM is accepted only while LEFT).
 *
 * <p>Due 10 working days after the leave date. The guidance gives no deadline for it; this system's choice is the
 * allowance a term's report has (10 working days after the term ends, 2.61), counted from the teacher's last day.
 */
public final class InterimDeadline {

    /** Working days after the leave date: the same allowance as a term's report (guidance 2.61). */
    public static final int WORKING_DAYS = Deadlines.ASSESSMENT_WORKING_DAYS;

    private InterimDeadline() {
    }

    /** The due date of the interim assessment this induction still needs, or none. */
    public static Optional<LocalDate> dueBy(Induction induction) {
        if (!induction.isLeft()) {
            return Optional.empty();
        }
        List<Period> stint = lastStint(induction.periods());
        if (stint.isEmpty() || calendarTerms(stint).compareTo(BigDecimal.ONE) < 0 || hasInterim(stint)) {
            return Optional.empty();
        }
        return Optional.of(dueAfterLeaving(stint.get(stint.size() - 1).endDate().orElseThrow()));
    }

    /**
     * The due date of an INTERIM already written: 10 working days after the teacher left the school it was written
     * in, once they have (an INTERIM written ahead of the leave date has none until it is recorded).
     */
    public static Optional<LocalDate> dueDateOf(Induction induction, String assessmentId) {
        List<Period> all = induction.periods();
        Optional<Period> writtenIn = induction.periodOf(assessmentId);
        if (writtenIn.isEmpty()) {
            return Optional.empty();
        }
        // the period it was written in, or a later one at the same school after a new FTE, that ended LEFT
        for (int i = all.indexOf(writtenIn.get()); i >= 0 && i < all.size(); i++) {
            Period period = all.get(i);
            if (!period.schoolUrn().equals(writtenIn.get().schoolUrn())) {
                return Optional.empty();
            }
            if (period.endReason().equals(Optional.of(PeriodEnd.LEFT))) {
                return period.endDate().map(InterimDeadline::dueAfterLeaving);
            }
            if (!period.endReason().equals(Optional.of(PeriodEnd.FTE_CHANGED))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The id the needed INTERIM takes: the calendar term of the induction the teacher left in (the terms of every
     * period so far, the last part-served term counting as one).
     */
    public static String assessmentId(Induction induction) {
        BigDecimal terms = calendarTerms(induction.periods());
        int term = Math.max(1, terms.setScale(0, RoundingMode.CEILING).intValue());
        return Assessment.idOf(AssessmentKind.INTERIM, term);
    }

    static LocalDate dueAfterLeaving(LocalDate leftOn) {
        return WorkingDays.after(leftOn, WORKING_DAYS);
    }

    /** The last period, ended LEFT, with the periods before it at the same school that ended for a new FTE. */
    private static List<Period> lastStint(List<Period> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        Period last = periods.get(periods.size() - 1);
        if (!last.endReason().equals(Optional.of(PeriodEnd.LEFT)) || last.endDate().isEmpty()) {
            return List.of();
        }
        List<Period> stint = new ArrayList<>();
        stint.add(0, last);
        for (int i = periods.size() - 2; i >= 0; i--) {
            Period before = periods.get(i);
            if (!before.schoolUrn().equals(last.schoolUrn())
                    || !before.endReason().equals(Optional.of(PeriodEnd.FTE_CHANGED))) {
                break;
            }
            stint.add(0, before);
        }
        return stint;
    }

    private static BigDecimal calendarTerms(List<Period> periods) {
        BigDecimal total = BigDecimal.ZERO;
        for (Period period : periods) {
            if (period.termsServed().isPresent() && period.fte().signum() > 0) {
                total = total.add(period.termsServed().get().divide(period.fte(), MathContext.DECIMAL64));
            }
        }
        return total;
    }

    private static boolean hasInterim(List<Period> stint) {
        String suffix = "-" + AssessmentKind.INTERIM.name();
        return stint.stream().flatMap(period -> period.assessmentIds().stream()).anyMatch(id -> id.endsWith(suffix));
    }
}
