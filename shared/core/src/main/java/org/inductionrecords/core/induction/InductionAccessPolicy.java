package org.inductionrecords.core.induction;

import java.util.Optional;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;

/**
 * The one place deciding which inductions and assessments a caller may see or act on (CONTRACT.md
 * section 2). AB_ADMIN sees everything; coordinator and headteacher their school; a tutor only the
 * inductions assigned to them; an NQT only inductions with its own TRN. What a caller may not see
 * answers 404, exactly as if it did not exist; what it may see but not do answers 403.
 */
public final class InductionAccessPolicy {

    /** How a school's list of inductions is narrowed for the caller. */
    public sealed interface ListScope {
        /** Every induction of the school. */
        record WholeSchool(String urn) implements ListScope {
        }

        /** Only those assigned to this tutor (and of this school). */
        record AssignedTo(String tutorUserId, String urn) implements ListScope {
        }

        /** Only the caller's own (by TRN, at this school). */
        record OwnTeacher(String trn, String urn) implements ListScope {
        }

        /** Those that had a period at this school and continued at another (DOMAIN.md "Induction periods"). */
        record FormerSchool(String urn) implements ListScope {
        }
    }

    /**
     * How much of an induction a caller sees: the whole of it, or, at a school the teacher has left and whose
     * place another school took, its basic fields and the assessments of that school's own periods (contract
     * section 6, visibility after a move).
     */
    public enum View {
        WHOLE,
        FORMER_SCHOOL
    }

    /** An induction as one caller may see it. */
    public record Seen(Induction induction, View view, Optional<String> formerSchoolUrn) {
        /** Whether this caller may see the assessment: all of them in the whole view, else its own periods'. */
        public boolean showsAssessment(String assessmentId) {
            return view == View.WHOLE || induction.periodOf(assessmentId).map(Period::schoolUrn)
                    .equals(formerSchoolUrn);
        }
    }

    private static final String NOT_FOUND = "No such induction.";

    private InductionAccessPolicy() {
    }

    public static boolean canSee(User caller, Induction induction) {
        return switch (caller.role()) {
            case AB_ADMIN -> true;
            case INDUCTION_COORDINATOR, HEADTEACHER -> caller.inSchool(induction.schoolUrn());
            case INDUCTION_TUTOR -> caller.inSchool(induction.schoolUrn())
                    && induction.tutorUserId().filter(caller.userId()::equals).isPresent();
            case NQT -> caller.trn().filter(induction.teacher().trn()::equals).isPresent();
        };
    }

    /**
     * The coordinator or headteacher of a school the teacher served at, now that another school continues the
     * induction: the basic fields and their own periods' assessments (a tutor there sees nothing).
     */
    public static boolean seesAsFormerSchool(User caller, Induction induction) {
        boolean staff = caller.role() == Role.INDUCTION_COORDINATOR || caller.role() == Role.HEADTEACHER;
        return staff && !caller.inSchool(induction.schoolUrn())
                && induction.periods().stream().anyMatch(period -> caller.inSchool(period.schoolUrn()));
    }

    /** What the caller may see of the induction for a read; 404 when nothing. */
    public static Seen seen(User caller, Optional<Induction> induction) {
        Induction found = induction.orElseThrow(() -> new NotFound(NOT_FOUND));
        if (canSee(caller, found)) {
            return new Seen(found, View.WHOLE, Optional.empty());
        }
        if (seesAsFormerSchool(caller, found)) {
            return new Seen(found, View.FORMER_SCHOOL, caller.schoolUrn());
        }
        throw new NotFound(NOT_FOUND);
    }

    /** The induction if the caller may see it; 404 otherwise, whether or not it exists. */
    public static Induction visible(User caller, Optional<Induction> induction) {
        return induction.filter(found -> canSee(caller, found)).orElseThrow(() -> new NotFound(NOT_FOUND));
    }

    /** Assessments of a REDUCED induction are gone: the basic record holds none. */
    public static boolean assessmentsKept(Induction induction) {
        return !induction.isReduced();
    }

    public static ListScope listScope(User caller, String urn) {
        return switch (caller.role()) {
            case AB_ADMIN -> new ListScope.WholeSchool(urn);
            case INDUCTION_COORDINATOR, HEADTEACHER -> {
                requireOwnSchool(caller, urn);
                yield new ListScope.WholeSchool(urn);
            }
            case INDUCTION_TUTOR -> {
                requireOwnSchool(caller, urn);
                yield new ListScope.AssignedTo(caller.userId(), urn);
            }
            case NQT -> {
                requireOwnSchool(caller, urn);
                yield new ListScope.OwnTeacher(caller.trn().orElseThrow(), urn);
            }
        };
    }

    /** The list across schools is the Appropriate Body's: a school's staff list their own school's. */
    public static void requireCanListAcrossSchools(User caller) {
        if (caller.role() != Role.AB_ADMIN) {
            throw new Forbidden("Only the Appropriate Body lists inductions across schools.");
        }
    }

    /** AB_ADMIN anywhere; a coordinator in its own school. */
    public static void requireCanRegister(User caller, String urn) {
        if (caller.role() == Role.AB_ADMIN) {
            return;
        }
        requireOwnSchool(caller, urn);
        if (caller.role() != Role.INDUCTION_COORDINATOR) {
            throw new Forbidden("Only the Appropriate Body or the school's induction coordinator registers inductions.");
        }
    }

    /** The tutor named on a registration must be an induction tutor of that school, not suspended. */
    public static boolean isAssignableTutor(Optional<User> tutor, String urn) {
        return tutor.filter(user -> user.role() == Role.INDUCTION_TUTOR && user.inSchool(urn) && user.isActive())
                .isPresent();
    }

    /** The assigned tutor, or the school's headteacher. */
    public static void requireCanSubmit(User caller, Induction induction) {
        requireVisible(caller, induction);
        boolean assignedTutor = caller.role() == Role.INDUCTION_TUTOR;
        boolean headteacher = caller.role() == Role.HEADTEACHER;
        if (!assignedTutor && !headteacher) {
            throw new Forbidden("Only the assigned tutor or the headteacher submits assessments.");
        }
    }

    /** A correction is a submission again: the assigned tutor or the headteacher (contract section 7). */
    public static void requireCanCorrect(User caller, Induction induction) {
        requireCanSubmit(caller, induction);
    }

    /** Approving and returning assessments is the Appropriate Body's review. */
    public static void requireCanReview(User caller, Induction induction) {
        requireVisible(caller, induction);
        if (caller.role() != Role.AB_ADMIN) {
            throw new Forbidden("Only the Appropriate Body approves or returns assessments.");
        }
    }

    public static void requireCanSign(User caller, Induction induction) {
        requireVisible(caller, induction);
        if (caller.role() != Role.HEADTEACHER) {
            throw new Forbidden("Only the school's headteacher signs assessments.");
        }
    }

    public static void requireCanAcknowledge(User caller, Induction induction) {
        requireVisible(caller, induction);
        if (caller.role() != Role.NQT) {
            throw new Forbidden("Only the teacher the assessment is about acknowledges it.");
        }
    }

    /**
     * Leaving, a new tutor or FTE: the Appropriate Body, or the coordinator of the school the induction is at
     * now (contract section 6). A school the teacher has left cannot act on it (404: not in its scope).
     */
    public static void requireCanManage(User caller, Induction induction) {
        requireVisible(caller, induction);
        if (caller.role() != Role.AB_ADMIN && caller.role() != Role.INDUCTION_COORDINATOR) {
            throw new Forbidden("Only the Appropriate Body or the school's induction coordinator records leavers,"
                    + " tutors and FTE.");
        }
    }

    /** A former school lists the inductions that moved on; the others list their own school's as ever. */
    public static ListScope formerListScope(User caller, String urn) {
        if (caller.role() == Role.AB_ADMIN) {
            return new ListScope.FormerSchool(urn);
        }
        requireOwnSchool(caller, urn);
        if (caller.role() != Role.INDUCTION_COORDINATOR && caller.role() != Role.HEADTEACHER) {
            throw new Forbidden("Only the Appropriate Body, the coordinator and the headteacher list former inductions.");
        }
        return new ListScope.FormerSchool(urn);
    }

    /** Outcomes, legal holds, extensions and reductions are the Appropriate Body's decisions. */
    public static void requireCanDecide(User caller, Induction induction) {
        requireVisible(caller, induction);
        if (caller.role() != Role.AB_ADMIN) {
            throw new Forbidden("Only the Appropriate Body records outcomes, legal holds, extensions and reductions.");
        }
    }

    /**
     * Whose caseload a caller may export (CONTRACT.md section 9): AB_ADMIN every school's, or the one asked
     * for; a coordinator or headteacher their own school's only; nobody else (403 whatever the school).
     *
     * @return the one school to export, or empty for every school
     */
    public static Optional<String> caseloadSchool(User caller, Optional<String> asked) {
        return switch (caller.role()) {
            case AB_ADMIN -> asked;
            case INDUCTION_COORDINATOR, HEADTEACHER -> {
                String own = caller.schoolUrn().orElseThrow();
                asked.ifPresent(urn -> requireOwnSchool(caller, urn));
                yield Optional.of(own);
            }
            case INDUCTION_TUTOR, NQT -> throw new Forbidden(
                    "Only the Appropriate Body, coordinators and headteachers export a caseload.");
        };
    }

    /** The TRS feed and the termly return are the Appropriate Body's reports. */
    public static void requireCanReport(User caller) {
        if (caller.role() != Role.AB_ADMIN) {
            throw new Forbidden("Only the Appropriate Body exports the TRS feed and the termly return.");
        }
    }

    private static void requireVisible(User caller, Induction induction) {
        if (!canSee(caller, induction)) {
            throw new NotFound(NOT_FOUND);
        }
    }

    private static void requireOwnSchool(User caller, String urn) {
        if (!caller.inSchool(urn)) {
            throw new NotFound("No such school.");
        }
    }
}
