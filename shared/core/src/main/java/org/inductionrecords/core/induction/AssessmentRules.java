package org.inductionrecords.core.induction;

import java.util.stream.Collectors;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.InvalidInput;

/** The rules of a submission that depend on its induction: state, programme schedule, period. */
public final class AssessmentRules {

    private AssessmentRules() {
    }

    public static void check(AssessmentSubmission input, Induction induction) {
        if (!induction.isInProgress()) {
            throw new Conflict("Assessments can be submitted only while the induction is in progress.");
        }
        AssessmentSchedule schedule = induction.schedule();
        if (!schedule.allows(input.kind(), input.term())) {
            String allowed = schedule.kindsAt(input.term()).stream().map(Enum::name)
                    .collect(Collectors.joining(", "));
            throw InvalidInput.of("kind", input.kind() + " is not an assessment point of term " + input.term()
                    + " of this " + induction.programme() + " induction (" + schedule.totalTerms() + " terms)"
                    + (allowed.isEmpty() ? "" : "; allowed: " + allowed));
        }
        if (input.periodStart().isBefore(induction.startDate())) {
            throw InvalidInput.of("periodStart", "must not be before the induction's start date");
        }
    }
}
