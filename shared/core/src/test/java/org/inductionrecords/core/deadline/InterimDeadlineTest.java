package org.inductionrecords.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.calendar.Term;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.calendar.TermName;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.AssessmentKind;
import org.inductionrecords.core.induction.AssessmentStatus;
import org.inductionrecords.core.induction.CloseReason;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Progress;
import org.inductionrecords.core.induction.Teacher;
import org.junit.jupiter.api.Test;

/**
 * The interim assessment of a leaver (guidance 2.62; DOMAIN.md "Induction periods") and the due dates of the
 * assessments written (contract section 7).
 */
class InterimDeadlineTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 3);
    private static final TermsOnRecord DATED = new TermsOnRecord(List.of(new TermDates(2025, List.of(
            new Term(TermName.AUTUMN, START, LocalDate.of(2025, 12, 19)),
            new Term(TermName.SPRING, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27)),
            new Term(TermName.SUMMER, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22))))));

    private static Induction ect(String fte) {
        return Induction.register("i1", "100001",
                new Teacher("1234567", "Ada", "Lovelace", LocalDate.of(1995, 1, 1), Optional.empty()),
                Programme.ECT, START, new BigDecimal(fte), "tutor-1");
    }

    private static Assessment written(AssessmentKind kind, int term) {
        return new Assessment(Assessment.idOf(kind, term), "i1", kind, term, START, START.plusMonths(2), 0, 0,
                Progress.SATISFACTORY, java.util.Map.of(), Optional.empty(), Optional.empty(),
                AssessmentStatus.SUBMITTED, 1, "tutor-1", Instant.EPOCH, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void givenATeacherWhoLeftAfterAWholeTermThenAnInterimIsDue10WorkingDaysAfterTheLeaveDate() {
        Induction left = ect("1.0").left(LocalDate.of(2026, 1, 30), new BigDecimal("1.4"));

        // 30 January 2026 (a Friday) + 10 working days
        assertEquals(Optional.of(LocalDate.of(2026, 2, 13)), InterimDeadline.dueBy(left));
        assertEquals("T2-INTERIM", InterimDeadline.assessmentId(left), "left in the second calendar term");
    }

    @Test
    void givenALeaverWithLessThanOneCalendarTermThenNoInterimIsNeeded() {
        Induction left = ect("1.0").left(LocalDate.of(2025, 11, 28), new BigDecimal("0.79"));

        assertEquals(Optional.empty(), InterimDeadline.dueBy(left));
    }

    @Test
    void givenAPartTimerThenATermIsCountedInCalendarTermsNotFteTerms() {
        // half time for the autumn term: 0.5 FTE terms, one calendar term
        Induction left = ect("0.5").left(LocalDate.of(2025, 12, 19), new BigDecimal("0.5"));

        assertEquals(Optional.of(LocalDate.of(2026, 1, 7)), InterimDeadline.dueBy(left));
    }

    @Test
    void givenTheTimeAtTheSchoolSpanningANewFteThenItsPeriodsCountTogether() {
        // 0.6 of the autumn full time, then 0.5 FTE to leave 0.3 FTE terms later: 0.6 + 0.6 calendar terms
        Induction left = ect("1.0").withFteFrom(LocalDate.of(2025, 11, 10), new BigDecimal("0.5"),
                new BigDecimal("0.6"), "tutor-1").left(LocalDate.of(2026, 1, 30), new BigDecimal("0.3"));

        assertEquals(Optional.of(LocalDate.of(2026, 2, 13)), InterimDeadline.dueBy(left));
    }

    @Test
    void givenTheInterimWrittenThenItIsNoLongerNeededAndItKeepsTheDueDateItHad() {
        Induction left = ect("1.0").left(LocalDate.of(2026, 1, 30), new BigDecimal("1.4"));
        Induction interimWritten = left.withAssessment("T2-INTERIM");

        assertEquals(Optional.empty(), InterimDeadline.dueBy(interimWritten));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 13)),
                Deadlines.dueDateOf(interimWritten, written(AssessmentKind.INTERIM, 2), DATED));
        // a progress review among the period's assessments is no interim
        assertEquals(Optional.of(LocalDate.of(2026, 2, 13)),
                InterimDeadline.dueBy(left.withAssessment("T1-PROGRESS_REVIEW")));
    }

    @Test
    void givenTheLeaverContinuedElsewhereOrClosedThenTheFormerSchoolIsNoLongerAskedForIt() {
        Induction left = ect("1.0").left(LocalDate.of(2026, 1, 30), new BigDecimal("1.4"));

        assertEquals(Optional.empty(), InterimDeadline.dueBy(
                left.continuedAt("100002", LocalDate.of(2026, 2, 23), BigDecimal.ONE, "tutor-2")));
        assertEquals(Optional.empty(), InterimDeadline.dueBy(
                left.closedWithoutOutcome(LocalDate.of(2026, 3, 1), CloseReason.LEFT_TEACHING, new BigDecimal("1.4"))));
        assertEquals(Optional.empty(), InterimDeadline.dueBy(ect("1.0")), "still at the school");
    }

    @Test
    void givenTermDatesThenAnAssessmentIsDue10WorkingDaysAfterItsTermEndsAndWithoutThemNever() {
        Induction induction = ect("1.0");

        assertEquals(Optional.of(LocalDate.of(2026, 1, 7)),
                Deadlines.dueDateOf(induction, written(AssessmentKind.PROGRESS_REVIEW, 1), DATED));
        // spring 2026 ends 27 March; Good Friday (3 April) and Easter Monday (6 April) are not working days
        assertEquals(Optional.of(LocalDate.of(2026, 4, 14)),
                Deadlines.dueDateOf(induction, written(AssessmentKind.PROGRESS_REVIEW, 2), DATED));
        assertEquals(Optional.empty(), Deadlines.dueDateOf(induction, written(AssessmentKind.FORMAL, 4), DATED),
                "autumn 2026 has no dates recorded");
        assertEquals(Optional.empty(), Deadlines.dueDateOf(induction, written(AssessmentKind.PROGRESS_REVIEW, 1),
                new TermsOnRecord(List.of())));
        // the same rule as the schedule's
        assertEquals(Deadlines.of(induction, java.util.Map.of(), DATED, START).get(1).dueDate(),
                Deadlines.dueDateOf(induction, written(AssessmentKind.PROGRESS_REVIEW, 2), DATED));
    }
}
