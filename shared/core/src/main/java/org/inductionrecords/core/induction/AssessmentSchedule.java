package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inductionrecords.core.terms.FteByTerm;

/**
 * Which kind of assessment is due at which calendar term (DOMAIN.md "Assessment points follow FTE, reviews
 * follow the calendar"; guidance 2.48-2.55).
 *
 * <p>The FINAL falls at the end of the calendar term in which the FTE terms served first reach the terms
 * required; for ECT the FORMAL at the end of the term in which they first reach 3.0, if that is before the
 * FINAL. Every other calendar term before the FINAL has a PROGRESS_REVIEW (ECT) or a TERMLY (NQT)
 * assessment, part-timers included. INTERIM at any term up to the FINAL (a teacher leaving part-way). So an
 * ECT at 0.5 FTE throughout has PROGRESS_REVIEW at terms 1-5 and 7-11, FORMAL at 6, FINAL at 12.
 */
public final class AssessmentSchedule {

    /** The first formal assessment of the ECT programme: when 3.0 FTE terms are served. */
    public static final BigDecimal FORMAL_AT = new BigDecimal("3");
    /**
     * Calendar terms an assessment may name (two digits in its id): 33 years. A FINAL that would fall later
     * (0.1 FTE with long extensions) falls here; the AB decides such a case by hand long before.
     */
    public static final int MAX_TERMS = 99;

    private final Programme programme;
    private final int finalTerm;
    private final Optional<Integer> formalTerm;

    private AssessmentSchedule(Programme programme, int finalTerm, Optional<Integer> formalTerm) {
        this.programme = programme;
        this.finalTerm = finalTerm;
        this.formalTerm = formalTerm;
    }

    public static AssessmentSchedule of(Programme programme, FteByTerm fte, BigDecimal termsRequired) {
        Objects.requireNonNull(programme);
        int finalTerm = firstTermServing(fte, termsRequired);
        Optional<Integer> formal = programme == Programme.ECT
                ? Optional.of(firstTermServing(fte, FORMAL_AT)).filter(term -> term < finalTerm)
                : Optional.empty();
        return new AssessmentSchedule(programme, finalTerm, formal);
    }

    /** The first calendar term by whose end the FTE terms served reach {@code terms} (capped). */
    private static int firstTermServing(FteByTerm fte, BigDecimal terms) {
        BigDecimal served = BigDecimal.ZERO;
        for (int term = 1; term <= MAX_TERMS; term++) {
            served = served.add(fte.fteAt(term));
            if (served.compareTo(terms) >= 0) {
                return term;
            }
        }
        return MAX_TERMS;
    }

    /** The calendar term of the FINAL assessment. */
    public int finalTerm() {
        return finalTerm;
    }

    /** Calendar terms of the induction: the FINAL's is the last. */
    public int totalTerms() {
        return finalTerm;
    }

    public Optional<Integer> formalTerm() {
        return formalTerm;
    }

    /** The kind due at a calendar term (INTERIM aside), empty past the FINAL. */
    public Optional<AssessmentKind> kindAt(int term) {
        if (term < 1 || term > finalTerm) {
            return Optional.empty();
        }
        if (term == finalTerm) {
            return Optional.of(AssessmentKind.FINAL);
        }
        if (formalTerm.filter(formal -> formal == term).isPresent()) {
            return Optional.of(AssessmentKind.FORMAL);
        }
        return Optional.of(programme == Programme.ECT ? AssessmentKind.PROGRESS_REVIEW : AssessmentKind.TERMLY);
    }

    public boolean allows(AssessmentKind kind, int term) {
        if (kind == AssessmentKind.INTERIM) {
            return term >= 1 && term <= finalTerm;
        }
        return kindAt(term).filter(kind::equals).isPresent();
    }

    /** The kinds an induction may submit at this term, for error messages and the front end. */
    public Set<AssessmentKind> kindsAt(int term) {
        EnumSet<AssessmentKind> kinds = EnumSet.noneOf(AssessmentKind.class);
        kindAt(term).ifPresent(kinds::add);
        if (allows(AssessmentKind.INTERIM, term)) {
            kinds.add(AssessmentKind.INTERIM);
        }
        return kinds;
    }
}
