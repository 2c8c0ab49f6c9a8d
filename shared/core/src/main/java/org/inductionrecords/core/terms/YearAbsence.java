package org.inductionrecords.core.terms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One induction year's absence (contract section 6, {@code absence[]}): the days absent in it, the statutory
 * leave among them, and the extension they give that year (zero below the threshold), as last recorded.
 */
public record YearAbsence(int year, int daysAbsent, int statutoryLeaveDays, BigDecimal extensionTerms,
                          Instant recordedAt) {

    public YearAbsence {
        Objects.requireNonNull(extensionTerms);
        Objects.requireNonNull(recordedAt);
    }

    /** The extension this year's absence gives, as an extension record (source ABSENCE). */
    public Extension asExtension() {
        return new Extension(extensionTerms, "Absence of " + daysAbsent + " days in induction year " + year,
                ExtensionSource.ABSENCE, recordedAt);
    }
}
