package org.inductionrecords.core.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.inductionrecords.core.induction.Assessment;

/** An assessment with the due date computed for it as of the term dates read (contract section 7). */
public record DatedAssessment(Assessment assessment, Optional<LocalDate> dueDate) {

    public DatedAssessment {
        Objects.requireNonNull(assessment);
        Objects.requireNonNull(dueDate);
    }
}
