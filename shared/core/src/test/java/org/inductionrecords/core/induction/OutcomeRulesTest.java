package org.inductionrecords.core.induction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.InvalidInput;
import org.junit.jupiter.api.Test;

class OutcomeRulesTest {

    private static final Induction NQT = Induction.register("i1", "100001",
            new Teacher("1234567", "Ada", "Lovelace", LocalDate.of(1995, 1, 1), Optional.empty()),
            Programme.NQT, LocalDate.of(2020, 9, 1), BigDecimal.ONE, "tutor-1");
    private static final java.time.Instant AT = java.time.Instant.parse("2024-03-01T10:00:00Z");

    private static OutcomeRules.Plan apply(Induction induction, OutcomeDecision decision) {
        return OutcomeRules.apply(induction, decision, AT);
    }

    @Test
    void aPassOn29FebruaryIsRetainedUntil28FebruarySixYearsLaterAndNeedsTheSignedFinal() {
        OutcomeRules.Plan plan = apply(NQT,
                new OutcomeDecision(Outcome.PASSED, LocalDate.of(2024, 2, 29), Optional.empty()));
        assertEquals(InductionStatus.PASSED, plan.induction().status());
        assertEquals(Optional.of(LocalDate.of(2030, 2, 28)), plan.induction().retentionEnds());
        assertEquals(Optional.of("T3-FINAL"), plan.signedFinalId());
        assertEquals(true, plan.releasesTrn());
        assertEquals(true, plan.induction().awaitsRetention());
    }

    @Test
    void extensionsAccumulateKeepTheInductionInProgressAndMoveTheFinal() {
        Induction once = apply(NQT, new OutcomeDecision(Outcome.EXTENDED, LocalDate.of(2021, 7, 1),
                Optional.of(new BigDecimal("0.5")))).induction();
        Induction twice = apply(once, new OutcomeDecision(Outcome.EXTENDED, LocalDate.of(2021, 12, 1),
                Optional.of(BigDecimal.ONE))).induction();
        assertEquals(InductionStatus.IN_PROGRESS, twice.status());
        assertEquals(0, new BigDecimal("1.5").compareTo(twice.extension()));
        assertEquals(java.util.List.of(new org.inductionrecords.core.terms.Extension(new BigDecimal("0.5"),
                        "EXTENDED outcome of 2021-07-01", org.inductionrecords.core.terms.ExtensionSource.OUTCOME, AT),
                new org.inductionrecords.core.terms.Extension(BigDecimal.ONE, "EXTENDED outcome of 2021-12-01",
                        org.inductionrecords.core.terms.ExtensionSource.OUTCOME, AT)),
                twice.terms().extensions(), "each outcome is an extension of its own; they add up");
        assertEquals(Optional.of("T5-FINAL"), apply(twice,
                new OutcomeDecision(Outcome.FAILED, LocalDate.of(2022, 7, 1), Optional.empty())).signedFinalId());
        assertThrows(InvalidInput.class, () -> apply(twice, new OutcomeDecision(Outcome.EXTENDED,
                LocalDate.of(2022, 7, 1), Optional.of(new BigDecimal("5")))), "six terms in all at most");
    }

    @Test
    void anOutcomeBeforeTheStartOrOnAFinishedInductionIsRefused() {
        assertThrows(InvalidInput.class, () -> apply(NQT,
                new OutcomeDecision(Outcome.PASSED, LocalDate.of(2020, 8, 31), Optional.empty())));
        Induction passed = apply(NQT,
                new OutcomeDecision(Outcome.PASSED, LocalDate.of(2021, 7, 1), Optional.empty())).induction();
        assertThrows(Conflict.class, () -> apply(passed,
                new OutcomeDecision(Outcome.FAILED, LocalDate.of(2021, 7, 1), Optional.empty())));
    }

    @Test
    void theBasicRecordKeepsNoContactTutorOrFteAndCountsTermsServed() {
        Induction passed = apply(NQT,
                new OutcomeDecision(Outcome.PASSED, LocalDate.of(2021, 7, 1), Optional.empty())).induction();
        Induction reduced = passed.reduce(java.time.Instant.parse("2027-07-02T02:30:00Z"));
        assertEquals(InductionStatus.REDUCED, reduced.status());
        assertEquals(Optional.empty(), reduced.tutorUserId());
        assertEquals(Optional.empty(), reduced.fte());
        assertEquals(Optional.empty(), reduced.teacher().email());
        assertEquals(Optional.of(LocalDate.of(2021, 7, 1)), reduced.completionDate());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(reduced.termsServed().orElseThrow()));
    }
}
