package org.inductionrecords.core.terms;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Terms are counted in full-time-equivalent terms, exactly (DOMAIN.md "Induction as it really runs"): a
 * calendar term served at FTE f counts f terms. Kept as exact decimals; one decimal only for display.
 */
public final class FteTerms {

    /** 195 school days a year, three terms (DOMAIN.md): how absence days become terms. */
    public static final BigDecimal SCHOOL_DAYS_PER_TERM = new BigDecimal("65");
    /** An induction year is three FTE terms (DOMAIN.md: years of FTE terms 0-3, 3-6, ...). */
    public static final BigDecimal TERMS_PER_YEAR = new BigDecimal("3");
    /** The guidance counts terms to one decimal place. */
    public static final int SCALE = 1;

    private FteTerms() {
    }

    /** Days absent as terms: 65 school days a term, rounded up to one decimal place (34 days = 0.6). */
    public static BigDecimal fromSchoolDays(int days) {
        return BigDecimal.valueOf(days).divide(SCHOOL_DAYS_PER_TERM, SCALE, RoundingMode.CEILING);
    }

    /** For display only: the exact value rounded half up to one decimal (1.25 shows as 1.3). */
    public static BigDecimal shown(BigDecimal terms) {
        return terms.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** Whether a number of terms has at most one decimal place (extensions and reductions are entered so). */
    public static boolean oneDecimal(BigDecimal terms) {
        return terms.stripTrailingZeros().scale() <= SCALE;
    }
}
