package org.inductionrecords.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.core.error.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tier matrix of contract section 2, written out cell by cell (not derived from the policy's own
 * tables, so a change of rule must change this file too). OK = allowed, 403/404 = the refusal.
 */
class ProvisioningPolicyTest {

    private static final String OWN = "100001";
    private static final String OTHER = "200002";

    static User user(String id, Role role, String school) {
        return new User(id, id + "@example.org", "Given", "Family", role,
                role.belongsToSchool() ? Optional.of(school) : Optional.empty(),
                role == Role.NQT ? Optional.of("1234567") : Optional.empty(), UserStatus.ACTIVE);
    }

    static User caller(Role role) {
        return user("caller", role, OWN);
    }

    private static String outcome(Runnable check) {
        try {
            check.run();
            return "OK";
        } catch (Rejection rejection) {
            return switch (rejection) {
                case Forbidden r -> "403";
                case NotFound r -> "404";
                default -> rejection.getClass().getSimpleName();
            };
        }
    }

    @ParameterizedTest(name = "{0} creating {1}: in own school {2}, in other school {3}")
    @CsvSource({
            // caller,              target,                own, other   (an AB_ADMIN caller has no school: both are "any")
            "AB_ADMIN,              AB_ADMIN,              OK,  OK",
            "AB_ADMIN,              INDUCTION_COORDINATOR, OK,  OK",
            "AB_ADMIN,              HEADTEACHER,           403, 403",
            "AB_ADMIN,              INDUCTION_TUTOR,       403, 403",
            "AB_ADMIN,              NQT,                   403, 403",
            "INDUCTION_COORDINATOR, AB_ADMIN,              403, 404",
            "INDUCTION_COORDINATOR, INDUCTION_COORDINATOR, 403, 404",
            "INDUCTION_COORDINATOR, HEADTEACHER,           OK,  404",
            "INDUCTION_COORDINATOR, INDUCTION_TUTOR,       OK,  404",
            "INDUCTION_COORDINATOR, NQT,                   OK,  404",
            "HEADTEACHER,           AB_ADMIN,              403, 403",
            "HEADTEACHER,           INDUCTION_COORDINATOR, 403, 403",
            "HEADTEACHER,           HEADTEACHER,           403, 403",
            "HEADTEACHER,           INDUCTION_TUTOR,       403, 403",
            "HEADTEACHER,           NQT,                   403, 403",
            "INDUCTION_TUTOR,       AB_ADMIN,              403, 403",
            "INDUCTION_TUTOR,       INDUCTION_COORDINATOR, 403, 403",
            "INDUCTION_TUTOR,       HEADTEACHER,           403, 403",
            "INDUCTION_TUTOR,       INDUCTION_TUTOR,       403, 403",
            "INDUCTION_TUTOR,       NQT,                   403, 403",
            "NQT,                   AB_ADMIN,              403, 403",
            "NQT,                   INDUCTION_COORDINATOR, 403, 403",
            "NQT,                   HEADTEACHER,           403, 403",
            "NQT,                   INDUCTION_TUTOR,       403, 403",
            "NQT,                   NQT,                   403, 403",
    })
    void whoMayCreateWhomWhere(Role callerRole, Role target, String own, String other) {
        User caller = caller(callerRole);

        assertEquals(own, outcome(() -> ProvisioningPolicy.requireMayCreate(caller, target, OWN)), "own school");
        assertEquals(other, outcome(() -> ProvisioningPolicy.requireMayCreate(caller, target, OTHER)), "other school");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void anAbAdminBelongsToNoSchoolAndEveryOtherRoleToTheSchoolItWasCreatedIn(Role role) {
        assertEquals(role == Role.AB_ADMIN ? Optional.empty() : Optional.of(OWN), ProvisioningPolicy.schoolOf(role, OWN));
    }

    @ParameterizedTest(name = "{0} suspending or reactivating {1}: in own school {2}, in other school {3}")
    @CsvSource({
            // caller,              target,                own, other   (an AB_ADMIN target has no school: both columns)
            "AB_ADMIN,              AB_ADMIN,              OK,  OK",
            "AB_ADMIN,              INDUCTION_COORDINATOR, OK,  OK",
            "AB_ADMIN,              HEADTEACHER,           403, 403",
            "AB_ADMIN,              INDUCTION_TUTOR,       403, 403",
            "AB_ADMIN,              NQT,                   403, 403",
            "INDUCTION_COORDINATOR, AB_ADMIN,              404, 404",
            "INDUCTION_COORDINATOR, INDUCTION_COORDINATOR, 403, 404",
            "INDUCTION_COORDINATOR, HEADTEACHER,           OK,  404",
            "INDUCTION_COORDINATOR, INDUCTION_TUTOR,       OK,  404",
            "INDUCTION_COORDINATOR, NQT,                   OK,  404",
            "HEADTEACHER,           AB_ADMIN,              403, 403",
            "HEADTEACHER,           INDUCTION_COORDINATOR, 403, 403",
            "HEADTEACHER,           HEADTEACHER,           403, 403",
            "HEADTEACHER,           INDUCTION_TUTOR,       403, 403",
            "HEADTEACHER,           NQT,                   403, 403",
            "INDUCTION_TUTOR,       AB_ADMIN,              403, 403",
            "INDUCTION_TUTOR,       INDUCTION_COORDINATOR, 403, 403",
            "INDUCTION_TUTOR,       HEADTEACHER,           403, 403",
            "INDUCTION_TUTOR,       INDUCTION_TUTOR,       403, 403",
            "INDUCTION_TUTOR,       NQT,                   403, 403",
            "NQT,                   AB_ADMIN,              403, 403",
            "NQT,                   INDUCTION_COORDINATOR, 403, 403",
            "NQT,                   HEADTEACHER,           403, 403",
            "NQT,                   INDUCTION_TUTOR,       403, 403",
            "NQT,                   NQT,                   403, 403",
    })
    void whoMaySuspendOrReactivateWhom(Role callerRole, Role target, String own, String other) {
        User caller = caller(callerRole);

        assertEquals(own, outcome(() -> ProvisioningPolicy.requireMayChangeStatus(caller,
                Optional.of(user("target", target, OWN)))), "own school");
        assertEquals(other, outcome(() -> ProvisioningPolicy.requireMayChangeStatus(caller,
                Optional.of(user("target", target, OTHER)))), "other school");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void nobodySuspendsThemself(Role role) {
        User caller = caller(role);

        assertEquals("403", outcome(() -> ProvisioningPolicy.requireMayChangeStatus(caller, Optional.of(caller))));
    }

    @ParameterizedTest(name = "{0}: unknown user answers {1}")
    @CsvSource({"AB_ADMIN, 404", "INDUCTION_COORDINATOR, 404", "HEADTEACHER, 403", "INDUCTION_TUTOR, 403", "NQT, 403"})
    void anUnknownUserIsNotFoundForThoseWhoProvisionAndForbiddenForTheRest(Role role, String expected) {
        assertEquals(expected, outcome(() -> ProvisioningPolicy.requireMayChangeStatus(caller(role), Optional.empty())));
    }

    @ParameterizedTest(name = "{0}: own school {1}, other school {2}")
    @CsvSource({
            "AB_ADMIN,              true, true",
            "INDUCTION_COORDINATOR, true, false",
            "HEADTEACHER,           true, false",
            "INDUCTION_TUTOR,       true, false",
            "NQT,                   true, false",
    })
    void whoSeesWhichSchool(Role role, boolean own, boolean other) {
        User caller = caller(role);

        assertEquals(own, ProvisioningPolicy.maySeeSchool(caller, OWN));
        assertEquals(other, ProvisioningPolicy.maySeeSchool(caller, OTHER));
        assertEquals(other ? "OK" : "404", outcome(() -> ProvisioningPolicy.requireMaySeeSchool(caller, OTHER)));
    }

    @Test
    void anAbAdminListsEverySchoolAndEveryoneElseOnlyTheirOwn() {
        assertEquals(Optional.empty(), ProvisioningPolicy.schoolsListedFor(caller(Role.AB_ADMIN)));
        for (Role role : new Role[] {Role.INDUCTION_COORDINATOR, Role.HEADTEACHER, Role.INDUCTION_TUTOR, Role.NQT}) {
            assertEquals(Optional.of(OWN), ProvisioningPolicy.schoolsListedFor(caller(role)), role.name());
        }
    }

    @ParameterizedTest(name = "{0} listing users: own school {1}, other school {2}")
    @CsvSource({
            "AB_ADMIN,              OK,  OK",
            "INDUCTION_COORDINATOR, OK,  404",
            "HEADTEACHER,           OK,  404",
            "INDUCTION_TUTOR,       403, 403",
            "NQT,                   403, 403",
    })
    void whoListsASchoolsUsers(Role role, String own, String other) {
        User caller = caller(role);

        assertEquals(own, outcome(() -> ProvisioningPolicy.requireMayListUsers(caller, OWN)));
        assertEquals(other, outcome(() -> ProvisioningPolicy.requireMayListUsers(caller, OTHER)));
    }

    @ParameterizedTest(name = "{0} creating a school: {1}")
    @CsvSource({"AB_ADMIN, OK", "INDUCTION_COORDINATOR, 403", "HEADTEACHER, 403", "INDUCTION_TUTOR, 403", "NQT, 403"})
    void onlyAnAbAdminCreatesSchools(Role role, String expected) {
        assertEquals(expected, outcome(() -> ProvisioningPolicy.requireMayCreateSchool(caller(role))));
    }

    @Test
    void aSchoolsUsersAreVisibleToItsCoordinatorAndHeadteacherButAbAdminsOnlyToAbAdmins() {
        User admin = user("admin", Role.AB_ADMIN, OWN);
        User tutorHere = user("tutor", Role.INDUCTION_TUTOR, OWN);
        User tutorThere = user("tutor2", Role.INDUCTION_TUTOR, OTHER);

        assertTrue(ProvisioningPolicy.maySeeUser(caller(Role.HEADTEACHER), tutorHere));
        assertFalse(ProvisioningPolicy.maySeeUser(caller(Role.HEADTEACHER), tutorThere));
        assertFalse(ProvisioningPolicy.maySeeUser(caller(Role.INDUCTION_COORDINATOR), admin));
        assertTrue(ProvisioningPolicy.maySeeUser(caller(Role.AB_ADMIN), admin));
        assertFalse(ProvisioningPolicy.maySeeUser(caller(Role.INDUCTION_TUTOR), tutorHere));
    }

    @Test
    void aCallerSuspendedMeanwhileIsForbidden() {
        assertEquals("403", outcome(() -> {
            throw ProvisioningPolicy.callerSuspendedMeanwhile();
        }));
    }

    private static final String TRN = "1234567";

    private static NewUser nqt() {
        return new NewUser("n@example.org", "Nia", "Newton", Role.NQT, Optional.of(TRN));
    }

    private static Optional<TeacherOfTrn> teacher(Optional<String> inProgressAt, Optional<String> login) {
        return Optional.of(new TeacherOfTrn(TRN,
                inProgressAt.map(urn -> new TeacherOfTrn.InductionInProgress("induction-1", urn)), login));
    }

    private static String nqtOutcome(Optional<TeacherOfTrn> teacher) {
        try {
            ProvisioningPolicy.requireTeacherOfSchool(nqt(), OWN, teacher);
            return "OK";
        } catch (Rejection rejection) {
            String status = switch (rejection) {
                case org.inductionrecords.core.error.InvalidInput r -> "400";
                case org.inductionrecords.core.error.Conflict r -> "409";
                default -> rejection.getClass().getSimpleName();
            };
            return status + rejection.details().stream().map(d -> " " + d.field()).reduce("", String::concat);
        }
    }

    @Test
    void anNqtLoginNeedsAnInductionInProgressAtTheSchoolAndNoOtherLogin() {
        // given the TRN's state; when a coordinator of OWN asks for an NQT login; then:
        assertEquals("OK", nqtOutcome(teacher(Optional.of(OWN), Optional.empty())));
        assertEquals("400 trn", nqtOutcome(teacher(Optional.of(OTHER), Optional.empty())), "in progress at another school");
        assertEquals("400 trn", nqtOutcome(teacher(Optional.empty(), Optional.empty())), "no induction in progress anywhere");
        assertEquals("400 trn", nqtOutcome(Optional.empty()), "nothing read about the TRN");
        assertEquals("409", nqtOutcome(teacher(Optional.of(OWN), Optional.of("nqt-1"))), "a second login for one TRN");
        assertEquals("400 trn", nqtOutcome(teacher(Optional.of(OTHER), Optional.of("nqt-1"))),
                "another school's teacher: told only that the TRN is not theirs");
    }

    @Test
    void otherRolesAreNotAskedForATeacher() {
        NewUser tutor = new NewUser("t@example.org", "Tom", "Tutor", Role.INDUCTION_TUTOR, Optional.empty());
        ProvisioningPolicy.requireTeacherOfSchool(tutor, OWN, Optional.empty());
    }
}
