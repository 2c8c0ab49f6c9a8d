package org.inductionrecords.core.induction;

/** Why a period ended: the teacher left the school, the FTE changed (a new period follows), or the AB closed it. */
public enum PeriodEnd {
    LEFT,
    FTE_CHANGED,
    CLOSED
}
