package org.inductionrecords.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.junit.jupiter.api.Test;

class RetentionDecisionTest {

    private static final LocalDate PASSED_ON = LocalDate.of(2019, 7, 18);
    private static final LocalDate ENDS = LocalDate.of(2025, 7, 18);

    @Test
    void aPassedInductionIsReducedOnItsEndDate() {
        assertEquals(RetentionDecision.REDUCE,
                RetentionDecision.of(Inductions.finished(InductionStatus.PASSED, PASSED_ON), ENDS));
    }

    @Test
    void aFailedInductionRunsOnTheSameClock() {
        assertEquals(RetentionDecision.REDUCE,
                RetentionDecision.of(Inductions.finished(InductionStatus.FAILED, PASSED_ON), ENDS));
    }

    @Test
    void aClosedInductionRunsFromItsClosingDate() {
        assertEquals(RetentionDecision.REDUCE, RetentionDecision.of(Inductions.closed(PASSED_ON), ENDS));
        assertEquals(RetentionDecision.NOT_DUE, RetentionDecision.of(Inductions.closed(PASSED_ON), ENDS.minusDays(1)));
    }

    @Test
    void notDueTheDayBefore() {
        assertEquals(RetentionDecision.NOT_DUE,
                RetentionDecision.of(Inductions.finished(InductionStatus.PASSED, PASSED_ON), ENDS.minusDays(1)));
    }

    @Test
    void aDueInductionUnderLegalHoldIsSkipped() {
        Induction held = Inductions.finished(InductionStatus.PASSED, PASSED_ON)
                .withLegalHold(true, Optional.of("claim"));
        assertEquals(RetentionDecision.SKIP_LEGAL_HOLD, RetentionDecision.of(held, ENDS));
    }

    @Test
    void aReducedInductionIsNotReducedAgain() {
        Induction reduced = Inductions.finished(InductionStatus.PASSED, PASSED_ON).reduce(Instant.now());
        assertEquals(RetentionDecision.NOT_DUE, RetentionDecision.of(reduced, ENDS.plusYears(1)));
    }

    @Test
    void anInductionInProgressIsNeverDue() {
        assertEquals(RetentionDecision.NOT_DUE, RetentionDecision.of(Inductions.inProgress(), ENDS.plusYears(50)));
    }
}
