package org.inductionrecords.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.calendar.Term;
import org.inductionrecords.core.calendar.TermCalendar;
import org.inductionrecords.core.calendar.WorkingDays;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionAccessPolicy.ListScope;
import org.inductionrecords.core.induction.InductionStore;
import org.inductionrecords.core.reminder.DueTask;
import org.inductionrecords.core.reminder.ReminderPorts;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;

/**
 * The task list until the deadlines' task computation (CONTRACT.md section 7, {@code GET /tasks}) takes its place:
 * a tutor's {@code ASSESSMENT_DUE} tasks only, for the inductions assigned to them (gsi2, so only inductions the
 * tutor may see), each the next assessment of an induction in progress, due 10 working days after the end of its
 * calendar term (term 1 is the recorded term the induction starts in or before; no term dates, no due date, no task).
 */
final class AssignedTutorTasks implements ReminderPorts.TaskList {

    static final int WORKING_DAYS_AFTER_TERM = 10;

    private final InductionStore inductions;
    private final TermCalendar calendar;
    private List<Term> terms;

    AssignedTutorTasks(InductionStore inductions, TermCalendar calendar) {
        this.inductions = inductions;
        this.calendar = calendar;
    }

    @Override
    public List<DueTask> of(User user, LocalDate asOf) {
        if (user.role() != Role.INDUCTION_TUTOR || user.schoolUrn().isEmpty()) {
            return List.of();
        }
        List<DueTask> tasks = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Page<Induction> page = inductions.list(new ListScope.AssignedTo(user.userId(), user.schoolUrn().get()),
                    token, 100);
            for (Induction induction : page.items()) {
                induction.nextAssessment().flatMap(next -> dueDate(induction.startDate(), next.term()))
                        .ifPresent(due -> tasks.add(new DueTask("ASSESSMENT_DUE", induction.inductionId(),
                                induction.teacher().givenName() + " " + induction.teacher().familyName(), due)));
            }
            token = page.nextToken();
        } while (token.isPresent());
        return tasks;
    }

    private Optional<LocalDate> dueDate(LocalDate start, int calendarTerm) {
        List<Term> served = terms().stream().filter(term -> !term.end().isBefore(start)).toList();
        return served.size() < calendarTerm ? Optional.empty()
                : Optional.of(WorkingDays.after(served.get(calendarTerm - 1).end(), WORKING_DAYS_AFTER_TERM));
    }

    /** Every recorded term in date order, read once per run (one Query). */
    private List<Term> terms() {
        if (terms == null) {
            terms = calendar.all().stream().flatMap(year -> year.terms().stream())
                    .sorted(Comparator.comparing(Term::start)).toList();
        }
        return terms;
    }
}
