package org.inductionrecords.core.induction;

import java.util.Objects;

/** An assessment the schedule has at a calendar term (contract section 6, {@code nextAssessment}). */
public record AssessmentPoint(int term, AssessmentKind kind) {

    public AssessmentPoint {
        Objects.requireNonNull(kind);
    }
}
