package org.inductionrecords.core.induction;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The Appropriate Body's last review of an assessment (DOMAIN.md "The AB's review"): who, when, and the comment
 * it was returned with (absent once approved).
 */
public record Review(String reviewedBy, Instant reviewedAt, Optional<String> returnComment) {

    public Review {
        Objects.requireNonNull(reviewedBy);
        Objects.requireNonNull(reviewedAt);
        Objects.requireNonNull(returnComment);
    }
}
