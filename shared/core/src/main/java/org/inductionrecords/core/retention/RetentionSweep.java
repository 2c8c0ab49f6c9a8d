package org.inductionrecords.core.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.user.Logins;

/**
 * One run of the six-year sweep: walks the due part of the retention index page by page, skips and
 * counts what is under legal hold, and reduces the rest step by step (see {@link ReductionStep}). A dry
 * run reads the same and changes nothing. A failure propagates (the invocation fails, the schedule
 * retries, the alarm fires); whatever was half done is finished by the next run.
 */
public final class RetentionSweep {

    /** The audit trail's actor for changes the sweep makes on its own authority. */
    public static final String ACTOR = "RETENTION_SWEEP";
    public static final String REDUCED_ACTION = "RETENTION_REDUCED";
    public static final String USER_REMOVED_ACTION = "RETENTION_USER_REMOVED";

    private final RetentionRecords records;
    private final Logins logins;
    private final Clock clock;

    public RetentionSweep(RetentionRecords records, Logins logins, Clock clock) {
        this.records = records;
        this.logins = logins;
        this.clock = clock;
    }

    /** The outcome of a run: the report, and the ids reduced (or that a dry run would reduce) and held. */
    public record Run(SweepReport report, List<String> reducedIds, List<String> heldIds) {
    }

    public Run run(LocalDate asOf, boolean dryRun, SweepBudget budget) {
        List<String> reduced = new ArrayList<>();
        List<String> held = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        boolean complete = true;
        pages:
        do {
            Page<String> page = records.dueInductionIds(asOf, cursor);
            for (String inductionId : page.items()) {
                if (!budget.allowsAnother()) {
                    complete = false;
                    break pages;
                }
                Optional<Induction> found = records.find(inductionId);
                if (found.isEmpty()) {
                    continue;
                }
                switch (RetentionDecision.of(found.get(), asOf)) {
                    case SKIP_LEGAL_HOLD -> held.add(inductionId);
                    case REDUCE -> {
                        if (dryRun || reduce(found.get(), asOf)) {
                            reduced.add(inductionId);
                        }
                    }
                    case NOT_DUE -> {
                        // the index lags a change (or the item was reduced meanwhile): nothing to do
                    }
                }
            }
            cursor = page.nextToken();
        } while (cursor.isPresent());
        SweepReport report = new SweepReport(asOf, reduced.size() + held.size(), reduced.size(), held.size(),
                dryRun, complete);
        return new Run(report, List.copyOf(reduced), List.copyOf(held));
    }

    private boolean reduce(Induction read, LocalDate asOf) {
        String inductionId = read.inductionId();
        String trn = read.teacher().trn();
        Induction current = read;
        boolean anotherLive = records.teacherHasAnotherLiveInduction(trn, inductionId);
        for (ReductionStep step : ReductionPlan.steps(read, anotherLive)) {
            switch (step) {
                case CLAIM -> {
                    Optional<Integer> termsServed = ReductionPlan.countsTermsServed(current)
                            ? Optional.of(TermsServed.fromAssessmentIds(records.assessmentIds(inductionId)))
                            : Optional.empty();
                    Optional<Induction> claimed = records.claim(current, termsServed);
                    if (claimed.isEmpty()) {
                        return false; // changed since we read it (a legal hold?): the next run decides afresh
                    }
                    current = claimed.get();
                }
                case DELETE_ASSESSMENTS_AND_IDEMPOTENCY_RECORDS ->
                        records.deleteAssessmentsAndIdempotencyRecords(inductionId);
                case REMOVE_TEACHER_USERS -> {
                    for (TeacherUser user : records.teacherUsers(trn)) {
                        // The login first: while the user record exists the next run can still find the email.
                        logins.delete(user.email());
                        records.removeTeacherUser(user, AuditEvent.of(clock.instant(), ACTOR, USER_REMOVED_ACTION,
                                "USER", user.userId(), Optional.empty(), Map.of("inductionId", inductionId)));
                    }
                }
                case REWRITE_AS_BASIC_RECORD -> {
                    Instant now = clock.instant();
                    return records.rewriteAsBasicRecord(current, current.reduce(now),
                            AuditEvent.of(now, ACTOR, REDUCED_ACTION, "INDUCTION", inductionId,
                                    Optional.empty(), Map.of("asOf", asOf.toString())));
                }
            }
        }
        throw new IllegalStateException("A reduction plan ends with the rewrite");
    }
}
