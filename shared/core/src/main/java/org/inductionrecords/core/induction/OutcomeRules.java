package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.terms.Extension;
import org.inductionrecords.core.terms.ExtensionSource;

/**
 * What an outcome does to an induction. PASSED and FAILED end it: status, outcome date, the date its
 * retention ends (outcome date + 6 years), and the TRN is free for a new induction; they rest on the
 * signed FINAL of the schedule's last term. EXTENDED keeps it in progress and adds an extension of source
 * OUTCOME (contract section 6: extensions add up).
 */
public final class OutcomeRules {

    /**
     * @param induction the induction after the decision
     * @param signedFinalId the assessment that must be SIGNED (or ACKNOWLEDGED) when this is written
     * @param releasesTrn whether the one-in-progress-per-TRN lock goes in the same write
     */
    public record Plan(Induction induction, Optional<String> signedFinalId, boolean releasesTrn) {
    }

    private OutcomeRules() {
    }

    public static Plan apply(Induction induction, OutcomeDecision decision, Instant now) {
        if (!induction.isInProgress()) {
            throw new Conflict("An outcome can be recorded only while the induction is in progress.");
        }
        if (decision.outcomeDate().isBefore(induction.startDate())) {
            throw InvalidInput.of("outcomeDate", "must not be before the induction's start date");
        }
        if (decision.outcome() == Outcome.EXTENDED) {
            BigDecimal terms = decision.extensionTerms().orElseThrow();
            // The cap is on what outcomes extend by; the AB's own extensions (0.1-16.0 each) have theirs.
            BigDecimal byOutcomes = induction.terms().extensions().stream()
                    .filter(extension -> extension.source() == ExtensionSource.OUTCOME)
                    .map(Extension::terms).reduce(terms, BigDecimal::add);
            if (byOutcomes.compareTo(OutcomeDecision.MAX_TOTAL_EXTENSION) > 0) {
                throw InvalidInput.of("extensionTerms", "would extend this induction by more than "
                        + OutcomeDecision.MAX_TOTAL_EXTENSION + " terms in all");
            }
            Extension extension = new Extension(terms, "EXTENDED outcome of " + decision.outcomeDate(),
                    ExtensionSource.OUTCOME, now);
            return new Plan(induction.withOutcome(InductionStatus.IN_PROGRESS, Outcome.EXTENDED,
                    decision.outcomeDate(), induction.terms().with(extension), Optional.empty()), Optional.empty(), false);
        }
        InductionStatus status = decision.outcome() == Outcome.PASSED ? InductionStatus.PASSED : InductionStatus.FAILED;
        String finalId = Assessment.idOf(AssessmentKind.FINAL, induction.schedule().finalTerm());
        return new Plan(induction.withOutcome(status, decision.outcome(), decision.outcomeDate(),
                induction.terms(), Optional.of(Retention.ends(decision.outcomeDate()))),
                Optional.of(finalId), true);
    }
}
