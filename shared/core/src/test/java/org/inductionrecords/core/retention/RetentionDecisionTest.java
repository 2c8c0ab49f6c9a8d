package org.inductionrecords.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionDecisionTest {

    private static final LocalDate PASSED_ON = LocalDate.of(2019, 7, 18);
    private static final LocalDate ENDS = LocalDate.of(2025, 7, 18);

    @Test
    void aPassedInductionIsReducedOnItsEndDate() {
        assertEquals(RetentionDecision.REDUCE,
                RetentionDecision.of(Inductions.completed("PASSED", PASSED_ON, false), ENDS));
    }

    @Test
    void aFailedInductionRunsOnTheSameClock() {
        assertEquals(RetentionDecision.REDUCE,
                RetentionDecision.of(Inductions.completed("FAILED", PASSED_ON, false), ENDS));
    }

    @Test
    void notDueTheDayBefore() {
        assertEquals(RetentionDecision.NOT_DUE,
                RetentionDecision.of(Inductions.completed("PASSED", PASSED_ON, false), ENDS.minusDays(1)));
    }

    @Test
    void aDueInductionUnderLegalHoldIsSkipped() {
        assertEquals(RetentionDecision.SKIP_LEGAL_HOLD,
                RetentionDecision.of(Inductions.completed("PASSED", PASSED_ON, true), ENDS));
    }

    @Test
    void aReducedInductionIsNotReducedAgain() {
        assertEquals(RetentionDecision.NOT_DUE,
                RetentionDecision.of(Inductions.completed("REDUCED", PASSED_ON, false), ENDS.plusYears(1)));
    }

    @Test
    void anInductionInProgressIsNeverDue() {
        assertEquals(RetentionDecision.NOT_DUE,
                RetentionDecision.of(Inductions.completed("IN_PROGRESS", PASSED_ON, false), ENDS.plusYears(1)));
    }
}
