package org.inductionrecords.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.inductionrecords.core.induction.Programme;
import org.junit.jupiter.api.Test;

/** Terms required: the programme's, plus every extension (recorded and from absence), minus reductions. */
class InductionTermsTest {

    private static final Instant AT = Instant.parse("2026-01-10T09:00:00Z");
    private static final FteByTerm FULL_TIME = FteByTerm.constant(BigDecimal.ONE);

    @Test
    void twoReviewsWithTwentyAndFifteenDaysAbsentMakeSixPointSix() {
        InductionTerms terms = InductionTerms.NONE.withAbsence(1, new TermAbsence(20, 0, AT))
                .withAbsence(2, new TermAbsence(15, 0, AT));

        assertEquals(new BigDecimal("6.6"), terms.required(Programme.ECT, FULL_TIME));
        assertEquals(List.of(ExtensionSource.ABSENCE), terms.allExtensions(FULL_TIME).stream().map(Extension::source).toList());
        assertEquals(7, terms.schedule(Programme.ECT, FULL_TIME).finalTerm());
    }

    @Test
    void aCorrectedTermReplacesItsAbsenceAndTheExtensionIsRecomputed() {
        InductionTerms terms = InductionTerms.NONE.withAbsence(1, new TermAbsence(20, 0, AT))
                .withAbsence(2, new TermAbsence(15, 0, AT))
                .withAbsence(2, new TermAbsence(5, 0, AT));

        assertEquals(0, new BigDecimal("6").compareTo(terms.required(Programme.ECT, FULL_TIME)));
        assertEquals(List.of(), terms.allExtensions(FULL_TIME));
    }

    @Test
    void extensionsAddUpAndReductionsTakeOff() {
        InductionTerms terms = InductionTerms.NONE
                .with(new Extension(new BigDecimal("1.5"), "illness", ExtensionSource.AB, AT))
                .with(new Extension(new BigDecimal("0.3"), "outcome", ExtensionSource.OUTCOME, AT))
                .with(new Reduction(new BigDecimal("2.0"), "prior experience", AT));

        assertEquals(0, new BigDecimal("5.8").compareTo(terms.required(Programme.ECT, FULL_TIME)));
        assertEquals(0, new BigDecimal("1.8").compareTo(terms.extensionTotal(FULL_TIME)));
    }

    @Test
    void statutoryLeaveCountsOnlyWhenChosen() {
        InductionTerms terms = InductionTerms.NONE.withAbsence(1, new TermAbsence(40, 20, AT));

        assertEquals(0, new BigDecimal("3").compareTo(terms.required(Programme.NQT, FULL_TIME)));
        assertEquals(new BigDecimal("3.7"), terms.countingStatutoryLeave(true).required(Programme.NQT, FULL_TIME));
    }
}
