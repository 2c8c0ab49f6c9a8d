package org.inductionrecords.core.terms;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The FTE a teacher served in each calendar term of an induction (1 = the first). One FTE throughout today;
 * periods at other schools or hours feed their own FTE per term through this one method.
 */
@FunctionalInterface
public interface FteByTerm {

    BigDecimal fteAt(int calendarTerm);

    static FteByTerm constant(BigDecimal fte) {
        Objects.requireNonNull(fte);
        if (fte.signum() <= 0) {
            throw new IllegalArgumentException("an FTE is more than 0");
        }
        return term -> fte;
    }

    /** FTE terms served by the end of this calendar term (0 for term 0). */
    default BigDecimal servedBy(int calendarTerm) {
        BigDecimal served = BigDecimal.ZERO;
        for (int term = 1; term <= calendarTerm; term++) {
            served = served.add(fteAt(term));
        }
        return served;
    }

    /** The induction year (1, 2, ...) a calendar term belongs to: the one in which it starts. */
    default int yearOf(int calendarTerm) {
        return servedBy(calendarTerm - 1).divideToIntegralValue(FteTerms.TERMS_PER_YEAR).intValueExact() + 1;
    }
}
