package org.inductionrecords.core.induction;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;

/**
 * Everything a submission requires of its induction, stated without reading it, so the store can
 * check it inside the one transaction that writes the assessment (a submission costs the caller's
 * read plus that transaction). It is {@link InductionAccessPolicy#requireCanSubmit} and
 * {@link AssessmentRules#check} restated as conditions on the induction's attributes:
 * in progress; of the caller's school; assigned to the caller when the caller is a tutor; started
 * on or before the period; of a programme, with an extension, whose schedule has this kind at this
 * term. When a condition fails, the store hands back the induction and the service asks the policy
 * and the rules which answer (404, 403, 400 or 409) is the right one.
 *
 * @param allowedExtensions per programme, the whole extension terms ({@code ceil(extensionTerms)})
 *                          for which its schedule allows this kind at this term; a programme
 *                          absent here never allows it
 */
public record SubmissionConditions(String schoolUrn, Optional<String> assignedTutorUserId, LocalDate periodStart,
                                   Map<Programme, ExtensionRange> allowedExtensions) {

    /** Whole extension terms from {@code min} to {@code max}, both included. */
    public record ExtensionRange(int min, int max) {
    }

    /** Extension terms are capped in all (OutcomeDecision), so whole terms run from 0 to this. */
    public static final int MAX_WHOLE_EXTENSION = OutcomeDecision.MAX_TOTAL_EXTENSION.intValueExact();

    public SubmissionConditions {
        Objects.requireNonNull(schoolUrn);
        Objects.requireNonNull(assignedTutorUserId);
        Objects.requireNonNull(periodStart);
        allowedExtensions = Map.copyOf(allowedExtensions);
    }

    /**
     * The conditions for a caller who may submit at all (a tutor or a headteacher); empty for any
     * other role, whose answer (404 or 403) needs the induction read.
     */
    public static Optional<SubmissionConditions> of(User caller, AssessmentSubmission input) {
        if (caller.role() != Role.INDUCTION_TUTOR && caller.role() != Role.HEADTEACHER) {
            return Optional.empty();
        }
        Map<Programme, ExtensionRange> allowed = new EnumMap<>(Programme.class);
        for (Programme programme : Programme.values()) {
            rangeAllowing(programme, input.kind(), input.term()).ifPresent(range -> allowed.put(programme, range));
        }
        return Optional.of(new SubmissionConditions(caller.schoolUrn().orElseThrow(),
                caller.role() == Role.INDUCTION_TUTOR ? Optional.of(caller.userId()) : Optional.empty(),
                input.periodStart(), allowed));
    }

    /** Whether any induction at all could take this submission. */
    public boolean satisfiable() {
        return !allowedExtensions.isEmpty();
    }

    static Optional<ExtensionRange> rangeAllowing(Programme programme, AssessmentKind kind, int term) {
        int min = -1;
        int max = -1;
        for (int whole = 0; whole <= MAX_WHOLE_EXTENSION; whole++) {
            if (AssessmentSchedule.of(programme, java.math.BigDecimal.valueOf(whole)).allows(kind, term)) {
                if (min < 0) {
                    min = whole;
                } else if (max != whole - 1) {
                    throw new IllegalStateException("the schedule's extensions are not one range");
                }
                max = whole;
            }
        }
        return min < 0 ? Optional.empty() : Optional.of(new ExtensionRange(min, max));
    }
}
