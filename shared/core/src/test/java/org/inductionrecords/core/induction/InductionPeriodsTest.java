package org.inductionrecords.core.induction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.terms.TermAbsence;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.junit.jupiter.api.Test;

/** Periods of an induction (DOMAIN.md "Induction periods"): terms served, the FTE by term, who sees what. */
class InductionPeriodsTest {

    private static final LocalDate START = LocalDate.of(2023, 9, 4);

    private static Induction registered(String fte) {
        return Induction.register("ind-1", "100001", new Teacher("1234567", "Ada", "Lovelace",
                LocalDate.of(1995, 12, 10), Optional.empty()), Programme.ECT, START, new BigDecimal(fte), "tutor-a");
    }

    private static User user(Role role, String urn, String id) {
        return new User(id, id + "@example.org", "G", "F", role, Optional.of(urn), Optional.empty(),
                UserStatus.ACTIVE);
    }

    private static void assertTerms(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    @Test
    void givenOnePeriodThenTheFteOfEveryTermIsItsFteAsBefore() {
        Induction induction = registered("0.5");

        assertTerms("0.5", induction.fteByTerm().fteAt(7));
        assertEquals(12, induction.schedule().finalTerm());
    }

    @Test
    void givenTwoTermsFullTimeThenHalfTimeThenTheFinalFallsAtCalendarTermTen() {
        Induction changed = registered("1.0").withFteFrom(LocalDate.of(2024, 4, 15), new BigDecimal("0.5"),
                new BigDecimal("2"), "tutor-a");

        assertTerms("1.0", changed.fteByTerm().fteAt(2));
        assertTerms("0.5", changed.fteByTerm().fteAt(3));
        assertEquals(10, changed.schedule().finalTerm(), "2 + 8 x 0.5 = 6.0 FTE terms");
        assertEquals(2, changed.periods().size());
        assertEquals(PeriodEnd.FTE_CHANGED, changed.periods().get(0).endReason().orElseThrow());
    }

    @Test
    void givenACalendarTermSharedByTwoPeriodsThenItsFteIsEachForItsShare() {
        Induction changed = registered("1.0").withFteFrom(LocalDate.of(2023, 11, 1), new BigDecimal("0.5"),
                new BigDecimal("0.5"), "tutor-a");

        assertTerms("0.75", changed.fteByTerm().fteAt(1));
        assertTerms("0.5", changed.fteByTerm().fteAt(2));
    }

    @Test
    void givenALeaverThenTermsServedAreThePeriodsAndOnlyAnInterimMayBeSubmitted() {
        Induction left = registered("1.0").left(LocalDate.of(2023, 12, 20), BigDecimal.ONE);

        assertTrue(left.isLeft());
        assertTerms("1", left.termsServedSoFar());
        assertTerms("0", left.termsOfOpenPeriod());
        assertFalse(left.currentPeriod().orElseThrow().isOpen());
    }

    @Test
    void givenAMoveThenTheNewSchoolSeesTheWholeAndTheFormerItsOwnPeriodsAssessmentsOnly() {
        Induction atA = registered("1.0").withTerms(registered("1.0").terms().withAbsence(1,
                new TermAbsence(0, 0, java.time.Instant.EPOCH))).withAssessment("T1-PROGRESS_REVIEW");
        Induction atB = atA.left(LocalDate.of(2023, 12, 20), BigDecimal.ONE)
                .continuedAt("100002", LocalDate.of(2024, 1, 8), BigDecimal.ONE, "tutor-b")
                .withAssessment("T2-PROGRESS_REVIEW");

        InductionAccessPolicy.Seen formerCoordinator = InductionAccessPolicy.seen(
                user(Role.INDUCTION_COORDINATOR, "100001", "coord-a"), Optional.of(atB));
        assertEquals(InductionAccessPolicy.View.FORMER_SCHOOL, formerCoordinator.view());
        assertTrue(formerCoordinator.showsAssessment("T1-PROGRESS_REVIEW"));
        assertFalse(formerCoordinator.showsAssessment("T2-PROGRESS_REVIEW"));
        assertFalse(InductionAccessPolicy.canSee(user(Role.INDUCTION_TUTOR, "100001", "tutor-a"), atB));
        assertFalse(InductionAccessPolicy.seesAsFormerSchool(user(Role.INDUCTION_TUTOR, "100001", "tutor-a"), atB));
        assertTrue(InductionAccessPolicy.canSee(user(Role.INDUCTION_TUTOR, "100002", "tutor-b"), atB));
        assertEquals(InductionAccessPolicy.View.WHOLE, InductionAccessPolicy.seen(
                user(Role.HEADTEACHER, "100002", "head-b"), Optional.of(atB)).view());
        assertTerms("1", atB.termsServedSoFar());
    }

    @Test
    void givenAnAssessmentNoPeriodListsThenItBelongsToTheFirstPeriod() {
        Induction moved = registered("1.0").left(LocalDate.of(2023, 12, 20), BigDecimal.ONE)
                .continuedAt("100002", LocalDate.of(2024, 1, 8), BigDecimal.ONE, "tutor-b");

        assertEquals("P1", moved.periodOf("T1-PROGRESS_REVIEW").orElseThrow().periodId());
    }
}
