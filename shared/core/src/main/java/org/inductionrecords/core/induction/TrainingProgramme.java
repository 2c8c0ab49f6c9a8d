package org.inductionrecords.core.induction;

/** The early career teacher entitlement's training (DOMAIN.md "Training programme"): ECT inductions only. */
public enum TrainingProgramme {
    PROVIDER_LED, SCHOOL_LED
}
