package org.inductionrecords.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Absence extends an induction year at 30 days or more (guidance 3.6-3.7), days becoming terms at 65 school
 * days a term, rounded up to one decimal place; statutory leave counts only when the teacher chose so.
 */
class AbsenceRuleTest {

    private static final Instant AT = Instant.parse("2026-01-10T09:00:00Z");
    private static final FteByTerm FULL_TIME = FteByTerm.constant(BigDecimal.ONE);

    @ParameterizedTest(name = "{0} days absent, {1} of them statutory, counting statutory leave {2}: {3} terms")
    @CsvSource({
            // days, statutory, count statutory, extension
            "29,  0, false, 0",
            "30,  0, false, 0.5",
            "65,  0, false, 1.0",
            "66,  0, false, 1.1",
            "34,  0, false, 0.6",
            "40, 11, false, 0",
            "40, 10, false, 0.5",
            "40, 11, true,  0.7",
            "66, 36, false, 0.5",
            "66, 37, false, 0",
            "66, 66, true,  1.1",
            "29, 29, true,  0",
            "30, 30, true,  0.5",
            "65, 65, false, 0",
    })
    void oneYearsAbsenceAtTheThreshold(int days, int statutory, boolean countStatutory, String extension) {
        List<YearAbsence> years = AbsenceRule.byYear(Map.of(1, new TermAbsence(days, statutory, AT)), FULL_TIME, countStatutory);

        assertEquals(1, years.size());
        assertEquals(0, new BigDecimal(extension).compareTo(years.get(0).extensionTerms()), years.toString());
        assertEquals(days, years.get(0).daysAbsent());
        assertEquals(statutory, years.get(0).statutoryLeaveDays());
    }

    @Test
    void daysAddUpWithinAnInductionYearAndNotAcrossYears() {
        // given 20 + 15 days in terms 1 and 2 (year 1), and 25 days in term 4 (year 2), full time
        Map<Integer, TermAbsence> byTerm = Map.of(1, new TermAbsence(20, 0, AT), 2, new TermAbsence(15, 0, AT),
                4, new TermAbsence(25, 0, AT));

        List<YearAbsence> years = AbsenceRule.byYear(byTerm, FULL_TIME, false);

        assertEquals(List.of(1, 2), years.stream().map(YearAbsence::year).toList());
        assertEquals(new BigDecimal("0.6"), years.get(0).extensionTerms(), "35 days: 0.54 terms, rounded up");
        assertEquals(0, years.get(1).extensionTerms().signum(), "25 days: under the threshold");
    }

    @Test
    void aPartTimersInductionYearIsThreeFteTerms() {
        // at 0.5 FTE calendar terms 1-6 are year 1 and terms 7-12 year 2
        FteByTerm halfTime = FteByTerm.constant(new BigDecimal("0.5"));
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3),
                IntStream.rangeClosed(1, 13).map(halfTime::yearOf).boxed().toList());
        // at 0.8 FTE a term belongs to the year in which it starts: term 4 starts at 2.4 FTE terms, term 5 at 3.2
        FteByTerm mostly = FteByTerm.constant(new BigDecimal("0.8"));
        assertEquals(1, mostly.yearOf(4));
        assertEquals(2, mostly.yearOf(5));
    }

    @Test
    void daysConvertToTermsRoundedUpToOneDecimal() {
        assertEquals(new BigDecimal("0.6"), FteTerms.fromSchoolDays(34));
        assertEquals(new BigDecimal("1.0"), FteTerms.fromSchoolDays(65));
        assertEquals(new BigDecimal("1.1"), FteTerms.fromSchoolDays(66));
        assertEquals(new BigDecimal("0.0"), FteTerms.fromSchoolDays(0));
        assertEquals(new BigDecimal("1.3"), FteTerms.shown(new BigDecimal("1.25")));
    }
}
