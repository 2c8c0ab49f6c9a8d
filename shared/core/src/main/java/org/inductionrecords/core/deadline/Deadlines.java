package org.inductionrecords.core.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.calendar.Term;
import org.inductionrecords.core.calendar.WorkingDays;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.AssessmentKind;
import org.inductionrecords.core.induction.AssessmentSchedule;
import org.inductionrecords.core.induction.Induction;

/**
 * An induction's schedule as of a day (contract section 7; DOMAIN.md "Deadlines"): for every calendar term up to
 * the FINAL's, the kind due, the term's dates, the due date 10 working days after the term ends (guidance 2.61),
 * and DONE (an assessment of that term exists), OVERDUE (past the due date), DUE (the term has begun) or
 * UPCOMING. Without the term's dates there is no due date, so never OVERDUE; it is DUE once its month window
 * ({@link CalendarTerm#earliestStart}) has begun. Computed at read time from the induction, its assessed terms
 * and the term dates, so term dates recorded late, or a term ending, change it with no write at all.
 */
public final class Deadlines {

    /** Working days after the end of its term by which an assessment reaches the AB (guidance 2.61). */
    public static final int ASSESSMENT_WORKING_DAYS = 10;

    private Deadlines() {
    }

    /**
     * @param assessed the assessment id recorded for each calendar term that has one
     */
    public static List<ScheduledAssessment> of(Induction induction, Map<Integer, String> assessed,
                                               TermsOnRecord calendar, LocalDate today) {
        List<ScheduledAssessment> items = new ArrayList<>();
        if (induction.isReduced()) {
            return items;
        }
        AssessmentSchedule schedule = induction.schedule();
        CalendarTerm term = calendar.firstTerm(induction.startDate());
        for (int n = 1; n <= schedule.finalTerm(); n++, term = term.next()) {
            AssessmentKind kind = schedule.kindAt(n).orElseThrow();
            Optional<Term> dates = calendar.datesOf(term);
            Optional<LocalDate> start = dates.map(Term::start)
                    .map(day -> day.isBefore(induction.startDate()) ? induction.startDate() : day);
            Optional<LocalDate> end = dates.map(Term::end);
            Optional<LocalDate> due = dueAfter(dates);
            Optional<String> id = Optional.ofNullable(assessed.get(n));
            ScheduleStatus status;
            if (id.isPresent()) {
                status = ScheduleStatus.DONE;
            } else if (due.isPresent() && today.isAfter(due.get())) {
                status = ScheduleStatus.OVERDUE;
            } else if (!today.isBefore(start.orElse(term.earliestStart()))) {
                status = ScheduleStatus.DUE;
            } else {
                status = ScheduleStatus.UPCOMING;
            }
            items.add(new ScheduledAssessment(n, kind, start, end, due, status, id));
        }
        return items;
    }

    /**
     * The due date of an assessment written (contract section 7): that of its calendar term in the schedule, 10
     * working days after the term ends (none without the term's dates); an INTERIM's is 10 working days after the
     * teacher left the school it was written in ({@link InterimDeadline}). Computed at read time, as the schedule.
     */
    public static Optional<LocalDate> dueDateOf(Induction induction, Assessment assessment, TermsOnRecord calendar) {
        if (induction.isReduced()) {
            return Optional.empty();
        }
        if (assessment.kind() == AssessmentKind.INTERIM) {
            return InterimDeadline.dueDateOf(induction, assessment.assessmentId());
        }
        return dueAfter(calendar.datesOf(calendar.term(induction.startDate(), assessment.term())));
    }

    /** An assessment with its due date, as the API answers it. */
    public static DatedAssessment dated(Induction induction, Assessment assessment, TermsOnRecord calendar) {
        return new DatedAssessment(assessment, dueDateOf(induction, assessment, calendar));
    }

    /** A term's report reaches the AB 10 working days after the term ends (guidance 2.61): the one rule of both. */
    private static Optional<LocalDate> dueAfter(Optional<Term> dates) {
        return dates.map(Term::end).map(day -> WorkingDays.after(day, ASSESSMENT_WORKING_DAYS));
    }

    /** The schedule from the induction item alone: a term counts as done when an assessment recorded its absence. */
    public static List<ScheduledAssessment> fromRecord(Induction induction, TermsOnRecord calendar, LocalDate today) {
        Map<Integer, String> assessed = new java.util.HashMap<>();
        induction.terms().absenceByTerm().keySet().forEach(term -> assessed.put(term,
                induction.schedule().kindAt(term)
                        .map(kind -> org.inductionrecords.core.induction.Assessment.idOf(kind, term)).orElse("")));
        return of(induction, assessed, calendar, today);
    }

    /**
     * The next assessment point of the record ({@link Induction#nextAssessment}) as of a day, with its due date
     * and status: what a list of inductions shows and filters on (due, overdue) without a schedule request each.
     */
    public static Optional<ScheduledAssessment> next(Induction induction, TermsOnRecord calendar, LocalDate today) {
        return induction.nextAssessment().flatMap(point -> fromRecord(induction, calendar, today).stream()
                .filter(scheduled -> scheduled.term() == point.term()).findFirst());
    }
}
