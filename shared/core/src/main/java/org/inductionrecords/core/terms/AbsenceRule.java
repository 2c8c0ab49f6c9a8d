package org.inductionrecords.core.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Absence extends induction (guidance 3.6-3.7; DOMAIN.md "Absence"): when the absence counted in one
 * induction year reaches {@link #THRESHOLD_DAYS}, that year is extended by the days counted in it, as terms
 * ({@link FteTerms#fromSchoolDays}). Statutory leave is not counted unless the teacher chose to have it
 * counted (a per-induction choice).
 */
public final class AbsenceRule {

    public static final int THRESHOLD_DAYS = 30;

    private AbsenceRule() {
    }

    /** Per induction year in which anything was recorded, in year order. */
    public static List<YearAbsence> byYear(Map<Integer, TermAbsence> byTerm, FteByTerm fte, boolean countStatutoryLeave) {
        Map<Integer, TermAbsence> years = new TreeMap<>();
        byTerm.forEach((term, absence) -> years.merge(fte.yearOf(term), absence, TermAbsence::plus));
        List<YearAbsence> out = new ArrayList<>();
        years.forEach((year, absence) -> {
            int counted = countStatutoryLeave ? absence.daysAbsent() : absence.daysAbsent() - absence.statutoryLeaveDays();
            BigDecimal extension = counted >= THRESHOLD_DAYS ? FteTerms.fromSchoolDays(counted) : BigDecimal.ZERO;
            out.add(new YearAbsence(year, absence.daysAbsent(), absence.statutoryLeaveDays(), extension,
                    absence.recordedAt()));
        });
        return out;
    }
}
