package org.inductionrecords.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.Keys;
import org.inductionrecords.testing.RoundTrips;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Provisioning as a sequence: the invitation and the record stay consistent through duplicates, a crash
 * half-way and suspensions; every change leaves an audit event with ids only.
 */
@Tag("emulators")
class ProvisioningFlowTest {

    private static World world;

    @BeforeAll
    static void setUp() {
        world = new World("users-flow");
    }

    private static String coordinator() {
        return world.caller(Role.INDUCTION_COORDINATOR);
    }

    @Test
    void provisioningTakesOneReadOneInvitationAndOneTransaction() {
        String email = world.email("counted-tutor");
        RoundTrips.reset();

        UsersApi.Response created = world.api.createUser(coordinator(), World.A, email, "INDUCTION_TUTOR");

        Map<String, Integer> counts = RoundTrips.counts();
        System.out.println("round trips: POST /schools/{urn}/users -> " + created.status() + ": DynamoDB "
                + RoundTrips.dynamoDb() + ", Cognito " + RoundTrips.cognito() + " " + counts);
        assertEquals(201, created.status());
        assertEquals(Map.of("DynamoDb:BatchGetItem", 1, "CognitoIdentityProvider:AdminCreateUser", 1,
                "DynamoDb:TransactWriteItems", 1), counts);
    }

    @Test
    void anInvitedCoordinatorLogsInWithATemporaryPasswordChoosesItsOwnAndIsThenActive() {
        String email = world.email("first-login-coordinator");
        UsersApi.Response created = world.api.createUser(world.admin, World.B, email, "INDUCTION_COORDINATOR");
        assertEquals("INVITED", created.text("status"));
        var cognito = world.api.stack.emulators().cognito();
        String pool = world.api.stack.userPoolId();
        String client = world.api.stack.userPoolClientId();
        // Cognito emails a generated temporary password; cognito-local only logs it, so set a known one.
        cognito.adminSetUserPassword(b -> b.userPoolId(pool).username(email).password("Temporary-Pass1!").permanent(false));

        var challenge = cognito.initiateAuth(b -> b.clientId(client).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", "Temporary-Pass1!")));
        assertEquals(ChallengeNameType.NEW_PASSWORD_REQUIRED, challenge.challengeName());
        String idToken = cognito.respondToAuthChallenge(b -> b.clientId(client)
                        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
                        .challengeResponses(Map.of("USERNAME", email, "NEW_PASSWORD", "Own-Chosen-Pass2!")))
                .authenticationResult().idToken();
        String sub = Json.tree(new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8))
                .path("sub").asText();

        assertEquals(created.text("userId"), sub, "the token's sub is the record's userId");
        UsersApi.Response me = world.api.me(sub);
        assertEquals(200, me.status());
        assertEquals("ACTIVE", me.text("status"));
        assertEquals(201, world.api.createUser(sub, World.B, world.email("first-login-tutor"), "INDUCTION_TUTOR").status());
    }

    @Test
    void theSameEmailTwiceIsAConflictAndNothingIsDuplicated() {
        String email = world.email("twice");
        assertEquals(201, world.api.createUser(coordinator(), World.A, email, "HEADTEACHER").status());
        int items = world.api.itemCount();
        RoundTrips.reset();

        UsersApi.Response again = world.api.createUser(coordinator(), World.A, email.toUpperCase(), "INDUCTION_TUTOR");
        System.out.println("round trips: POST /schools/{urn}/users duplicate -> " + again.status() + ": DynamoDB "
                + RoundTrips.dynamoDb() + ", Cognito " + RoundTrips.cognito());
        UsersApi.Response elsewhere = world.api.createUser(world.admin, World.B, email, "INDUCTION_COORDINATOR");

        assertEquals(409, again.status());
        assertEquals("conflict", again.text("error"));
        assertFalse(again.body().toString().contains(email), "the answer does not repeat the email");
        assertEquals(409, elsewhere.status());
        assertEquals(items, world.api.itemCount());
        assertEquals(0, RoundTrips.cognito(), "a known email never reaches the identity provider");
    }

    @Test
    void aCrashBetweenTheInvitationAndTheRecordIsFinishedByARetry() {
        String email = world.email("crash-retry");
        FaultyLogins crashingAfterInvite = new FaultyLogins(world.api.realLogins(), FaultyLogins.Fault.DIES_AFTER_INVITING);
        world.api.registerTeacher(World.A, "7654321");
        int items = world.api.itemCount();
        String body = Json.write(Map.of("email", email, "givenName", "Cara", "familyName", "Crash",
                "role", "NQT", "trn", "7654321"));

        UsersApi.Response crashed = world.api.send(world.api.handlerWith(crashingAfterInvite),
                UsersApi.event(coordinator(), "POST", "/schools/{urn}/users", Map.of("urn", World.A), body, Map.of()));

        assertTrue(crashingAfterInvite.happened());
        assertEquals(500, crashed.status());
        assertTrue(world.api.loginExists(email), "the login was created before the crash");
        assertEquals(items, world.api.itemCount(), "but no record, lock or audit event");
        String orphanSub = world.api.stack.emulators().cognito()
                .adminGetUser(b -> b.userPoolId(world.api.stack.userPoolId()).username(email)).userAttributes()
                .stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        assertEquals(403, world.api.me(orphanSub).status(), "a login without a record can do nothing");

        UsersApi.Response retried = world.api.post(coordinator(), "/schools/{urn}/users", Map.of("urn", World.A), body);

        assertEquals(201, retried.status(), () -> retried.body().toString());
        assertEquals(orphanSub, retried.text("userId"), "the retry adopts the login the crash left");
        assertEquals(items + 4, world.api.itemCount(), "record, email lock, login lock and audit event");
        assertEquals(200, world.api.me(orphanSub).status());
        assertEquals(409, world.api.post(coordinator(), "/schools/{urn}/users", Map.of("urn", World.A), body).status());
    }

    @Test
    void aSuspendedUserIsForbiddenAtOnceAndAllowedAgainWhenReactivated() {
        String tutor = world.create(coordinator(), World.A, "suspended-tutor", Role.INDUCTION_TUTOR);
        assertEquals(200, world.api.me(tutor).status());
        RoundTrips.reset();

        UsersApi.Response suspended = world.api.suspend(coordinator(), tutor);
        System.out.println("round trips: POST /users/{userId}/suspend -> " + suspended.status() + ": DynamoDB "
                + RoundTrips.dynamoDb() + ", Cognito " + RoundTrips.cognito() + " " + RoundTrips.counts());

        assertEquals(200, suspended.status());
        assertEquals("SUSPENDED", suspended.text("status"));
        UsersApi.Response refused = world.api.me(tutor);
        assertEquals(403, refused.status());
        assertEquals("forbidden", refused.text("error"));
        assertEquals(403, world.api.get(tutor, "/schools/{urn}", Map.of("urn", World.A)).status());
        assertFalse(world.api.loginEnabled(world.email("suspended-tutor")));
        assertEquals(200, world.api.suspend(coordinator(), tutor).status(), "suspending again changes nothing");

        UsersApi.Response reactivated = world.api.reactivate(coordinator(), tutor);

        assertEquals(200, reactivated.status());
        assertEquals("ACTIVE", reactivated.text("status"));
        assertEquals(200, world.api.me(tutor).status());
        assertTrue(world.api.loginEnabled(world.email("suspended-tutor")));
        assertEquals(List.of("USER_PROVISIONED", "USER_SUSPENDED", "USER_REACTIVATED"), auditActions(tutor));
    }

    @Test
    void aSuspendedCoordinatorCanProvisionNobody() {
        String coordinator = world.create(world.admin, World.B, "suspended-coordinator", Role.INDUCTION_COORDINATOR);
        assertEquals(200, world.api.suspend(world.admin, coordinator).status());

        assertEquals(403, world.api.createUser(coordinator, World.B, world.email("never"), "INDUCTION_TUTOR").status());
        assertFalse(world.api.loginExists(world.email("never")));
    }

    @Test
    void theAuditEventSaysWhoDidWhatWhenAndFromWhereWithIdsOnly() {
        String email = world.email("audited-headteacher");
        String userId = world.create(coordinator(), World.A, "audited-headteacher", Role.HEADTEACHER);

        Map<String, AttributeValue> event = auditItems(userId).get(0);

        assertEquals("USER_PROVISIONED", event.get("action").s());
        assertEquals(coordinator(), event.get("actorUserId").s());
        assertEquals(UsersApi.SOURCE_IP, event.get("sourceIp").s());
        assertEquals(World.A, event.get("relatedIds").m().get("schoolUrn").s());
        assertTrue(event.get("at").s().endsWith("Z"));
        String all = event.toString();
        assertFalse(all.contains(email) || all.contains("Given") || all.contains("Family"), "no personal data: " + all);
    }

    @Test
    void creatingASchoolIsAuditedAndATakenUrnIsAConflict() {
        assertEquals(201, world.api.createSchool(world.admin, "300003", "Cedar School").status());
        int items = world.api.itemCount();

        UsersApi.Response again = world.api.createSchool(world.admin, "300003", "Cedar School Again");

        assertEquals(409, again.status());
        assertEquals(items, world.api.itemCount());
        assertEquals("Cedar School", world.api.get(world.admin, "/schools/{urn}", Map.of("urn", "300003")).text("name"));
        QueryResponse audit = world.api.stack.emulators().dynamoDb().query(b -> b.tableName(world.api.stack.tableName())
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.audit("SCHOOL", "300003")))));
        assertEquals(1, audit.count());
        assertEquals("SCHOOL_CREATED", audit.items().get(0).get("action").s());
    }

    @Test
    void onlyAnAbAdminCreatesSchools() {
        for (Role role : List.of(Role.INDUCTION_COORDINATOR, Role.HEADTEACHER, Role.INDUCTION_TUTOR, Role.NQT)) {
            assertEquals(403, world.api.createSchool(world.caller(role), "400004", "Nope").status(), role.name());
        }
        assertEquals(404, world.api.get(world.admin, "/schools/{urn}", Map.of("urn", "400004")).status());
    }

    @Test
    void bootstrapAnswersTheSameAdminAgainAndRefusesAnyOther() {
        String first = world.api.bootstrapAdmin("admin@" + world.domain);

        assertEquals(world.admin, first, "the same email answers the same admin");
        IllegalStateException other = assertThrows(IllegalStateException.class,
                () -> world.api.bootstrapAdmin(world.email("another-admin")));
        assertTrue(other.getMessage().contains("AB_ADMIN exists already"), other.getMessage());
        assertFalse(world.api.loginExists(world.email("another-admin")), "a refused bootstrap invites nobody");
        IllegalStateException notAdmin = assertThrows(IllegalStateException.class,
                () -> world.api.bootstrapAdmin(world.email("headteacher-a")));
        assertTrue(notAdmin.getMessage().contains("not an AB_ADMIN"), notAdmin.getMessage());
        IllegalStateException invalid = assertThrows(IllegalStateException.class,
                () -> world.api.bootstrap("{\"email\":\"nope\"}"));
        assertTrue(invalid.getMessage().contains("email:") && invalid.getMessage().contains("givenName:"),
                invalid.getMessage());
    }

    @Test
    void theLastActiveAbAdminCannotBeSuspended() {
        String second = world.create(world.admin, World.A, "second-admin", Role.AB_ADMIN);
        assertEquals(200, world.api.me(second).status());
        assertEquals(200, world.api.suspend(second, world.admin).status());

        assertEquals(403, world.api.suspend(world.admin, second).status(), "the suspended admin cannot act");
        assertEquals(403, world.api.suspend(second, second).status(), "nor can the last one suspend itself");

        assertEquals(200, world.api.reactivate(second, world.admin).status());
        assertEquals(200, world.api.me(world.admin).status());
    }

    @Test
    void theSampleEventsDriveTheHandler() throws Exception {
        var event = Json.mapper().readValue(
                java.nio.file.Files.readString(java.nio.file.Path.of("../../events/users/get-school.json"))
                        .replace("00000000-0000-0000-0000-000000000000", world.admin)
                        .replace("123456", World.A),
                com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.class);

        UsersApi.Response school = world.api.send(world.api.handler, event);

        assertEquals(200, school.status());
        assertEquals(World.A, school.text("urn"));
    }

    private static List<Map<String, AttributeValue>> auditItems(String userId) {
        return world.api.stack.emulators().dynamoDb().query(b -> b.tableName(world.api.stack.tableName())
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.audit("USER", userId)))))
                .items();
    }

    private static List<String> auditActions(String userId) {
        return auditItems(userId).stream().map(i -> i.get("action").s()).toList();
    }
}
