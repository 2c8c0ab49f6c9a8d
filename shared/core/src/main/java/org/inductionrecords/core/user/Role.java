package org.inductionrecords.core.user;

/** One role per user, highest tier first. Only AB_ADMIN has no school. */
public enum Role {
    AB_ADMIN,
    INDUCTION_COORDINATOR,
    HEADTEACHER,
    INDUCTION_TUTOR,
    NQT;

    public boolean belongsToSchool() {
        return this != AB_ADMIN;
    }
}
