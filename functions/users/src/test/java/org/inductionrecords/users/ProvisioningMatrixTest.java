package org.inductionrecords.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.store.UserItems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every cell of the provisioning matrix through the handler, against DynamoDB Local and cognito-local:
 * each caller role x each target role x own school / other school / no school (a URN with no school).
 * An allowed cell creates exactly one login and one record; a refused one creates neither.
 */
@Tag("emulators")
class ProvisioningMatrixTest {

    private static World world;
    /** Targets of suspension: one user of each school role in A and in B, and a second AB_ADMIN. */
    private static final Map<Role, String> targetsA = new EnumMap<>(Role.class);
    private static final Map<Role, String> targetsB = new EnumMap<>(Role.class);

    @BeforeAll
    static void setUp() {
        world = new World("users-matrix");
        String admin = world.admin;
        String secondAdmin = world.create(admin, World.A, "second-admin", Role.AB_ADMIN);
        targetsA.put(Role.AB_ADMIN, secondAdmin);
        targetsB.put(Role.AB_ADMIN, secondAdmin);
        targetsA.put(Role.INDUCTION_COORDINATOR, world.create(admin, World.A, "target-coordinator-a", Role.INDUCTION_COORDINATOR));
        targetsB.put(Role.INDUCTION_COORDINATOR, world.create(admin, World.B, "target-coordinator-b", Role.INDUCTION_COORDINATOR));
        for (Role role : new Role[] {Role.HEADTEACHER, Role.INDUCTION_TUTOR, Role.NQT}) {
            String name = role.name().toLowerCase(Locale.ROOT);
            targetsA.put(role, world.create(world.caller(Role.INDUCTION_COORDINATOR), World.A, "target-" + name + "-a", role));
            targetsB.put(role, world.create(world.coordinatorB, World.B, "target-" + name + "-b", role));
        }
    }

    @ParameterizedTest(name = "{0} creating {1}: own school {2}, other school {3}, no school {4}")
    @CsvSource({
            // caller,              target,                own, other, none
            "AB_ADMIN,              AB_ADMIN,              201, 201, 404",
            "AB_ADMIN,              INDUCTION_COORDINATOR, 201, 201, 404",
            "AB_ADMIN,              HEADTEACHER,           403, 403, 403",
            "AB_ADMIN,              INDUCTION_TUTOR,       403, 403, 403",
            "AB_ADMIN,              NQT,                   403, 403, 403",
            "INDUCTION_COORDINATOR, AB_ADMIN,              403, 404, 404",
            "INDUCTION_COORDINATOR, INDUCTION_COORDINATOR, 403, 404, 404",
            "INDUCTION_COORDINATOR, HEADTEACHER,           201, 404, 404",
            "INDUCTION_COORDINATOR, INDUCTION_TUTOR,       201, 404, 404",
            "INDUCTION_COORDINATOR, NQT,                   201, 404, 404",
            "HEADTEACHER,           AB_ADMIN,              403, 403, 403",
            "HEADTEACHER,           INDUCTION_COORDINATOR, 403, 403, 403",
            "HEADTEACHER,           HEADTEACHER,           403, 403, 403",
            "HEADTEACHER,           INDUCTION_TUTOR,       403, 403, 403",
            "HEADTEACHER,           NQT,                   403, 403, 403",
            "INDUCTION_TUTOR,       AB_ADMIN,              403, 403, 403",
            "INDUCTION_TUTOR,       INDUCTION_COORDINATOR, 403, 403, 403",
            "INDUCTION_TUTOR,       HEADTEACHER,           403, 403, 403",
            "INDUCTION_TUTOR,       INDUCTION_TUTOR,       403, 403, 403",
            "INDUCTION_TUTOR,       NQT,                   403, 403, 403",
            "NQT,                   AB_ADMIN,              403, 403, 403",
            "NQT,                   INDUCTION_COORDINATOR, 403, 403, 403",
            "NQT,                   HEADTEACHER,           403, 403, 403",
            "NQT,                   INDUCTION_TUTOR,       403, 403, 403",
            "NQT,                   NQT,                   403, 403, 403",
    })
    void provisioningMatrix(Role caller, Role target, int own, int other, int none) {
        assertCreation(caller, target, World.A, "own", own);
        assertCreation(caller, target, World.B, "other", other);
        assertCreation(caller, target, World.NOWHERE, "none", none);
    }

    private void assertCreation(Role caller, Role target, String urn, String place, int expected) {
        String email = world.email((caller + "-creates-" + target + "-in-" + place).toLowerCase(Locale.ROOT).replace('_', '-'));
        if (target == Role.NQT) {
            world.api.registerTeacher(urn, UsersApi.trnFor(email));
        }
        int itemsBefore = world.api.itemCount();

        UsersApi.Response response = world.api.createUser(world.caller(caller), urn, email, target.name());

        assertEquals(expected, response.status(), () -> place + " school: " + response.body());
        if (expected == 201) {
            assertEquals(email, response.text("email"));
            assertEquals(target.name(), response.text("role"));
            assertEquals("INVITED", response.text("status"));
            assertEquals(target == Role.AB_ADMIN ? "" : urn, response.body().path("schoolUrn").asText(""));
            assertEquals(target == Role.NQT, response.body().has("trn"));
            assertTrue(world.api.loginExists(email), "the login was created");
            // the record, its email lock and the audit event (and an NQT's login lock)
            assertEquals(itemsBefore + (target == Role.NQT ? 4 : 3), world.api.itemCount());
        } else {
            assertEquals(itemsBefore, world.api.itemCount(), "a refusal writes nothing");
            assertFalse(world.api.loginExists(email), "a refusal creates no login");
        }
    }

    @ParameterizedTest(name = "{0} suspending and reactivating {1}: in own school {2}, in other school {3}")
    @CsvSource({
            // caller,              target,                own, other   (the AB_ADMIN target belongs to no school)
            "AB_ADMIN,              AB_ADMIN,              200, 200",
            "AB_ADMIN,              INDUCTION_COORDINATOR, 200, 200",
            "AB_ADMIN,              HEADTEACHER,           403, 403",
            "AB_ADMIN,              INDUCTION_TUTOR,       403, 403",
            "AB_ADMIN,              NQT,                   403, 403",
            "INDUCTION_COORDINATOR, AB_ADMIN,              404, 404",
            "INDUCTION_COORDINATOR, INDUCTION_COORDINATOR, 403, 404",
            "INDUCTION_COORDINATOR, HEADTEACHER,           200, 404",
            "INDUCTION_COORDINATOR, INDUCTION_TUTOR,       200, 404",
            "INDUCTION_COORDINATOR, NQT,                   200, 404",
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
    void suspensionMatrix(Role caller, Role target, int own, int other) {
        assertStatusChanges(caller, targetsA.get(target), own);
        assertStatusChanges(caller, targetsB.get(target), other);
    }

    private void assertStatusChanges(Role caller, String targetId, int expected) {
        User before = record(targetId);
        int itemsBefore = world.api.itemCount();

        UsersApi.Response suspended = world.api.suspend(world.caller(caller), targetId);

        assertEquals(expected, suspended.status(), () -> "suspend: " + suspended.body());
        if (expected == 200) {
            assertEquals("SUSPENDED", suspended.text("status"));
            assertEquals(UserStatus.SUSPENDED, record(targetId).status());
            assertFalse(world.api.loginEnabled(before.email()), "the login is disabled");
        } else {
            assertEquals(before, record(targetId), "a refused suspension changes nothing");
        }
        UsersApi.Response reactivated = world.api.reactivate(world.caller(caller), targetId);

        assertEquals(expected, reactivated.status(), () -> "reactivate: " + reactivated.body());
        if (expected == 200) {
            assertEquals("ACTIVE", reactivated.text("status"));
            assertEquals(UserStatus.ACTIVE, record(targetId).status());
            assertTrue(world.api.loginEnabled(before.email()), "the login is enabled again");
            assertEquals(itemsBefore + 2, world.api.itemCount(), "one audit event per change");
        } else {
            assertEquals(before, record(targetId));
            assertEquals(itemsBefore, world.api.itemCount());
        }
    }

    @ParameterizedTest(name = "an NQT login for a TRN {0} is {1}")
    @CsvSource({
            // where the TRN's induction is,              answer, field
            "'in progress at another school',             400,    trn",
            "'nowhere',                                   400,    trn",
            "'in progress here, with a login already',    409,    ''",
    })
    void anNqtLoginBelongsToATeacherOfTheCoordinatorsSchool(String where, int expected, String field) {
        // given a TRN in the state named, and school A's coordinator
        String trn = UsersApi.trnFor(where);
        switch (where) {
            case "in progress at another school" -> world.api.registerTeacher(World.B, trn);
            case "in progress here, with a login already" -> {
                world.api.registerTeacher(World.A, trn);
                assertEquals(201, world.api.createUserWithTrn(world.caller(Role.INDUCTION_COORDINATOR), World.A,
                        world.email("first-login-" + trn), trn).status());
            }
            default -> { }
        }
        String email = world.email("impostor-" + trn);
        int itemsBefore = world.api.itemCount();

        // when the coordinator asks for an NQT login bound to it
        UsersApi.Response response = world.api.createUserWithTrn(world.caller(Role.INDUCTION_COORDINATOR), World.A, email, trn);

        // then it is refused, nothing is written and no login is created
        assertEquals(expected, response.status(), () -> response.body().toString());
        if (!field.isEmpty()) {
            assertEquals(field, response.body().path("details").path(0).path("field").asText());
        }
        assertFalse(response.body().toString().contains(World.B), "the answer names no other school");
        assertEquals(itemsBefore, world.api.itemCount());
        assertFalse(world.api.loginExists(email));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void nobodySuspendsThemself(Role caller) {
        String self = world.caller(caller);

        assertEquals(403, world.api.suspend(self, self).status());
        assertEquals(UserStatus.ACTIVE, record(self).status());
    }

    private static User record(String userId) {
        var item = world.api.stack.emulators().dynamoDb().getItem(b -> b.tableName(world.api.stack.tableName())
                .key(UserItems.key(userId)).consistentRead(true)).item();
        return UserItems.fromItem(item);
    }
}
