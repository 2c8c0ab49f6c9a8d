package org.inductionrecords.core.task;

import java.util.List;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.user.User;

/**
 * The reads the task lists are made of (docs/TABLE.md "Tasks"): each one a query of one partition, every page,
 * whatever the number of inductions behind it; none reads an induction at a time.
 */
public interface TaskStore {

    /** Every year's term dates. */
    List<TermDates> termDates();

    /** The inductions assigned to a tutor (any status). */
    List<Induction> inductionsOfTutor(String tutorUserId);

    /** The inductions of a TRN (the NQT's own). */
    List<Induction> inductionsOfTeacher(String trn);

    /** The assessments of one induction. */
    List<Assessment> assessmentsOf(String inductionId);

    /** A school's assessments awaiting the school: SUBMITTED (to sign) and RETURNED (to correct). */
    List<QueuedAssessment> schoolQueue(String urn);

    /** Assessments awaiting the AB's review: signed, not a progress review, neither approved nor returned. */
    List<QueuedAssessment> reviewQueue();

    /** Inductions awaiting the AB's decision: in progress with their FINAL signed. */
    List<Induction> decisionQueue();

    /** The school's leavers whose interim assessment it owes (guidance 2.62), soonest due first. */
    List<Induction> interimQueue(String urn);

    /** The users of a school. */
    List<User> usersOfSchool(String urn);
}
