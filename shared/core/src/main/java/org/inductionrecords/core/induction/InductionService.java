package org.inductionrecords.core.induction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.inductionrecords.core.Page;
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

    public Induction register(Actor actor, String urn, RequestBody body) {
        InductionAccessPolicy.requireCanRegister(actor.user(), urn);
        InductionRegistration input = InductionRegistration.from(body, today());
        if (!InductionAccessPolicy.isAssignableTutor(store.findUser(input.tutorUserId()), urn)) {
            throw InvalidInput.of("tutorUserId", "must be an active induction tutor of this school");
        }
        TeacherIdentity.requireSameTeacher(input.teacher().dateOfBirth(), store.heldDateOfBirth(input.teacher().trn()));
        Induction induction = Induction.register(ids.get(), urn, input.teacher(), input.programme(),
                input.startDate(), input.qualification(), input.fte(), input.tutorUserId());
        store.register(induction, InductionAudit.onInduction(actor, clock.instant(), "INDUCTION_REGISTERED",
                induction, Map.of("tutorUserId", input.tutorUserId())));
        return induction;
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

    public Induction get(Actor actor, String inductionId) {
        Induction induction = InductionAccessPolicy.visible(actor.user(), store.find(inductionId));
        store.audit(InductionAudit.onInduction(actor, clock.instant(), "INDUCTION_READ", induction, Map.of()));
        return induction;
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
                                 Function<Assessment, String> render) {
        AssessmentSubmission input = AssessmentSubmissions.from(body, today());
        Optional<IdempotentRequest> idempotency = idempotencyKey.map(key -> IdempotentRequest.of(actor.userId(),
                key, "POST /inductions/" + inductionId + "/assessments\n" + Json.write(input)));
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
            Submission result = store.submit(updated, read.version(), assessment, idempotency,
                    new StoredResponse(201, render.apply(assessment)),
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

    public Page<Assessment> listAssessments(Actor actor, String inductionId, Optional<String> nextToken, int limit) {
        Induction induction = InductionAccessPolicy.visible(actor.user(), store.find(inductionId));
        if (!InductionAccessPolicy.assessmentsKept(induction)) {
            return new Page<>(List.of(), Optional.empty());
        }
        Page<Assessment> page = store.listAssessments(inductionId, nextToken, limit);
        if (!page.items().isEmpty()) {
            store.audit(InductionAudit.listed(actor, clock.instant(), InductionAudit.INDUCTION, inductionId,
                    "assessmentIds", page.items().stream().map(Assessment::assessmentId).toList()));
        }
        return page;
    }

    public Assessment getAssessment(Actor actor, String inductionId, String assessmentId) {
        return getFiled(actor, inductionId, assessmentId).assessment();
    }

    /** An assessment with the induction it is filed under (the PDF form needs both), in the JSON's scope. */
    public record Filed(Induction induction, Assessment assessment) {
    }

    public Filed getFiled(Actor actor, String inductionId, String assessmentId) {
        InductionStore.InductionAndAssessment found = store.findAssessment(inductionId, assessmentId);
        Induction induction = InductionAccessPolicy.visible(actor.user(), found.induction());
        Assessment assessment = kept(induction, found.assessment());
        store.audit(InductionAudit.onAssessment(actor, clock.instant(), "ASSESSMENT_READ", induction, assessmentId));
        return new Filed(induction, assessment);
    }

    public Assessment sign(Actor actor, String inductionId, String assessmentId) {
        InductionStore.InductionAndAssessment found = store.findAssessment(inductionId, assessmentId);
        Induction induction = InductionAccessPolicy.visible(actor.user(), found.induction());
        Assessment assessment = kept(induction, found.assessment());
        InductionAccessPolicy.requireCanSign(actor.user(), induction);
        Instant now = clock.instant();
        Assessment signed = Workflow.sign(assessment, actor.userId(), now);
        store.updateAssessment(signed, assessment.version(),
                InductionAudit.onAssessment(actor, now, "ASSESSMENT_SIGNED", induction, assessmentId));
        return signed;
    }

    public Assessment acknowledge(Actor actor, String inductionId, String assessmentId, RequestBody body) {
        AcknowledgementRequest input = AcknowledgementRequest.from(body);
        InductionStore.InductionAndAssessment found = store.findAssessment(inductionId, assessmentId);
        Induction induction = InductionAccessPolicy.visible(actor.user(), found.induction());
        Assessment assessment = kept(induction, found.assessment());
        InductionAccessPolicy.requireCanAcknowledge(actor.user(), induction);
        Instant now = clock.instant();
        Assessment acknowledged = Workflow.acknowledge(assessment, actor.userId(), now, input.comment());
        store.updateAssessment(acknowledged, assessment.version(),
                InductionAudit.onAssessment(actor, now, "ASSESSMENT_ACKNOWLEDGED", induction, assessmentId));
        return acknowledged;
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
