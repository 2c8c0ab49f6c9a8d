package org.inductionrecords.core.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.inductionrecords.core.induction.AssessmentSchedule;
import org.inductionrecords.core.induction.Programme;

/**
 * How long an induction must run (contract section 6): the programme's FTE terms (6.0 ECT, 3.0 NQT) plus
 * every extension (recorded ones and those absence gives), minus every reduction. The one place that rule
 * is applied; the schedule of assessment points follows from it.
 *
 * @param absenceByTerm the absence recorded by the assessments of each calendar term
 * @param countStatutoryLeave the teacher's choice to have statutory leave counted towards the absence rule
 */
public record InductionTerms(List<Extension> extensions, List<Reduction> reductions,
                             Map<Integer, TermAbsence> absenceByTerm, boolean countStatutoryLeave) {

    /** The AB may reduce an induction to no less than one FTE term (guidance 3.2). */
    public static final BigDecimal MIN_REQUIRED = BigDecimal.ONE;
    public static final InductionTerms NONE = new InductionTerms(List.of(), List.of(), Map.of(), false);

    public InductionTerms {
        extensions = List.copyOf(extensions);
        reductions = List.copyOf(reductions);
        absenceByTerm = Map.copyOf(absenceByTerm);
        Objects.requireNonNull(absenceByTerm);
    }

    public List<YearAbsence> absence(FteByTerm fte) {
        return AbsenceRule.byYear(new TreeMap<>(absenceByTerm), fte, countStatutoryLeave);
    }

    /** The recorded extensions and, after them, those absence gives, one per induction year over the threshold. */
    public List<Extension> allExtensions(FteByTerm fte) {
        List<Extension> all = new ArrayList<>(extensions);
        absence(fte).stream().filter(year -> year.extensionTerms().signum() > 0).map(YearAbsence::asExtension)
                .forEach(all::add);
        return all;
    }

    public BigDecimal extensionTotal(FteByTerm fte) {
        return allExtensions(fte).stream().map(Extension::terms).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal required(Programme programme, FteByTerm fte) {
        BigDecimal reduced = reductions.stream().map(Reduction::terms).reduce(BigDecimal.ZERO, BigDecimal::add);
        return BigDecimal.valueOf(programme.baseTerms()).add(extensionTotal(fte)).subtract(reduced);
    }

    public AssessmentSchedule schedule(Programme programme, FteByTerm fte) {
        return AssessmentSchedule.of(programme, fte, required(programme, fte));
    }

    public InductionTerms with(Extension extension) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(extension);
        return new InductionTerms(more, reductions, absenceByTerm, countStatutoryLeave);
    }

    public InductionTerms with(Reduction reduction) {
        List<Reduction> more = new ArrayList<>(reductions);
        more.add(reduction);
        return new InductionTerms(extensions, more, absenceByTerm, countStatutoryLeave);
    }

    /** The absence of one calendar term as now recorded (a corrected assessment replaces its term's figure). */
    public InductionTerms withAbsence(int term, TermAbsence absence) {
        Map<Integer, TermAbsence> changed = new TreeMap<>(absenceByTerm);
        changed.put(term, absence);
        return new InductionTerms(extensions, reductions, changed, countStatutoryLeave);
    }

    public InductionTerms countingStatutoryLeave(boolean count) {
        return new InductionTerms(extensions, reductions, absenceByTerm, count);
    }
}
