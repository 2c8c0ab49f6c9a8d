package org.inductionrecords.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.Keys;
import org.inductionrecords.store.UserItems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The last active AB_ADMIN can never be suspended, under any interleaving (contract section 2): after each
 * way the set of admins could drift from what a counter would say, two admins suspend each other at the
 * same moment, many times over, and one of them is always left able to act.
 */
@Tag("emulators")
class LastActiveAdminTest {

    private static final int RACES = 12;

    private static World world;

    @BeforeAll
    static void setUp() {
        world = new World("users-last-admin");
    }

    /** Ways the admins' statuses could drift from a count of them. */
    enum Drift {
        NONE, REACTIVATING_AN_ACTIVE_ADMIN, SUSPENDING_A_SUSPENDED_ADMIN, INVITED_ADMINS_WHO_NEVER_SIGN_IN,
        A_HALF_DONE_SUSPENSION_RETRIED, A_LOGIN_DISABLED_IN_COGNITO, A_LOGIN_DELETED_IN_COGNITO
    }

    @ParameterizedTest(name = "after {0}")
    @EnumSource(Drift.class)
    void twoAdminsSuspendingEachOtherAtOnceAlwaysLeaveOneWhoCanAct(Drift drift) throws Exception {
        // given two admins who have signed in, and the drift named
        String tag = drift.name().toLowerCase().replace('_', '-');
        String a = signedIn(world.create(world.admin, World.A, tag + "-admin-a", Role.AB_ADMIN));
        String b = signedIn(world.create(world.admin, World.A, tag + "-admin-b", Role.AB_ADMIN));
        drift(drift, tag);
        // (the bootstrap admin steps aside, so that a and b are the only active admins who could act)
        assertEquals(200, world.api.suspend(a, world.admin).status());

        for (int race = 0; race < RACES; race++) {
            // when each suspends the other at the same moment
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Integer> aSuspendsB = CompletableFuture.supplyAsync(() -> suspendAfter(start, a, b));
            CompletableFuture<Integer> bSuspendsA = CompletableFuture.supplyAsync(() -> suspendAfter(start, b, a));
            List<Integer> answers = List.of(aSuspendsB.get(), bSuspendsA.get());

            // then exactly one succeeds, and its caller is still an active admin who can act
            assertEquals(1, answers.stream().filter(status -> status == 200).count(), "race " + race + ": " + answers);
            assertTrue(answers.contains(403), "race " + race + ": " + answers);
            String winner = answers.get(0) == 200 ? a : b;
            String loser = winner.equals(a) ? b : a;
            assertEquals(UserStatus.ACTIVE, status(winner));
            assertEquals(UserStatus.SUSPENDED, status(loser));
            assertEquals(200, world.api.me(winner).status());
            assertEquals(200, world.api.reactivate(winner, loser).status(), "the survivor can still act");
        }
        assertEquals(200, world.api.reactivate(a, world.admin).status());
    }

    private static Integer suspendAfter(CyclicBarrier start, String caller, String target) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return world.api.suspend(caller, target).status();
    }

    private static void drift(Drift drift, String tag) {
        switch (drift) {
            case NONE -> { }
            case REACTIVATING_AN_ACTIVE_ADMIN -> {
                String c = signedIn(world.create(world.admin, World.A, tag + "-admin-c", Role.AB_ADMIN));
                assertEquals(200, world.api.reactivate(world.admin, c).status());
                assertEquals(200, world.api.reactivate(world.admin, c).status());
                assertEquals(200, world.api.suspend(world.admin, c).status());
            }
            case SUSPENDING_A_SUSPENDED_ADMIN -> {
                String c = signedIn(world.create(world.admin, World.A, tag + "-admin-c", Role.AB_ADMIN));
                assertEquals(200, world.api.suspend(world.admin, c).status());
                assertEquals(200, world.api.suspend(world.admin, c).status());
            }
            case INVITED_ADMINS_WHO_NEVER_SIGN_IN -> {
                world.create(world.admin, World.A, tag + "-admin-c", Role.AB_ADMIN);
                world.create(world.admin, World.A, tag + "-admin-d", Role.AB_ADMIN);
            }
            case A_HALF_DONE_SUSPENSION_RETRIED -> {
                String c = signedIn(world.create(world.admin, World.A, tag + "-admin-c", Role.AB_ADMIN));
                UsersApi.Response halfDone = world.api.send(world.api.handlerWith(
                        new FaultyLogins(world.api.realLogins(), FaultyLogins.Fault.DISABLE_FAILS)),
                        UsersApi.event(world.admin, "POST", "/users/{userId}/suspend", Map.of("userId", c), null, Map.of()));
                assertEquals(500, halfDone.status(), "the login could not be disabled");
                assertEquals(UserStatus.SUSPENDED, status(c), "but the record was marked first");
                assertEquals(200, world.api.suspend(world.admin, c).status(), "the retry finishes the job");
            }
            case A_LOGIN_DISABLED_IN_COGNITO -> {
                signedIn(world.create(world.admin, World.A, tag + "-admin-c", Role.AB_ADMIN));
                world.api.stack.emulators().cognito().adminDisableUser(b -> b.userPoolId(world.api.stack.userPoolId())
                        .username(world.email(tag + "-admin-c")));
            }
            case A_LOGIN_DELETED_IN_COGNITO -> {
                signedIn(world.create(world.admin, World.A, tag + "-admin-c", Role.AB_ADMIN));
                world.api.stack.emulators().cognito().adminDeleteUser(b -> b.userPoolId(world.api.stack.userPoolId())
                        .username(world.email(tag + "-admin-c")));
            }
        }
    }

    @Test
    void aLockedOutAppropriateBodyIsRecoveredByTheOperatorsAuditedOverride() {
        // given every admin suspended behind the system's back (records changed straight in the table)
        String locked = signedIn(world.create(world.admin, World.A, "locked-out-admin", Role.AB_ADMIN));
        setStatus(locked, UserStatus.SUSPENDED);
        setStatus(world.admin, UserStatus.SUSPENDED);
        world.api.stack.emulators().cognito().adminDisableUser(b -> b.userPoolId(world.api.stack.userPoolId())
                .username(world.email("locked-out-admin")));
        assertEquals(403, world.api.me(locked).status());
        IllegalStateException plain = assertThrows(IllegalStateException.class,
                () -> world.api.bootstrapAdmin(world.email("new-admin")), "the plain bootstrap still refuses");
        assertTrue(plain.getMessage().contains("AB_ADMIN exists already"), plain.getMessage());

        // when the operator invokes the bootstrap with the override for that admin
        var recovered = world.api.bootstrap(Json.write(Map.of("email", world.email("locked-out-admin"),
                "givenName", "Locked", "familyName", "Out", "recover", true)));

        // then the admin is active with its login enabled, can act, and the override is on its audit trail
        assertEquals(locked, recovered.path("userId").asText());
        assertEquals("ACTIVE", recovered.path("status").asText());
        assertTrue(world.api.loginEnabled(world.email("locked-out-admin")));
        assertEquals(200, world.api.me(locked).status());
        assertEquals(200, world.api.reactivate(locked, world.admin).status());
        List<String> actions = world.api.stack.emulators().dynamoDb().query(q -> q.tableName(world.api.stack.tableName())
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.audit("USER", locked)))))
                .items().stream().map(item -> item.get("action").s()).toList();
        assertTrue(actions.contains("AB_ADMIN_RECOVERED"), actions.toString());
        IllegalStateException notAdmin = assertThrows(IllegalStateException.class, () -> world.api.bootstrap(Json.write(Map.of(
                "email", world.email("headteacher-a"), "givenName", "H", "familyName", "T", "recover", true))));
        assertTrue(notAdmin.getMessage().contains("not an AB_ADMIN"), notAdmin.getMessage());
    }

    /** The admin's first request (as after its first sign-in): INVITED becomes ACTIVE. */
    private static String signedIn(String userId) {
        assertEquals(200, world.api.me(userId).status());
        return userId;
    }

    private static UserStatus status(String userId) {
        return UserItems.fromItem(world.api.stack.emulators().dynamoDb().getItem(g -> g.tableName(world.api.stack.tableName())
                .key(UserItems.key(userId)).consistentRead(true)).item()).status();
    }

    private static void setStatus(String userId, UserStatus status) {
        world.api.stack.emulators().dynamoDb().updateItem(u -> u.tableName(world.api.stack.tableName())
                .key(UserItems.key(userId)).updateExpression("SET #s = :s")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(status.name()))));
    }

    @Test
    void anAdminNeverSuspendsThemselfNorIsTheOnlyOneLeftSuspended() {
        String only = signedIn(world.create(world.admin, World.A, "only-admin", Role.AB_ADMIN));
        assertEquals(403, world.api.suspend(only, only).status());
        assertFalse(status(only) == UserStatus.SUSPENDED);
    }
}
