package org.inductionrecords.core.induction;

import java.time.LocalDate;

/**
 * The privacy notice's clock: personal data and assessments are kept six years from the outcome
 * (or closing) date. {@link LocalDate#plusYears} clamps 29 February to 28 February, so a record is
 * never kept a day less than six years.
 */
public final class Retention {

    public static final int YEARS = 6;

    private Retention() {
    }

    public static LocalDate ends(LocalDate outcomeOrClosingDate) {
        return outcomeOrClosingDate.plusYears(YEARS);
    }

    /** Due on the first sweep on or after the end date. */
    public static boolean isDue(LocalDate retentionEnds, LocalDate asOf) {
        return !asOf.isBefore(retentionEnds);
    }
}
