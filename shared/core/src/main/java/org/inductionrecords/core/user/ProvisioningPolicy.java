package org.inductionrecords.core.user;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.NotFound;

/**
 * The tier rules of users and schools (contract section 2), in one place: who may create, suspend and
 * reactivate whom, and who sees which schools and user lists. Pure: it judges records already read.
 *
 * <p>The order of the checks is part of the rule: a caller who may provision nobody is refused (403)
 * before anything about the target is considered, so the answer leaks nothing; a school or user outside
 * the caller's scope is "not found" (404), never described; only then is the role judged (403).
 */
public final class ProvisioningPolicy {

    private static final Set<Role> COORDINATOR_PROVISIONS = EnumSet.of(Role.HEADTEACHER, Role.INDUCTION_TUTOR, Role.NQT);
    private static final Set<Role> ADMIN_PROVISIONS = EnumSet.of(Role.AB_ADMIN, Role.INDUCTION_COORDINATOR);
    private static final Set<Role> SEES_SCHOOL_USERS = EnumSet.of(Role.INDUCTION_COORDINATOR, Role.HEADTEACHER);

    private ProvisioningPolicy() {
    }

    /** The roles this caller may create, suspend and reactivate (within its scope). */
    public static Set<Role> provisionableBy(User caller) {
        return switch (caller.role()) {
            case AB_ADMIN -> ADMIN_PROVISIONS;
            case INDUCTION_COORDINATOR -> COORDINATOR_PROVISIONS;
            case HEADTEACHER, INDUCTION_TUTOR, NQT -> Set.of();
        };
    }

    /**
     * May the caller create a user of this role through this school's user list? An AB_ADMIN created
     * there belongs to no school (the URN only names the list it was asked through). Whether the school
     * exists is checked by the caller of this method, after this.
     */
    public static void requireMayCreate(User caller, Role role, String schoolUrn) {
        requireProvisionsAnyone(caller);
        requireMaySeeSchool(caller, schoolUrn);
        if (!provisionableBy(caller).contains(role)) {
            throw new Forbidden("This role may not create a user of that role.");
        }
    }

    /**
     * An NQT login belongs to the teacher of an induction in progress at the school it is created through,
     * and a TRN has at most one login (contract section 10). Asked only once {@link #requireMayCreate}
     * passed, so a caller who may provision nobody there learns nothing about the TRN.
     */
    public static void requireTeacherOfSchool(NewUser request, String schoolUrn, Optional<TeacherOfTrn> teacher) {
        if (request.role() != Role.NQT) {
            return;
        }
        boolean atThisSchool = teacher.flatMap(TeacherOfTrn::inProgress)
                .map(induction -> induction.schoolUrn().equals(schoolUrn))
                .orElse(false);
        if (!atThisSchool) {
            throw notTeacherOfSchool();
        }
        if (teacher.flatMap(TeacherOfTrn::loginUserId).isPresent()) {
            throw loginExists();
        }
    }

    /** The refusal of an NQT login for a TRN with no induction in progress at the school (told nothing more). */
    public static InvalidInput notTeacherOfSchool() {
        return InvalidInput.of("trn", "must be the TRN of a teacher with an induction in progress at this school");
    }

    /** The refusal of a second login for one teacher (the first may be reactivated instead). */
    public static Conflict loginExists() {
        return new Conflict("This teacher has a login already; reactivate it if it is suspended.");
    }

    /** The school a new user of this role belongs to: the one asked through, or none for an AB_ADMIN. */
    public static Optional<String> schoolOf(Role role, String schoolUrn) {
        return role.belongsToSchool() ? Optional.of(schoolUrn) : Optional.empty();
    }

    /** Schools are registered by the AB only: it authorises a school by creating it and its coordinator. */
    public static void requireMayCreateSchool(User caller) {
        if (caller.role() != Role.AB_ADMIN) {
            throw new Forbidden("Only an AB_ADMIN may create schools.");
        }
    }

    /** May the caller suspend or reactivate this user ({@code target} empty: no such user)? */
    public static void requireMayChangeStatus(User caller, Optional<User> target) {
        requireProvisionsAnyone(caller);
        User user = target.filter(t -> maySeeUser(caller, t))
                .orElseThrow(() -> new NotFound("No such user."));
        if (user.userId().equals(caller.userId())) {
            throw new Forbidden("Nobody may suspend or reactivate themself.");
        }
        if (!provisionableBy(caller).contains(user.role())) {
            throw new Forbidden("This role may not change the status of a user of that role.");
        }
    }

    /**
     * The refusal when the caller was suspended between reading and writing. Every status change is
     * written on condition that its caller is still active (the store checks it in the same
     * transaction), and nobody changes their own status: so a suspension always leaves at least its
     * own caller, an active AB_ADMIN who has just signed in, and the last active AB_ADMIN can never be
     * suspended under any interleaving (two admins suspending each other at once: one is refused).
     */
    public static Forbidden callerSuspendedMeanwhile() {
        return new Forbidden("This user was suspended while the request was under way.");
    }

    // ---------------------------------------------------------------- visibility

    /** AB_ADMIN sees every school; everyone else only their own. */
    public static boolean maySeeSchool(User caller, String urn) {
        return caller.role() == Role.AB_ADMIN || caller.inSchool(urn);
    }

    public static void requireMaySeeSchool(User caller, String urn) {
        if (!maySeeSchool(caller, urn)) {
            throw new NotFound("No such school.");
        }
    }

    /** The one school a caller without the all-schools view sees; empty means every school. */
    public static Optional<String> schoolsListedFor(User caller) {
        return caller.role() == Role.AB_ADMIN ? Optional.empty() : caller.schoolUrn();
    }

    /** A school's user list: AB_ADMIN, and that school's coordinator and headteacher. */
    public static void requireMayListUsers(User caller, String urn) {
        if (caller.role() != Role.AB_ADMIN && !SEES_SCHOOL_USERS.contains(caller.role())) {
            throw new Forbidden("This role may not list users.");
        }
        requireMaySeeSchool(caller, urn);
    }

    /** A user is visible to whoever may list the users of its school (an AB_ADMIN's only to AB_ADMINs). */
    public static boolean maySeeUser(User caller, User user) {
        if (caller.role() == Role.AB_ADMIN) {
            return true;
        }
        return SEES_SCHOOL_USERS.contains(caller.role()) && user.schoolUrn().map(caller::inSchool).orElse(false);
    }

    private static void requireProvisionsAnyone(User caller) {
        if (provisionableBy(caller).isEmpty()) {
            throw new Forbidden("This role may not provision users.");
        }
    }
}
