package org.inductionrecords.core.terms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** Terms added to an induction (contract section 6, {@code extensions[]}); extensions add up, none replaces another. */
public record Extension(BigDecimal terms, String reason, ExtensionSource source, Instant recordedAt) {

    /** The reason of an extension known by its terms only. */
    public static final String TOTAL_ONLY = "Extension terms recorded as a total";

    /**
     * An extension known by its terms only: what an item written before extensions were records holds (its
     * EXTENDED outcomes added up), and the total a REDUCED basic record keeps. Dated by the outcome date.
     */
    public static Extension totalOnly(BigDecimal terms, Optional<LocalDate> outcomeDate) {
        return new Extension(terms, TOTAL_ONLY, ExtensionSource.OUTCOME,
                outcomeDate.map(date -> date.atStartOfDay(ZoneId.of("Europe/London")).toInstant()).orElse(Instant.EPOCH));
    }

    public Extension {
        Objects.requireNonNull(terms);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(source);
        Objects.requireNonNull(recordedAt);
    }
}
