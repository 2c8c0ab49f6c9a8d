package org.inductionrecords.core.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.deadline.Deadlines;
import org.inductionrecords.core.deadline.InterimDeadline;
import org.inductionrecords.core.deadline.ScheduledAssessment;
import org.inductionrecords.core.deadline.TermsOnRecord;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.AssessmentStatus;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;

/**
 * The tasks of one user as of one day (contract section 7), without HTTP: {@code GET /tasks} asks it for the
 * caller and today in Europe/London; a scheduled function (the reminders of section 8) asks it for any user and
 * the day of its event. Each role's tasks come from the few queries of {@link TaskStore} designed for them
 * (docs/TABLE.md "Tasks"), and every task is in the user's scope by construction: a tutor's come from its own
 * inductions, school staff's from their school's partitions, the NQT's from its TRN, the AB's from the AB queues.
 * INTERIM_NEEDED (guidance 2.62) is a state the induction item holds, read from the school's interim queue for
 * the coordinator and from the tutor's own inductions for the tutor.
 * The time-dependent ones (ASSESSMENT_DUE, overdue) are computed here from the term dates as of {@code asOf},
 * never stored, so a term ending or term dates recorded late need no write.
 */
public final class TaskList {

    private final TaskStore store;
    private final Supplier<List<TermDates>> termDates;

    public TaskList(TaskStore store) {
        this(store, store::termDates);
    }

    private TaskList(TaskStore store, Supplier<List<TermDates>> termDates) {
        this.store = store;
        this.termDates = termDates;
    }

    /**
     * The same task list with the term dates read once, now: for a run that asks for many users' tasks on one day
     * (the reminders). A request asks for one user's, so it reads them as it goes and never sees them stale.
     */
    public TaskList withTermDatesReadOnce() {
        List<TermDates> once = store.termDates();
        return new TaskList(store, () -> once);
    }

    /** The user's tasks, most urgent first; none for a user who is not active. */
    public List<Task> tasksOf(User user, LocalDate asOf) {
        if (user.status() != UserStatus.ACTIVE) {
            return List.of();
        }
        List<Task> tasks = switch (user.role()) {
            case AB_ADMIN -> ab(asOf);
            case INDUCTION_COORDINATOR -> coordinator(user, asOf);
            case HEADTEACHER -> headteacher(user, asOf);
            case INDUCTION_TUTOR -> tutor(user, asOf);
            case NQT -> teacher(user, asOf);
        };
        return tasks.stream().sorted(Task.BY_URGENCY).toList();
    }

    private List<Task> ab(LocalDate asOf) {
        List<Task> tasks = new ArrayList<>();
        for (QueuedAssessment queued : store.reviewQueue()) {
            tasks.add(Task.of(TaskType.REVIEW_NEEDED, queued.inductionId(), Optional.of(queued.assessmentId()),
                    queued.schoolUrn(), Optional.empty(), asOf));
        }
        for (Induction induction : store.decisionQueue()) {
            tasks.add(Task.of(TaskType.DECISION_DUE, induction.inductionId(),
                    Optional.of(Assessment.idOf(org.inductionrecords.core.induction.AssessmentKind.FINAL,
                            induction.schedule().finalTerm())),
                    induction.schoolUrn(), induction.decisionDueBy(), asOf));
        }
        return tasks;
    }

    private List<Task> coordinator(User user, LocalDate asOf) {
        String urn = user.schoolUrn().orElseThrow();
        List<Task> tasks = new ArrayList<>();
        // Suspended tutors are few: one query of the school's users, then one of each such tutor's inductions.
        for (User tutor : store.usersOfSchool(urn)) {
            if (tutor.role() != Role.INDUCTION_TUTOR || tutor.status() != UserStatus.SUSPENDED) {
                continue;
            }
            for (Induction induction : store.inductionsOfTutor(tutor.userId())) {
                if (induction.isInProgress() && induction.schoolUrn().equals(urn)) {
                    tasks.add(Task.of(TaskType.NO_TUTOR, induction.inductionId(), Optional.empty(), urn,
                            Optional.empty(), asOf));
                }
            }
        }
        // Its leavers owing an interim: one query of the school's sparse interim queue (docs/TABLE.md "Tasks").
        for (Induction induction : store.interimQueue(urn)) {
            interim(induction, urn, asOf).ifPresent(tasks::add);
        }
        return tasks;
    }

    /** INTERIM_NEEDED for the school the teacher left, while the rule says one is owed ({@link InterimDeadline}). */
    private static Optional<Task> interim(Induction induction, String urn, LocalDate asOf) {
        if (!induction.schoolUrn().equals(urn)) {
            return Optional.empty();
        }
        return InterimDeadline.dueBy(induction).map(due -> Task.of(TaskType.INTERIM_NEEDED, induction.inductionId(),
                Optional.of(InterimDeadline.assessmentId(induction)), urn, Optional.of(due), asOf));
    }

    private List<Task> headteacher(User user, LocalDate asOf) {
        String urn = user.schoolUrn().orElseThrow();
        List<Task> tasks = new ArrayList<>();
        for (QueuedAssessment queued : store.schoolQueue(urn)) {
            TaskType type = queued.status() == AssessmentStatus.RETURNED ? TaskType.CORRECTION_NEEDED
                    : TaskType.SIGNATURE_NEEDED;
            tasks.add(Task.of(type, queued.inductionId(), Optional.of(queued.assessmentId()), urn, Optional.empty(),
                    asOf));
        }
        return tasks;
    }

    private List<Task> tutor(User user, LocalDate asOf) {
        String urn = user.schoolUrn().orElseThrow();
        List<Induction> ofTutor = store.inductionsOfTutor(user.userId());
        List<Task> tasks = new ArrayList<>();
        // A leaver's last tutor at the school left owes its interim too: while LEFT the induction is still this
        // tutor's (its last period's), so it is among the same query's answers.
        for (Induction induction : ofTutor) {
            if (induction.tutorUserId().filter(user.userId()::equals).isPresent()) {
                interim(induction, urn, asOf).ifPresent(tasks::add);
            }
        }
        List<Induction> assigned = ofTutor.stream()
                .filter(induction -> induction.schoolUrn().equals(urn) && induction.isInProgress()).toList();
        // a returned INTERIM of a leaver is this tutor's to correct too (AssessmentRules.writable)
        Set<String> mine = ofTutor.stream().filter(induction -> induction.schoolUrn().equals(urn)
                && (induction.isInProgress() || induction.isLeft())).map(Induction::inductionId)
                .collect(Collectors.toSet());
        if (mine.isEmpty()) {
            return tasks;
        }
        if (!assigned.isEmpty()) {
            TermsOnRecord calendar = new TermsOnRecord(termDates.get());
            for (Induction induction : assigned) {
                for (ScheduledAssessment point : Deadlines.fromRecord(induction, calendar, asOf)) {
                    if (point.needsWriting()) {
                        tasks.add(Task.of(TaskType.ASSESSMENT_DUE, induction.inductionId(),
                                Optional.of(Assessment.idOf(point.kind(), point.term())), urn, point.dueDate(),
                                asOf));
                    }
                }
            }
        }
        for (QueuedAssessment queued : store.schoolQueue(urn)) {
            if (queued.status() == AssessmentStatus.RETURNED && mine.contains(queued.inductionId())) {
                tasks.add(Task.of(TaskType.CORRECTION_NEEDED, queued.inductionId(),
                        Optional.of(queued.assessmentId()), urn, Optional.empty(), asOf));
            }
        }
        return tasks;
    }

    private List<Task> teacher(User user, LocalDate asOf) {
        String trn = user.trn().orElseThrow();
        List<Task> tasks = new ArrayList<>();
        // An NQT has one induction in progress (the TRN lock): one query of its inductions, one of its assessments.
        for (Induction induction : store.inductionsOfTeacher(trn)) {
            if (!induction.isInProgress()) {
                continue;
            }
            for (Assessment assessment : store.assessmentsOf(induction.inductionId())) {
                if (assessment.status() == AssessmentStatus.SIGNED) {
                    tasks.add(Task.of(TaskType.ACKNOWLEDGEMENT_NEEDED, induction.inductionId(),
                            Optional.of(assessment.assessmentId()), induction.schoolUrn(), Optional.empty(), asOf));
                }
            }
        }
        return tasks;
    }
}
