package org.inductionrecords.store;

/**
 * The partitions of the work queues (docs/TABLE.md "Tasks"): sparse, each holding only what awaits someone, so
 * a task list reads what needs doing, never the inductions that need nothing.
 */
public final class TaskQueues {

    /** tasks index: assessments awaiting the AB's review, by the instant they were signed. */
    public static final String REVIEWS = "TASKS#AB#REVIEW";
    /** tasks index: inductions awaiting the AB's decision, by its due date. */
    public static final String DECISIONS = "TASKS#AB#DECISION";

    private TaskQueues() {
    }

    /**
     * tasks index: a school's leavers whose interim assessment it owes (guidance 2.62), by its due date: the
     * coordinator's one Query.
     */
    public static String interims(String urn) {
        return "TASKS#SCHOOL#" + urn + "#INTERIM";
    }

    /** gsi3: a school's assessments to sign or to correct. */
    public static String school(String urn) {
        return "TASKS#SCHOOL#" + urn;
    }
}
