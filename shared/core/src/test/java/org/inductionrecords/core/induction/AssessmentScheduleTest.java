package org.inductionrecords.core.induction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.inductionrecords.core.terms.FteByTerm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The assessment points of both programmes at FTE 1.0, 0.8, 0.6 and 0.5, written out term by term for calendar
 * terms 1 to 16 (DOMAIN.md "Assessment points follow FTE, reviews follow the calendar"). R = PROGRESS_REVIEW,
 * T = TERMLY, F = FORMAL, X = FINAL, . = nothing but... nothing (past the FINAL). INTERIM is allowed wherever
 * anything is.
 */
class AssessmentScheduleTest {

    private static String row(AssessmentSchedule schedule) {
        List<String> cells = new ArrayList<>();
        for (int term = 1; term <= 16; term++) {
            cells.add(schedule.kindAt(term).map(kind -> switch (kind) {
                case PROGRESS_REVIEW -> "R";
                case TERMLY -> "T";
                case FORMAL -> "F";
                case FINAL -> "X";
                case INTERIM -> "I";
            }).orElse("."));
        }
        return String.join(" ", cells);
    }

    private static AssessmentSchedule schedule(Programme programme, String fte, String required) {
        return AssessmentSchedule.of(programme, FteByTerm.constant(new BigDecimal(fte)), new BigDecimal(required));
    }

    @ParameterizedTest(name = "{0} at FTE {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // programme | FTE | terms 1..16
            "ECT | 1.0 | R R F R R X . . . . . . . . . .",
            "ECT | 0.8 | R R R F R R R X . . . . . . . .",
            "ECT | 0.6 | R R R R F R R R R X . . . . . .",
            "ECT | 0.5 | R R R R R F R R R R R X . . . .",
            "NQT | 1.0 | T T X . . . . . . . . . . . . .",
            "NQT | 0.8 | T T T X . . . . . . . . . . . .",
            "NQT | 0.6 | T T T T X . . . . . . . . . . .",
            "NQT | 0.5 | T T T T T X . . . . . . . . . .",
    })
    void theKindAtEveryCalendarTermFollowsTheFteServed(Programme programme, String fte, String expected) {
        String required = programme == Programme.ECT ? "6.0" : "3.0";
        assertEquals(expected, row(schedule(programme, fte, required)));
    }

    @ParameterizedTest(name = "{0} at FTE {1} needing {2} terms: {3}")
    @CsvSource(delimiter = '|', value = {
            // an extension moves the FINAL to the term in which the terms required are served
            "ECT | 1.0 | 7.5 | R R F R R R R X . . . . . . . .",
            "ECT | 1.0 | 6.6 | R R F R R R X . . . . . . . . .",
            "NQT | 1.0 | 4.5 | T T T T X . . . . . . . . . . .",
            "ECT | 0.5 | 7.5 | R R R R R F R R R R R R R R X .",
            // a reduction moves it earlier; below 3.0 an ECT induction has no FORMAL before its FINAL
            "ECT | 1.0 | 4.0 | R R F X . . . . . . . . . . . .",
            "ECT | 1.0 | 2.0 | R X . . . . . . . . . . . . . .",
            "ECT | 1.0 | 1.0 | X . . . . . . . . . . . . . . .",
            "ECT | 0.8 | 3.0 | R R R X . . . . . . . . . . . .",
    })
    void extensionsAndReductionsMoveTheFinal(Programme programme, String fte, String required, String expected) {
        assertEquals(expected, row(schedule(programme, fte, required)));
    }

    @Test
    void interimIsAllowedAtAnyTermUpToTheFinal() {
        AssessmentSchedule halfTime = schedule(Programme.ECT, "0.5", "6.0");
        for (int term = 1; term <= 12; term++) {
            assertTrue(halfTime.allows(AssessmentKind.INTERIM, term), "term " + term);
        }
        assertFalse(halfTime.allows(AssessmentKind.INTERIM, 13));
        assertFalse(halfTime.allows(AssessmentKind.INTERIM, 0));
        assertEquals(12, halfTime.finalTerm());
        assertFalse(halfTime.allows(AssessmentKind.FINAL, 6), "a 0.5 FTE ECT's FINAL is not at calendar term 6");
        assertTrue(halfTime.allows(AssessmentKind.FORMAL, 6));
    }

    @Test
    void aScheduleNeverRunsPastTheLastTermAnAssessmentCanName() {
        assertEquals(AssessmentSchedule.MAX_TERMS, schedule(Programme.ECT, "0.1", "22.0").finalTerm());
    }
}
