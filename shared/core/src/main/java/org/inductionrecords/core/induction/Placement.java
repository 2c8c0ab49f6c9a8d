package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where and how the teacher serves: FTE and assigned tutor. A REDUCED basic record keeps neither
 * (DOMAIN.md "Retention"), so an induction has a placement only while it is whole.
 */
public record Placement(BigDecimal fte, String tutorUserId) {

    public Placement {
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(tutorUserId, "tutorUserId");
    }
}
