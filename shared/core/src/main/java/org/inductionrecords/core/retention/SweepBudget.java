package org.inductionrecords.core.retention;

/** Whether the run still has time to start one more reduction (the handler asks Lambda's context). */
@FunctionalInterface
public interface SweepBudget {

    boolean allowsAnother();

    static SweepBudget unlimited() {
        return () -> true;
    }
}
