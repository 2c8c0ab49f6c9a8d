package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.calendar.PeriodTerms;
import org.inductionrecords.core.deadline.DatedAssessment;
import org.inductionrecords.core.deadline.Deadlines;
import org.inductionrecords.core.deadline.ScheduledAssessment;
import org.inductionrecords.core.deadline.TermsOnRecord;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.IdempotencyMismatch;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.core.error.Rejection;
import org.inductionrecords.core.terms.Extension;
import org.inductionrecords.core.terms.ExtensionSource;
import org.inductionrecords.core.terms.FteTerms;
import org.inductionrecords.core.terms.InductionTerms;
import org.inductionrecords.core.terms.Reduction;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.json.Json;

/**
 * The use cases of inductions and assessments, in the order every one follows: validate the input,
 * read what the rule needs, ask {@link InductionAccessPolicy} whether the caller may, apply the rule,
 * write the change and its audit event in one conditional transaction (reads: audit the ids shown).
 */
public final class InductionService {

    /** Dates are English school dates. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final InductionStore store;
    private final Clock clock;
    private final Supplier<String> ids;

    public InductionService(InductionStore store, Clock clock, Supplier<String> ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    // ---------------------------------------------------------------- inductions

    /**
     * Registers an induction, or continues the teacher's LEFT one at this school (contract section 6: the same
     * id, a new period), the teacher's date of birth matching. One induction in progress per TRN (409). The rule is
     * {@link Registrations}', which each row of a bulk registration follows too.
     */
    public Induction register(Actor actor, String urn, RequestBody body) {
        InductionAccessPolicy.requireCanRegister(actor.user(), urn);
        InductionRegistration input = InductionRegistration.from(body, today());
        InductionStore.RegistrationReads reads = store.registrationReads(input.tutorUserId(), input.teacher().trn());
        if (!InductionAccessPolicy.isAssignableTutor(reads.tutor(), urn)) {
            throw InvalidInput.of("tutorUserId", "must be an active induction tutor of this school");
        }
        Optional<Induction> held = reads.lockedInductionId().flatMap(store::find);
        Registrations.Plan plan = Registrations.plan(urn, input, held,
                () -> store.heldDateOfBirth(input.teacher().trn()), reads.loginUserId(), ids);
        return Registrations.write(store, actor, clock.instant(), plan, Map.of());
    }

    // ---------------------------------------------------------------- periods and moves (contract section 6)

    /** The teacher leaves the current school: its period closes with the FTE terms it served; status LEFT. */
    public Induction leave(Actor actor, String inductionId, RequestBody body) {
        MoveRequests.Leave input = MoveRequests.leave(body, today());
        Induction induction = InductionAccessPolicy.visible(actor.user(), store.find(inductionId));
        InductionAccessPolicy.requireCanManage(actor.user(), induction);
        Period current = inProgress(induction, "leave a school").currentPeriod().orElseThrow();
        requireWithinPeriod(current, "leaveDate", input.leaveDate(), false);
        BigDecimal served = PeriodTerms.served(current.startDate(), input.leaveDate(), current.fte(),
                store.termDates());
        Induction left = induction.left(input.leaveDate(), served);
        store.updateInduction(left, induction.version(), InductionAudit.onInduction(actor, clock.instant(),
                "INDUCTION_LEFT", induction, Map.of("periodId", current.periodId())));
        return left;
    }

    /**
     * A new tutor (the current period's, at once), a new FTE from a date (the period closes the day before and a
     * new one opens at the same school), or both.
     */
    public Induction change(Actor actor, String inductionId, RequestBody body) {
        MoveRequests.Change input = MoveRequests.change(body, today());
        Induction induction = InductionAccessPolicy.visible(actor.user(), store.find(inductionId));
        InductionAccessPolicy.requireCanManage(actor.user(), induction);
        Period current = inProgress(induction, "change").currentPeriod().orElseThrow();
        if (input.tutorUserId().isPresent() && !InductionAccessPolicy.isAssignableTutor(
                store.findUser(input.tutorUserId().get()), induction.schoolUrn())) {
            throw InvalidInput.of("tutorUserId", "must be an active induction tutor of this school");
        }
        String tutor = input.tutorUserId().orElse(current.tutorUserId());
        Induction changed;
        if (input.fte().isPresent()) {
            LocalDate from = input.from().orElseThrow();
            requireWithinPeriod(current, "from", from, true);
            BigDecimal served = PeriodTerms.served(current.startDate(), from.minusDays(1), current.fte(),
                    store.termDates());
            changed = induction.withFteFrom(from, input.fte().get(), served, tutor);
        } else {
            changed = induction.withTutor(tutor);
        }
        Map<String, String> related = new HashMap<>();
        related.put("periodId", changed.currentPeriod().orElseThrow().periodId());
        input.tutorUserId().ifPresent(id -> related.put("tutorUserId", id));
        store.changePlacement(changed, induction.version(), input.tutorUserId(), InductionAudit.onInduction(actor,
                clock.instant(), input.fte().isPresent() ? "FTE_CHANGED" : "TUTOR_CHANGED", induction, related));
        return changed;
    }

    /** The AB closes an induction without an outcome: CLOSED, its retention clock starting on the closing date. */
    public Induction close(Actor actor, String inductionId, RequestBody body) {
        MoveRequests.Close input = MoveRequests.close(body, today());
        Induction induction = InductionAccessPolicy.visible(actor.user(), store.find(inductionId));
        InductionAccessPolicy.requireCanDecide(actor.user(), induction);
        if (!induction.isInProgress() && !induction.isLeft()) {
            throw new Conflict("Only an induction in progress or between schools can be closed.");
        }
        Period current = induction.currentPeriod().orElseThrow();
        BigDecimal served = BigDecimal.ZERO;
        if (current.isOpen()) {
            requireWithinPeriod(current, "closeDate", input.closeDate(), false);
            served = PeriodTerms.served(current.startDate(), input.closeDate(), current.fte(), store.termDates());
        } else if (input.closeDate().isBefore(current.endDate().orElseThrow())) {
            throw InvalidInput.of("closeDate", "must not be before the day the teacher left ("
                    + current.endDate().orElseThrow() + ")");
        }
        Induction closed = induction.closedWithoutOutcome(input.closeDate(), input.reason(), served);
        store.close(closed, induction.version(), InductionAudit.onInduction(actor, clock.instant(),
                "INDUCTION_CLOSED", induction, Map.of("closeReason", input.reason().name())));
        return closed;
    }

    private static Induction inProgress(Induction induction, String what) {
        if (!induction.isInProgress()) {
            throw new Conflict("Only an induction in progress can " + what + ".");
        }
        return induction;
    }

    /** A date of the current period: on or after its start (after it, for a new FTE's first day). */
    private static void requireWithinPeriod(Period current, String field, LocalDate date, boolean after) {
        boolean ok = after ? date.isAfter(current.startDate()) : !date.isBefore(current.startDate());
        if (!ok) {
            throw InvalidInput.of(field, "must be " + (after ? "after" : "on or after") + " the current period's start ("
                    + current.startDate() + ")");
        }
    }

    public Page<Induction> list(Actor actor, String urn, Optional<String> nextToken, int limit) {
        InductionAccessPolicy.ListScope scope = InductionAccessPolicy.listScope(actor.user(), urn);
        Page<Induction> page = store.list(scope, nextToken, limit);
        if (!page.items().isEmpty()) {
            store.audit(InductionAudit.listed(actor, clock.instant(), InductionAudit.SCHOOL, urn, "inductionIds",
                    page.items().stream().map(Induction::inductionId).toList()));
        }
        return page;
    }

    /** The inductions that had a period at this school and continued at another (its former ones). */
    public Page<Induction> listFormer(Actor actor, String urn, Optional<String> nextToken, int limit) {
        Page<Induction> page = store.list(InductionAccessPolicy.formerListScope(actor.user(), urn), nextToken, limit);
        if (!page.items().isEmpty()) {
            store.audit(InductionAudit.listed(actor, clock.instant(), InductionAudit.SCHOOL, urn, "inductionIds",
                    page.items().stream().map(Induction::inductionId).toList()));
        }
        return page;
    }

    /** The AB's list across schools: one Query a page, whatever the number of schools. */
    public Page<Induction> listAcross(Actor actor, InductionFilter filter, Optional<String> nextToken, int limit) {
        InductionAccessPolicy.requireCanListAcrossSchools(actor.user());
        Page<Induction> page = store.listAcross(filter, nextToken, limit);
        if (!page.items().isEmpty()) {
            store.audit(InductionAudit.listed(actor, clock.instant(), InductionAudit.INDUCTIONS, filter.status().name(),
                    "inductionIds", page.items().stream().map(Induction::inductionId).toList()));
        }
        return page;
    }

    /**
     * The due date and status of each listed induction's next assessment (contract section 6,
     * {@code nextAssessment.dueDate}), from one read of the term dates (TABLE.md pattern 20) for the whole page;
     * no read when nothing listed is in progress.
     */
    public Function<Induction, Optional<ScheduledAssessment>> nextDue(List<Induction> listed) {
        if (listed.stream().noneMatch(Induction::isInProgress)) {
            return induction -> Optional.empty();
        }
        TermsOnRecord calendar = new TermsOnRecord(store.termDates());
        LocalDate asOf = today();
        return induction -> Deadlines.next(induction, calendar, asOf);
    }

    public Induction get(Actor actor, String inductionId) {
        return read(actor, inductionId).induction();
    }

    /** The induction as the caller may see it: whole, or a former school's view (contract section 6). */
    public InductionAccessPolicy.Seen read(Actor actor, String inductionId) {
        InductionAccessPolicy.Seen seen = InductionAccessPolicy.seen(actor.user(), store.find(inductionId));
        store.audit(InductionAudit.onInduction(actor, clock.instant(), "INDUCTION_READ", seen.induction(), Map.of()));
        return seen;
    }

    // ---------------------------------------------------------------- assessments

    /** How often a submission reads, decides and writes when another write to the induction came first. */
    static final int SUBMIT_ATTEMPTS = 3;

    /**
     * Reads the induction, lets the policy and the rules decide, and writes the assessment with the induction
     * at the version read (its absence for the term recorded: it can change the terms required), the
     * idempotency record and the audit event in one transaction: the caller's read, this read, one write.
     *
     * @param render the response body of a created assessment, stored with the idempotency key so a
     *               retry gets exactly the first answer
     * @return the answer: the new assessment's, or the stored one of an identical earlier request
     */
    public StoredResponse submit(Actor actor, String inductionId, RequestBody body, Optional<String> idempotencyKey,
                                 Function<DatedAssessment, String> render) {
        AssessmentSubmission input = AssessmentSubmissions.from(body, today());
        Optional<IdempotentRequest> idempotency = idempotencyKey.map(key -> IdempotentRequest.of(actor.userId(),
                key, "POST /inductions/" + inductionId + "/assessments\n" + Json.write(input)));
        TermsOnRecord calendar = null;
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            Assessment assessment = Assessment.submitted(inductionId, input, actor.userId(), now);
            Induction read;
            Induction updated;
            try {
                read = InductionAccessPolicy.visible(actor.user(), store.find(inductionId));
                InductionAccessPolicy.requireCanSubmit(actor.user(), read);
                updated = AssessmentRules.accept(input, read, assessment);
            } catch (Rejection refused) {
                // A key seen before answers its first response whatever else now fails (CONTRACT.md section 3).
                Optional<Submission> before = idempotency.flatMap(request -> store.answeredBefore(inductionId,
                        request, now));
                if (before.isEmpty()) {
                    throw refused;
                }
                return answer(before.get());
            }
            if (calendar == null) {
                // its due date (contract section 7): the term dates, read once however often this loops
                calendar = new TermsOnRecord(store.termDates());
            }
            Submission result = store.submit(updated, read.version(), assessment, idempotency,
                    new StoredResponse(201, render.apply(Deadlines.dated(updated, assessment, calendar))),
                    InductionAudit.onAssessment(actor, now, "ASSESSMENT_SUBMITTED", read, assessment.assessmentId()));
            if (!(result instanceof Submission.InductionChanged)) {
                return answer(result);
            }
            if (attempt == SUBMIT_ATTEMPTS) {
                throw new Conflict("The induction changed while this request ran; retry.");
            }
        }
    }

    private static StoredResponse answer(Submission submission) {
        return switch (submission) {
            case Submission.KeyMismatch mismatch ->
                    throw new IdempotencyMismatch("This Idempotency-Key was used for a different request.");
            case Submission.InductionChanged changed ->
                    throw new Conflict("The induction changed while this request ran; retry.");
            case Submission.Created created -> created.response();
            case Submission.Replayed replayed -> replayed.response();
        };
    }

    public Page<DatedAssessment> listAssessments(Actor actor, String inductionId, Optional<String> nextToken,
                                                 int limit) {
        InductionAccessPolicy.Seen seen = InductionAccessPolicy.seen(actor.user(), store.find(inductionId));
        if (!InductionAccessPolicy.assessmentsKept(seen.induction())) {
            return new Page<>(List.of(), Optional.empty());
        }
        Page<Assessment> all = store.listAssessments(inductionId, nextToken, limit);
        // A former school sees its own periods' assessments only (contract section 6).
        Page<Assessment> page = new Page<>(all.items().stream()
                .filter(assessment -> seen.showsAssessment(assessment.assessmentId())).toList(), all.nextToken());
        if (!page.items().isEmpty()) {
            store.audit(InductionAudit.listed(actor, clock.instant(), InductionAudit.INDUCTION, inductionId,
                    "assessmentIds", page.items().stream().map(Assessment::assessmentId).toList()));
        }
        TermsOnRecord calendar = page.items().isEmpty() ? new TermsOnRecord(List.of())
                : new TermsOnRecord(store.termDates());
        return new Page<>(page.items().stream().map(a -> Deadlines.dated(seen.induction(), a, calendar)).toList(),
                page.nextToken());
    }

    public DatedAssessment getAssessment(Actor actor, String inductionId, String assessmentId) {
        Filed filed = getFiled(actor, inductionId, assessmentId);
        return dated(filed.induction(), filed.assessment());
    }

    /** The assessment with its due date: the term dates, one small Query (docs/TABLE.md pattern 20). */
    private DatedAssessment dated(Induction induction, Assessment assessment) {
        return Deadlines.dated(induction, assessment, new TermsOnRecord(store.termDates()));
    }

    /** An assessment with the induction it is filed under (the PDF form needs both), in the JSON's scope. */
    public record Filed(Induction induction, Assessment assessment) {
    }

    public Filed getFiled(Actor actor, String inductionId, String assessmentId) {
        InductionStore.InductionAndAssessment found = store.findAssessment(inductionId, assessmentId);
        InductionAccessPolicy.Seen seen = InductionAccessPolicy.seen(actor.user(), found.induction());
        Induction induction = seen.induction();
        Assessment assessment = kept(induction, found.assessment().filter(
                any -> seen.showsAssessment(assessmentId)));
        store.audit(InductionAudit.onAssessment(actor, clock.instant(), "ASSESSMENT_READ", induction, assessmentId));
        return new Filed(induction, assessment);
    }

    public DatedAssessment sign(Actor actor, String inductionId, String assessmentId) {
        InductionStore.InductionAndAssessment found = store.findAssessment(inductionId, assessmentId);
        Induction induction = InductionAccessPolicy.visible(actor.user(), found.induction());
        Assessment assessment = kept(induction, found.assessment());
        InductionAccessPolicy.requireCanSign(actor.user(), induction);
        Instant now = clock.instant();
        Assessment signed = Workflow.sign(assessment, actor.userId(), now);
        // The FINAL's signature starts the AB's 20 working days (DOMAIN.md "Deadlines"): kept on the induction.
        Optional<Induction> after = isScheduledFinal(induction, assessment)
                ? Optional.of(induction.withFinalSignedAt(Optional.of(now))) : Optional.empty();
        store.changeAssessment(new InductionStore.AssessmentChange(induction, signed, assessment.version(), after,
                Optional.empty()), InductionAudit.onAssessment(actor, now, "ASSESSMENT_SIGNED", induction, assessmentId));
        return dated(induction, signed);
    }

    public DatedAssessment acknowledge(Actor actor, String inductionId, String assessmentId, RequestBody body) {
        AcknowledgementRequest input = AcknowledgementRequest.from(body);
        InductionStore.InductionAndAssessment found = store.findAssessment(inductionId, assessmentId);
        Induction induction = InductionAccessPolicy.visible(actor.user(), found.induction());
        Assessment assessment = kept(induction, found.assessment());
        InductionAccessPolicy.requireCanAcknowledge(actor.user(), induction);
        Instant now = clock.instant();
        Assessment acknowledged = Workflow.acknowledge(assessment, actor.userId(), now, input.comment());
        store.changeAssessment(new InductionStore.AssessmentChange(induction, acknowledged, assessment.version(),
                Optional.empty(), Optional.empty()),
                InductionAudit.onAssessment(actor, now, "ASSESSMENT_ACKNOWLEDGED", induction, assessmentId));
        return dated(induction, acknowledged);
    }

    // ---------------------------------------------------------------- the AB's review and corrections

    /** The AB approves a signed assessment other than a progress review (contract section 7). */
    public DatedAssessment approve(Actor actor, String inductionId, String assessmentId) {
        InductionStore.InductionAndAssessment found = store.findAssessment(inductionId, assessmentId);
        Induction induction = InductionAccessPolicy.visible(actor.user(), found.induction());
        Assessment assessment = kept(induction, found.assessment());
        InductionAccessPolicy.requireCanReview(actor.user(), induction);
        Instant now = clock.instant();
        Assessment approved = Workflow.approve(assessment, actor.userId(), now);
        store.changeAssessment(new InductionStore.AssessmentChange(induction, approved, assessment.version(),
                Optional.empty(), Optional.empty()),
                InductionAudit.onAssessment(actor, now, "ASSESSMENT_APPROVED", induction, assessmentId));
        return dated(induction, approved);
    }

    /**
     * The AB returns a signed (or approved) assessment for correction with a comment. A returned FINAL is no
     * longer signed: no PASSED or FAILED rests on it and the decision is no longer due.
     */
    public DatedAssessment returnForCorrection(Actor actor, String inductionId, String assessmentId, RequestBody body) {
        ReturnRequest input = ReturnRequest.from(body);
        InductionStore.InductionAndAssessment found = store.findAssessment(inductionId, assessmentId);
        Induction induction = InductionAccessPolicy.visible(actor.user(), found.induction());
        Assessment assessment = kept(induction, found.assessment());
        InductionAccessPolicy.requireCanReview(actor.user(), induction);
        requireWritable(induction, assessment);
        Instant now = clock.instant();
        Assessment returned = Workflow.returnForCorrection(assessment, actor.userId(), now, input.comment());
        Optional<Induction> after = isScheduledFinal(induction, assessment) && induction.finalSignedAt().isPresent()
                ? Optional.of(induction.withFinalSignedAt(Optional.empty())) : Optional.empty();
        // Ids only in the audit event: the comment is about the teacher.
        store.changeAssessment(new InductionStore.AssessmentChange(induction, returned, assessment.version(), after,
                Optional.empty()), InductionAudit.onAssessment(actor, now, "ASSESSMENT_RETURNED", induction, assessmentId));
        return dated(induction, returned);
    }

    /**
     * A correction of a SUBMITTED or RETURNED assessment by the assigned tutor or the headteacher: the whole
     * body again, kind and term unchanged, written as the next version (SUBMITTED, unsigned, unacknowledged)
     * with the version it replaces kept. Its days absent are the term's absence now, so the induction is written
     * at the version read, as a submission writes it.
     */
    public DatedAssessment correct(Actor actor, String inductionId, String assessmentId, RequestBody body) {
        AssessmentSubmission input = AssessmentSubmissions.from(body, today());
        InductionStore.InductionAndAssessment found = store.findAssessment(inductionId, assessmentId);
        Induction induction = InductionAccessPolicy.visible(actor.user(), found.induction());
        Assessment assessment = kept(induction, found.assessment());
        InductionAccessPolicy.requireCanCorrect(actor.user(), induction);
        requireWritable(induction, assessment);
        Instant now = clock.instant();
        Assessment corrected = Workflow.correct(assessment, input, actor.userId(), now);
        Induction after = AssessmentRules.accept(input, induction, corrected);
        if (isScheduledFinal(induction, assessment) && after.finalSignedAt().isPresent()) {
            after = after.withFinalSignedAt(Optional.empty());
        }
        store.changeAssessment(new InductionStore.AssessmentChange(induction, corrected, assessment.version(),
                Optional.of(after), Optional.of(assessment)),
                InductionAudit.onAssessment(actor, now, "ASSESSMENT_CORRECTED", induction, assessmentId));
        return dated(induction, corrected);
    }

    /** The assessment as it is now, then every earlier version as it was, newest first. */
    public List<DatedAssessment> versions(Actor actor, String inductionId, String assessmentId) {
        InductionStore.InductionAndAssessment found = store.findAssessment(inductionId, assessmentId);
        Induction induction = InductionAccessPolicy.visible(actor.user(), found.induction());
        Assessment assessment = kept(induction, found.assessment());
        List<Assessment> all = new java.util.ArrayList<>();
        all.add(assessment);
        all.addAll(store.earlierVersions(inductionId, assessmentId));
        store.audit(InductionAudit.onAssessment(actor, clock.instant(), "ASSESSMENT_VERSIONS_READ", induction,
                assessmentId));
        TermsOnRecord calendar = new TermsOnRecord(store.termDates());
        return all.stream().map(a -> Deadlines.dated(induction, a, calendar)).toList();
    }

    /** The induction's schedule as of today in Europe/London (contract section 7). */
    public List<org.inductionrecords.core.deadline.ScheduledAssessment> schedule(Actor actor, String inductionId) {
        Induction induction = InductionAccessPolicy.visible(actor.user(), store.find(inductionId));
        Map<Integer, String> assessed = new java.util.HashMap<>();
        if (InductionAccessPolicy.assessmentsKept(induction)) {
            Optional<String> token = Optional.empty();
            do {
                Page<Assessment> page = store.listAssessments(inductionId, token, 100);
                // The scheduled kind's assessment names the term; any other (an INTERIM) only if it is alone.
                page.items().forEach(a -> assessed.merge(a.term(), a.assessmentId(),
                        (was, now) -> induction.schedule().kindAt(a.term()).filter(a.kind()::equals).isPresent()
                                ? now : was));
                token = page.nextToken();
            } while (token.isPresent());
        }
        List<org.inductionrecords.core.deadline.ScheduledAssessment> items =
                org.inductionrecords.core.deadline.Deadlines.of(induction, assessed,
                        new org.inductionrecords.core.deadline.TermsOnRecord(store.termDates()), today());
        store.audit(InductionAudit.onInduction(actor, clock.instant(), "SCHEDULE_READ", induction, Map.of()));
        return items;
    }

    /** The FINAL of the schedule's last term: the one the AB's decision rests on. */
    private static boolean isScheduledFinal(Induction induction, Assessment assessment) {
        return assessment.kind() == AssessmentKind.FINAL && assessment.term() == induction.schedule().finalTerm();
    }

    private static void requireWritable(Induction induction, Assessment assessment) {
        if (!AssessmentRules.writable(induction, assessment.kind())) {
            throw new Conflict("Assessments can be returned or corrected only while the induction is in progress"
                    + " (or, an INTERIM, after the teacher left).");
        }
    }

    private static Assessment kept(Induction induction, Optional<Assessment> assessment) {
        if (!InductionAccessPolicy.assessmentsKept(induction)) {
            throw new NotFound("No such assessment.");
        }
        return assessment.orElseThrow(() -> new NotFound("No such assessment."));
    }

    // ---------------------------------------------------------------- the Appropriate Body's decisions

    public Induction recordOutcome(Actor actor, String inductionId, RequestBody body) {
        OutcomeDecision decision = OutcomeDecision.from(body, today());
        Induction induction = InductionAccessPolicy.visible(actor.user(), store.find(inductionId));
        InductionAccessPolicy.requireCanDecide(actor.user(), induction);
        OutcomeRules.Plan plan = OutcomeRules.apply(induction, decision, clock.instant());
        store.recordOutcome(plan, induction.version(), InductionAudit.onInduction(actor, clock.instant(),
                "OUTCOME_RECORDED", induction, Map.of("outcome", decision.outcome().name())));
        return plan.induction();
    }

    /** An extension recorded by the AB (contract section 6): extensions add up, none replaces another. */
    public Induction recordExtension(Actor actor, String inductionId, RequestBody body) {
        TermsChangeRequest input = TermsChangeRequest.from(body);
        Induction induction = adjustable(actor, inductionId);
        Instant now = clock.instant();
        Induction updated = induction.withTerms(induction.terms().with(
                new Extension(input.terms(), input.reason(), ExtensionSource.AB, now)));
        // Ids only in the audit event: the reason may say why (illness), which the trail must not hold.
        store.updateInduction(updated, induction.version(),
                InductionAudit.onInduction(actor, now, "EXTENSION_RECORDED", induction, Map.of()));
        return updated;
    }

    /** A reduction for prior experience, never below one FTE term required (guidance 3.2). */
    public Induction recordReduction(Actor actor, String inductionId, RequestBody body) {
        TermsChangeRequest input = TermsChangeRequest.from(body);
        Induction induction = adjustable(actor, inductionId);
        Instant now = clock.instant();
        Induction updated = induction.withTerms(induction.terms().with(
                new Reduction(input.terms(), input.reason(), now)));
        if (updated.termsRequired().compareTo(InductionTerms.MIN_REQUIRED) < 0) {
            throw InvalidInput.of("terms", "would leave " + FteTerms.shown(updated.termsRequired())
                    + " terms required; an induction is reduced to no less than "
                    + InductionTerms.MIN_REQUIRED.toPlainString() + " term (now "
                    + FteTerms.shown(induction.termsRequired()) + ")");
        }
        store.updateInduction(updated, induction.version(),
                InductionAudit.onInduction(actor, now, "REDUCTION_RECORDED", induction, Map.of()));
        return updated;
    }

    /** The teacher's choice, recorded by the AB, to have statutory leave counted (DOMAIN.md "Absence"). */
    public Induction countStatutoryLeave(Actor actor, String inductionId, RequestBody body) {
        StatutoryLeaveRequest input = StatutoryLeaveRequest.from(body);
        Induction induction = adjustable(actor, inductionId);
        Induction updated = induction.withTerms(induction.terms().countingStatutoryLeave(input.count()));
        store.updateInduction(updated, induction.version(), InductionAudit.onInduction(actor, clock.instant(),
                input.count() ? "STATUTORY_LEAVE_COUNTED" : "STATUTORY_LEAVE_NOT_COUNTED", induction, Map.of()));
        return updated;
    }

    /** The AB's, of an induction still in progress (a finished one's terms are settled). */
    private Induction adjustable(Actor actor, String inductionId) {
        Induction induction = InductionAccessPolicy.visible(actor.user(), store.find(inductionId));
        InductionAccessPolicy.requireCanDecide(actor.user(), induction);
        if (!induction.isInProgress()) {
            throw new Conflict("An induction's terms can be changed only while it is in progress.");
        }
        return induction;
    }

    public Induction setLegalHold(Actor actor, String inductionId, RequestBody body) {
        LegalHoldRequest input = LegalHoldRequest.from(body);
        Induction induction = InductionAccessPolicy.visible(actor.user(), store.find(inductionId));
        InductionAccessPolicy.requireCanDecide(actor.user(), induction);
        if (induction.isReduced()) {
            throw new Conflict("A reduced record holds nothing left to preserve.");
        }
        Induction updated = induction.withLegalHold(input.hold(),
                input.hold() ? Optional.of(input.reason()) : Optional.empty());
        store.updateInduction(updated, induction.version(), InductionAudit.onInduction(actor, clock.instant(),
                input.hold() ? "LEGAL_HOLD_SET" : "LEGAL_HOLD_RELEASED", induction, Map.of()));
        return updated;
    }
}
