package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which kind of assessment is due at which term (DOMAIN.md, "The two programmes").
 *
 * <p>NQT: TERMLY at terms 1-2, FINAL at term 3. ECT: PROGRESS_REVIEW at 1, 2, 4, 5, FORMAL at 3,
 * FINAL at 6. INTERIM at any term of the programme (a teacher leaving part-way).
 *
 * <p>Extensions (the guidance allows fractions of terms) lengthen the programme by
 * {@code ceil(extensionTerms)} whole assessment terms: the FINAL moves to the new last term, and the
 * terms between the old and the new final are ordinary ones (TERMLY for NQT, PROGRESS_REVIEW for
 * ECT). A FINAL already submitted at the old last term (typically recommending EXTEND) stays as it
 * was; the outcome then needs the FINAL of the new last term. A half-term extension still ends in a
 * whole assessed term: the assessment closes the period however long it was.
 */
public final class AssessmentSchedule {

    /** Extensions are capped at {@link OutcomeDecision#MAX_TOTAL_EXTENSION} terms: ECT 6 + 6. */
    public static final int MAX_TERMS = 12;

    private final Programme programme;
    private final int totalTerms;

    private AssessmentSchedule(Programme programme, int totalTerms) {
        this.programme = programme;
        this.totalTerms = totalTerms;
    }

    public static AssessmentSchedule of(Programme programme, BigDecimal extensionTerms) {
        Objects.requireNonNull(programme);
        int extra = extensionTerms.setScale(0, RoundingMode.CEILING).intValueExact();
        return new AssessmentSchedule(programme, programme.baseTerms() + Math.max(0, extra));
    }

    public int totalTerms() {
        return totalTerms;
    }

    /** The term of the FINAL assessment: the last one, extensions included. */
    public int finalTerm() {
        return totalTerms;
    }

    public boolean allows(AssessmentKind kind, int term) {
        if (term < 1 || term > totalTerms) {
            return false;
        }
        return switch (kind) {
            case INTERIM -> true;
            case FINAL -> term == totalTerms;
            case TERMLY -> programme == Programme.NQT && term < totalTerms;
            case FORMAL -> programme == Programme.ECT && term == 3;
            case PROGRESS_REVIEW -> programme == Programme.ECT && term < totalTerms && term != 3;
        };
    }

    /** The kinds an induction of this programme may submit at this term, for error messages. */
    public Set<AssessmentKind> kindsAt(int term) {
        EnumSet<AssessmentKind> kinds = EnumSet.noneOf(AssessmentKind.class);
        for (AssessmentKind kind : AssessmentKind.values()) {
            if (allows(kind, term)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
