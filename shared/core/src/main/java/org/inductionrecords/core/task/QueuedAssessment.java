package org.inductionrecords.core.task;

import java.util.Objects;
import org.inductionrecords.core.induction.AssessmentStatus;

/** An assessment as a work queue holds it: enough to name the task, nothing personal. */
public record QueuedAssessment(String inductionId, String assessmentId, String schoolUrn, AssessmentStatus status) {

    public QueuedAssessment {
        Objects.requireNonNull(inductionId);
        Objects.requireNonNull(assessmentId);
        Objects.requireNonNull(schoolUrn);
        Objects.requireNonNull(status);
    }
}
