package org.inductionrecords.core.induction;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What registration records of the teacher's qualification and training (contract section 6): the QTS date,
 * before which the induction cannot start, and the ECT training programme. Both optional; inductions
 * registered before they were recorded have neither.
 */
public record Qualification(Optional<LocalDate> qtsDate, Optional<TrainingProgramme> trainingProgramme) {

    public static final Qualification NONE = new Qualification(Optional.empty(), Optional.empty());

    public Qualification {
        Objects.requireNonNull(qtsDate, "qtsDate");
        Objects.requireNonNull(trainingProgramme, "trainingProgramme");
    }
}
