package org.inductionrecords.core.induction;

import java.util.stream.Collectors;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.terms.FteTerms;
import org.inductionrecords.core.terms.TermAbsence;

/** The rules of a submission that depend on its induction: state, schedule, period. */
public final class AssessmentRules {

    private AssessmentRules() {
    }

    /**
     * The induction as this submission leaves it, if the submission is allowed: its term's absence recorded
     * (DOMAIN.md "Absence": it may extend the induction year, so it is written with the assessment), one
     * version on. The kind is checked against the schedule with that absence counted, so that the FINAL that
     * is written is the FINAL of the terms the record then requires.
     */
    public static Induction accept(AssessmentSubmission input, Induction induction, Assessment assessment) {
        Induction recorded = induction.withTerms(induction.terms().withAbsence(assessment.term(),
                new TermAbsence(assessment.daysAbsent(), assessment.statutoryLeaveDays(), assessment.submittedAt())))
                // the period it was written in: a school the teacher leaves keeps sight of its own (DOMAIN.md)
                .withAssessment(assessment.assessmentId());
        check(input, recorded);
        return recorded;
    }

    /**
     * Whether an assessment of this kind may be written (submitted, returned, corrected) in the induction's state:
     * while in progress; and an INTERIM while LEFT, since a teacher who left after a term has one from the school
     * left (guidance 2.62), reviewed like any other.
     */
    public static boolean writable(Induction induction, AssessmentKind kind) {
        return induction.isInProgress() || induction.isLeft() && kind == AssessmentKind.INTERIM;
    }

    public static void check(AssessmentSubmission input, Induction induction) {
        if (!writable(induction, input.kind())) {
            throw new Conflict("Assessments can be submitted only while the induction is in progress"
                    + " (or, an INTERIM, after the teacher left).");
        }
        AssessmentSchedule schedule = induction.schedule();
        if (!schedule.allows(input.kind(), input.term())) {
            String allowed = schedule.kindsAt(input.term()).stream().map(Enum::name)
                    .collect(Collectors.joining(", "));
            throw InvalidInput.of("kind", input.kind() + " is not an assessment point of term " + input.term()
                    + " of this " + induction.programme() + " induction (" + schedule.totalTerms() + " terms, "
                    + FteTerms.shown(induction.termsRequired()) + " FTE terms required)"
                    + (allowed.isEmpty() ? "" : "; allowed: " + allowed));
        }
        if (input.periodStart().isBefore(induction.startDate())) {
            throw InvalidInput.of("periodStart", "must not be before the induction's start date");
        }
    }
}
