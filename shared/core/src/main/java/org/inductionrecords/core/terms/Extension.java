package org.inductionrecords.core.terms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Terms added to an induction (contract section 6, {@code extensions[]}); extensions add up, none replaces another. */
public record Extension(BigDecimal terms, String reason, ExtensionSource source, Instant recordedAt) {

    public Extension {
        Objects.requireNonNull(terms);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(source);
        Objects.requireNonNull(recordedAt);
    }
}
