package org.inductionrecords.core.retention;

import java.time.LocalDate;

/**
 * The privacy notice's clock: personal data and assessments are kept for six years from the outcome
 * date (pass or fail), or from the closing date of an induction closed without an outcome.
 */
public final class RetentionPeriod {

    public static final int YEARS = 6;

    private RetentionPeriod() {
    }

    /**
     * The first day on which the record is due for reduction. {@link LocalDate#plusYears} semantics:
     * an outcome on 29 February ends on 28 February six years later (never 1 March), so a record is
     * never kept a day longer than six years.
     */
    public static LocalDate endsOn(LocalDate outcomeOrClosingDate) {
        return outcomeOrClosingDate.plusYears(YEARS);
    }

    /** Due on the first sweep on or after the end date; a sweep that was missed is caught up by the next. */
    public static boolean isDue(LocalDate retentionEnds, LocalDate asOf) {
        return !retentionEnds.isAfter(asOf);
    }
}
