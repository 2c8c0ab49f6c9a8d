package org.inductionrecords.core.induction;

/** Why the AB closed an induction without an outcome (contract section 6). */
public enum CloseReason {
    LEFT_TEACHING,
    MOVED_TO_ANOTHER_AB,
    EXEMPT,
    OTHER
}
