package org.inductionrecords.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsServedTest {

    @Test
    void termsServedIsTheHighestAssessedTerm() {
        assertEquals(6, TermsServed.fromAssessmentIds(List.of("T1-PROGRESS_REVIEW", "T3-FORMAL", "T6-FINAL")));
    }

    @Test
    void anExtensionPastTheProgrammeCounts() {
        assertEquals(4, TermsServed.fromAssessmentIds(List.of("T3-FINAL", "T4-FINAL")));
    }

    @Test
    void noAssessmentsMeansNoTermsServed() {
        assertEquals(0, TermsServed.fromAssessmentIds(List.of()));
    }

    @Test
    void idsOfAnotherShapeAreIgnored() {
        assertEquals(2, TermsServed.fromAssessmentIds(List.of("T2-TERMLY", "legacy-import")));
    }
}
