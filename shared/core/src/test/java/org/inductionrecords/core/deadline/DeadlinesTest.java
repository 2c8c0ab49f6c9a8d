package org.inductionrecords.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.calendar.Term;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.calendar.TermName;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Teacher;
import org.junit.jupiter.api.Test;

/** An induction's schedule as of a day (contract section 7; DOMAIN.md "Deadlines"). */
class DeadlinesTest {

    private static final TermDates YEAR_2025 = new TermDates(2025, List.of(
            new Term(TermName.AUTUMN, LocalDate.of(2025, 9, 3), LocalDate.of(2025, 12, 19)),
            new Term(TermName.SPRING, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27)),
            new Term(TermName.SUMMER, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22))));

    private static Induction ect(LocalDate start) {
        return Induction.register("i1", "100001",
                new Teacher("1234567", "Ada", "Lovelace", LocalDate.of(1995, 1, 1), Optional.empty()),
                Programme.ECT, start, BigDecimal.ONE, "tutor-1");
    }

    @Test
    void givenTheAutumnOf2025RecordedThenItsReviewIsDue10WorkingDaysAfterItsEndAndOverdueTheDayAfter() {
        Induction induction = ect(LocalDate.of(2025, 9, 3));
        TermsOnRecord calendar = new TermsOnRecord(List.of(YEAR_2025));

        ScheduledAssessment onTheDay = Deadlines.of(induction, Map.of(), calendar, LocalDate.of(2026, 1, 7)).get(0);
        ScheduledAssessment dayAfter = Deadlines.of(induction, Map.of(), calendar, LocalDate.of(2026, 1, 8)).get(0);

        // 19 December 2025 + 10 working days, Christmas, Boxing Day and New Year's Day not counted
        assertEquals(Optional.of(LocalDate.of(2026, 1, 7)), onTheDay.dueDate());
        assertEquals(ScheduleStatus.DUE, onTheDay.status());
        assertEquals(ScheduleStatus.OVERDUE, dayAfter.status());
    }

    @Test
    void givenNoTermDatesThenThereIsNoDueDateAndTheTermIsDueFromItsMonthWindowNeverOverdue() {
        Induction induction = ect(LocalDate.of(2025, 9, 3));

        List<ScheduledAssessment> schedule = Deadlines.of(induction, Map.of(2, "T2-PROGRESS_REVIEW"),
                new TermsOnRecord(List.of()), LocalDate.of(2027, 1, 10));

        assertEquals(6, schedule.size());
        assertEquals(Optional.empty(), schedule.get(0).dueDate());
        assertEquals(ScheduleStatus.DUE, schedule.get(0).status());
        assertEquals(ScheduleStatus.DONE, schedule.get(1).status());
        assertEquals(ScheduleStatus.DUE, schedule.get(4).status(), "spring 2027 has begun");
        assertEquals(ScheduleStatus.UPCOMING, schedule.get(5).status(), "summer 2027 has not");
    }

    @Test
    void givenTermDatesRecordedLaterThenTheSameInductionGainsItsDueDatesWithNothingWritten() {
        Induction induction = ect(LocalDate.of(2025, 9, 3));
        LocalDate today = LocalDate.of(2026, 2, 1);

        ScheduledAssessment before = Deadlines.of(induction, Map.of(), new TermsOnRecord(List.of()), today).get(0);
        ScheduledAssessment after = Deadlines.of(induction, Map.of(), new TermsOnRecord(List.of(YEAR_2025)), today)
                .get(0);

        assertEquals(ScheduleStatus.DUE, before.status());
        assertEquals(ScheduleStatus.OVERDUE, after.status());
    }

    @Test
    void givenAStartInTheHolidayAfterTheAutumnTermThenTheFirstTermIsSpring() {
        TermsOnRecord calendar = new TermsOnRecord(List.of(YEAR_2025));

        assertEquals(new CalendarTerm(2025, TermName.SPRING), calendar.firstTerm(LocalDate.of(2025, 12, 22)));
        assertEquals(new CalendarTerm(2026, TermName.AUTUMN), calendar.firstTerm(LocalDate.of(2026, 8, 1)));
        assertEquals(new CalendarTerm(2026, TermName.SUMMER), calendar.term(LocalDate.of(2025, 9, 3), 6));
    }

    @Test
    void givenTheFinalSignedThenTheDecisionIsDue20WorkingDaysLaterWhileInProgress() {
        Induction signed = ect(LocalDate.of(2024, 9, 2))
                .withFinalSignedAt(Optional.of(Instant.parse("2026-07-17T10:00:00Z")));

        assertEquals(Optional.of(LocalDate.of(2026, 8, 14)), signed.decisionDueBy());
        assertEquals(Optional.empty(), signed.withFinalSignedAt(Optional.empty()).decisionDueBy());
    }
}
