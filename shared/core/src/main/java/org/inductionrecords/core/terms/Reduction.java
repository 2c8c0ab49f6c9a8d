package org.inductionrecords.core.terms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Terms taken off an induction by the AB for prior experience (guidance 3.2; contract section 6, {@code reductions[]}). */
public record Reduction(BigDecimal terms, String reason, Instant recordedAt) {

    public Reduction {
        Objects.requireNonNull(terms);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(recordedAt);
    }
}
