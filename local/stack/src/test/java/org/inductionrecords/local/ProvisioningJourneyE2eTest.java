package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.email;
import static org.inductionrecords.local.E2eWorld.logins;
import static org.inductionrecords.local.E2eWorld.newTrn;
import static org.inductionrecords.local.E2eWorld.provision;
import static org.inductionrecords.local.E2eWorld.tableItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.inductionrecords.local.E2eWorld.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Tiered provisioning end to end, over HTTP through the local stack: the bootstrap AB admin authorises a
 * school by creating it and its coordinator; the coordinator's first login goes through Cognito with the real AWS CLI
 * (temporary password, then its own); the coordinator sets up its school within the tiers of CONTRACT.md
 * section 2, and a suspension takes effect on the very next call of a still-valid token.
 */
@Tag("emulators")
class ProvisioningJourneyE2eTest {

    private static final String TEMPORARY_PASSWORD = "Temporary-Passw0rd!";
    private static final String CHOSEN_PASSWORD = "Coordinator-Own-Passw0rd!";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningStack local;
    private static String admin;
    private static String urn;
    private static String otherUrn;
    private static String coordinatorEmail;
    private static String coordinatorId;
    private static String coordinator;
    private static Person headteacher;
    private static Person tutor;
    private static Person nqt;

    /** Given a school and its coordinator created by the AB admin, and the coordinator's first login. */
    @BeforeAll
    static void theAbAuthorisesASchoolAndItsCoordinatorSignsIn() {
        local = E2eWorld.local();
        admin = local.adminToken();
        urn = E2eWorld.school(local, admin);
        otherUrn = E2eWorld.school(local, admin);
        coordinatorEmail = email("coordinator");
        RunningStack.Response created = provision(local, admin, urn, coordinatorEmail, "INDUCTION_COORDINATOR", null);
        assertEquals(201, created.status(), created.body());
        assertEquals("INVITED", created.json().get("status").asText());
        coordinatorId = created.json().get("userId").asText();
        coordinator = firstLoginWithTheAwsCli(coordinatorEmail);
        headteacher = E2eWorld.person(local, coordinator, urn, "HEADTEACHER", null);
        tutor = E2eWorld.person(local, coordinator, urn, "INDUCTION_TUTOR", null);
        String trn = newTrn();
        E2eWorld.registerTeacher(local, coordinator, urn, trn, tutor.userId());
        nqt = E2eWorld.person(local, coordinator, urn, "NQT", trn);
    }

    // ---------------------------------------------------------------- the first login, as a user does it

    private static String cognitoEndpoint() {
        @SuppressWarnings("unchecked")
        Map<String, Object> endpoints = (Map<String, Object>) local.outputs().get("endpoints");
        return String.valueOf(endpoints.get("cognito"));
    }

    private static String pool() {
        return String.valueOf(local.outputs().get("UserPoolId"));
    }

    private static String client() {
        return String.valueOf(local.outputs().get("UserPoolClientId"));
    }

    private static AwsCli.Result initiateAuth(String email, String password) {
        return AwsCli.get().run("cognito-idp", "initiate-auth", "--endpoint-url", cognitoEndpoint(),
                "--client-id", client(), "--auth-flow", "USER_PASSWORD_AUTH",
                "--auth-parameters", "USERNAME=" + email + ",PASSWORD=" + password);
    }

    /**
     * The invitation's temporary password reaches the user by email; cognito-local only logs it, so this
     * test acts as the mailbox and sets a known temporary one (Permanent=false, as an admin reset would).
     * Then: USER_PASSWORD_AUTH, the NEW_PASSWORD_REQUIRED challenge, the user's own password: an ID token.
     */
    private static String firstLoginWithTheAwsCli(String email) {
        AwsCli cli = AwsCli.get();
        cli.json("cognito-idp", "admin-set-user-password", "--endpoint-url", cognitoEndpoint(),
                "--user-pool-id", pool(), "--username", email, "--password", TEMPORARY_PASSWORD, "--no-permanent");
        AwsCli.Result first = initiateAuth(email, TEMPORARY_PASSWORD);
        assertEquals(0, first.exitCode(), first::toString);
        JsonNode challenge = parse(first.stdout());
        assertEquals("NEW_PASSWORD_REQUIRED", challenge.path("ChallengeName").asText(), first::toString);
        JsonNode answer = cli.json("cognito-idp", "respond-to-auth-challenge", "--endpoint-url", cognitoEndpoint(),
                "--client-id", client(), "--challenge-name", "NEW_PASSWORD_REQUIRED",
                "--session", challenge.path("Session").asText(),
                "--challenge-responses", "USERNAME=" + email + ",NEW_PASSWORD=" + CHOSEN_PASSWORD);
        String idToken = answer.path("AuthenticationResult").path("IdToken").asText();
        assertFalse(idToken.isEmpty(), answer::toString);
        return idToken;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static String sub(String idToken) {
        return parse(new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8))
                .path("sub").asText();
    }

    @Test
    void theInvitedCoordinatorSignsInWithItsOwnPasswordAndIsThenActive() {
        // given the first login done with the AWS CLI in the set-up
        // when the coordinator reads itself with the token it got
        RunningStack.Response me = local.call("GET", "/me", coordinator, null);

        // then the token is its record's, which is now ACTIVE in its school
        assertEquals(coordinatorId, sub(coordinator), "the token's sub is the record's userId");
        assertEquals(200, me.status(), me.body());
        assertEquals(coordinatorId, me.json().get("userId").asText());
        assertEquals("INDUCTION_COORDINATOR", me.json().get("role").asText());
        assertEquals(urn, me.json().get("schoolUrn").asText());
        assertEquals("ACTIVE", me.json().get("status").asText());
        // and from now on its own password signs in directly, the temporary one not at all
        AwsCli.Result own = initiateAuth(coordinatorEmail, CHOSEN_PASSWORD);
        assertEquals(0, own.exitCode(), own::toString);
        assertFalse(parse(own.stdout()).path("AuthenticationResult").path("IdToken").asText().isEmpty(), own::toString);
        assertNotEquals(0, initiateAuth(coordinatorEmail, TEMPORARY_PASSWORD).exitCode());
    }

    @Test
    void theCoordinatorProvisionsAHeadteacherATutorAndAnNqtOfItsSchoolAsInvitedUsers() {
        String trn = newTrn();
        E2eWorld.registerTeacher(local, coordinator, urn, trn, tutor.userId());
        Map<String, String> roles = Map.of("HEADTEACHER", "", "INDUCTION_TUTOR", "", "NQT", trn);
        Set<String> created = new HashSet<>();
        long loginsBefore = logins(local);

        for (Map.Entry<String, String> role : roles.entrySet()) {
            String email = email("invited");
            RunningStack.Response answer = provision(local, coordinator, urn, email, role.getKey(),
                    role.getValue().isEmpty() ? null : role.getValue());

            assertEquals(201, answer.status(), answer.body());
            JsonNode user = answer.json();
            assertEquals("INVITED", user.get("status").asText());
            assertEquals(role.getKey(), user.get("role").asText());
            assertEquals(email, user.get("email").asText());
            assertEquals(urn, user.get("schoolUrn").asText());
            assertEquals(role.getKey().equals("NQT"), user.has("trn") && !user.get("trn").isNull(), user::toString);
            if (role.getKey().equals("NQT")) {
                assertEquals(trn, user.get("trn").asText());
            }
            created.add(user.get("userId").asText());
        }

        assertEquals(loginsBefore + 3, logins(local), "each got a Cognito invitation");
        Set<String> listed = listedUserIds(coordinator, urn);
        assertTrue(listed.containsAll(created), "the school's user list shows them");
    }

    @Test
    void provisioningAnEmailThatIsAlreadyAUserIsAConflictAndDuplicatesNothing() {
        String email = email("twice");
        assertEquals(201, provision(local, coordinator, urn, email, "HEADTEACHER", null).status());
        long items = tableItems(local);
        long loginsBefore = logins(local);

        RunningStack.Response again = provision(local, coordinator, urn, email.toUpperCase(), "INDUCTION_TUTOR", null);
        RunningStack.Response elsewhere = provision(local, admin, otherUrn, email, "INDUCTION_COORDINATOR", null);

        assertEquals(409, again.status(), again.body());
        assertEquals("conflict", again.json().get("error").asText());
        assertFalse(again.body().toLowerCase().contains(email), "the answer does not repeat the email");
        assertEquals(409, elsewhere.status(), elsewhere.body());
        assertEquals(items, tableItems(local), "nothing duplicated");
        assertEquals(loginsBefore, logins(local), "no second login");
    }

    @Test
    void theCoordinatorCannotProvisionACoordinatorOrAnAbAdmin() {
        long items = tableItems(local);
        long loginsBefore = logins(local);

        for (String role : new String[] {"INDUCTION_COORDINATOR", "AB_ADMIN"}) {
            RunningStack.Response answer = provision(local, coordinator, urn, email("refused"), role, null);

            assertEquals(403, answer.status(), role + ": " + answer.body());
            assertEquals("forbidden", answer.json().get("error").asText());
        }
        assertEquals(items, tableItems(local), "nothing written");
        assertEquals(loginsBefore, logins(local), "no login created");
    }

    @Test
    void theCoordinatorCannotProvisionAnyoneInAnotherSchool() {
        long items = tableItems(local);
        long loginsBefore = logins(local);

        for (String role : new String[] {"HEADTEACHER", "INDUCTION_TUTOR", "NQT", "INDUCTION_COORDINATOR"}) {
            RunningStack.Response answer = provision(local, coordinator, otherUrn, email("elsewhere"), role,
                    role.equals("NQT") ? newTrn() : null);

            // another school is outside the coordinator's scope: not found, as if it did not exist
            assertEquals(404, answer.status(), role + ": " + answer.body());
            assertEquals("not_found", answer.json().get("error").asText());
            assertFalse(answer.body().contains(otherUrn), "the answer says nothing about that school");
        }
        assertEquals(items, tableItems(local), "nothing written");
        assertEquals(loginsBefore, logins(local), "no login created");
    }

    @Test
    void aHeadteacherATutorAndAnNqtCanProvisionNobody() {
        long items = tableItems(local);
        long loginsBefore = logins(local);

        for (Person caller : new Person[] {tutor, nqt, headteacher}) {
            for (String role : new String[] {"AB_ADMIN", "INDUCTION_COORDINATOR", "HEADTEACHER", "INDUCTION_TUTOR",
                    "NQT"}) {
                RunningStack.Response answer = provision(local, caller.token(), urn, email("nobody"), role,
                        role.equals("NQT") ? newTrn() : null);

                assertEquals(403, answer.status(), role + ": " + answer.body());
                assertEquals("forbidden", answer.json().get("error").asText());
            }
        }
        assertEquals(items, tableItems(local), "nothing written");
        assertEquals(loginsBefore, logins(local), "no login created");
    }

    @Test
    void aSuspendedCoordinatorIsRefusedAtOnceWithItsStillValidTokenAndServedAgainOnceReactivated() {
        String school = E2eWorld.school(local, admin);
        Person suspended = E2eWorld.person(local, admin, school, "INDUCTION_COORDINATOR", null);
        assertEquals(200, local.call("GET", "/me", suspended.token(), null).status());

        RunningStack.Response suspension = local.call("POST", "/users/" + suspended.userId() + "/suspend", admin, null);
        assertEquals(200, suspension.status(), suspension.body());
        assertEquals("SUSPENDED", suspension.json().get("status").asText());

        long items = tableItems(local);
        RunningStack.Response me = local.call("GET", "/me", suspended.token(), null);
        RunningStack.Response provisioning = provision(local, suspended.token(), school, email("by-suspended"),
                "HEADTEACHER", null);
        RunningStack.Response schoolRead = local.call("GET", "/schools/" + school, suspended.token(), null);
        RunningStack.Response inductions = local.call("GET", "/schools/" + school + "/inductions", suspended.token(),
                null);
        assertEquals(403, me.status(), me.body());
        assertEquals("forbidden", me.json().get("error").asText());
        assertEquals(403, provisioning.status(), provisioning.body());
        assertEquals(403, schoolRead.status(), schoolRead.body());
        assertEquals(403, inductions.status(), "the other function reads the same record: " + inductions.body());
        assertEquals(items, tableItems(local), "a suspended caller writes nothing");

        RunningStack.Response reactivation = local.call("POST", "/users/" + suspended.userId() + "/reactivate", admin,
                null);
        assertEquals(200, reactivation.status(), reactivation.body());
        assertEquals("ACTIVE", reactivation.json().get("status").asText());
        RunningStack.Response again = local.call("GET", "/me", suspended.token(), null);
        assertEquals(200, again.status(), again.body());
        assertEquals("ACTIVE", again.json().get("status").asText());
        assertEquals(201, provision(local, suspended.token(), school, email("after"), "HEADTEACHER", null).status());
    }

    @Test
    void everyUserReadsItsOwnRecordWithGetMe() {
        RunningStack.Response adminMe = local.call("GET", "/me", admin, null);
        assertEquals(200, adminMe.status(), adminMe.body());
        assertEquals("AB_ADMIN", adminMe.json().get("role").asText());
        assertEquals(RunningStack.ADMIN_EMAIL, adminMe.json().get("email").asText());
        assertFalse(adminMe.json().hasNonNull("schoolUrn"), "an AB_ADMIN belongs to no school");
        assertFalse(adminMe.json().hasNonNull("trn"));

        for (Person person : new Person[] {headteacher, tutor, nqt}) {
            RunningStack.Response me = local.call("GET", "/me", person.token(), null);
            assertEquals(200, me.status(), me.body());
            assertEquals(person.userId(), me.json().get("userId").asText());
            assertEquals(person.email(), me.json().get("email").asText());
            assertEquals(urn, me.json().get("schoolUrn").asText());
            assertEquals("ACTIVE", me.json().get("status").asText());
            assertEquals(person.trn() != null, me.json().hasNonNull("trn"), "trn only for an NQT");
        }
        assertEquals(nqt.trn(), local.call("GET", "/me", nqt.token(), null).json().get("trn").asText());
        assertEquals(401, local.call("GET", "/me", null, null).status(), "no token");
        assertEquals(401, local.call("GET", "/me", "not.a.token", null).status(), "bad token");
    }

    @Test
    void aSchoolsUserListIsSeenByTheAdminItsCoordinatorAndItsHeadteacherOnly() {
        Set<String> staff = Set.of(coordinatorId, headteacher.userId(), tutor.userId(), nqt.userId());

        assertTrue(listedUserIds(admin, urn).containsAll(staff));
        assertTrue(listedUserIds(coordinator, urn).containsAll(staff));
        assertTrue(listedUserIds(headteacher.token(), urn).containsAll(staff));
        for (Person refused : new Person[] {tutor, nqt}) {
            RunningStack.Response answer = local.call("GET", "/schools/" + urn + "/users", refused.token(), null);
            assertEquals(403, answer.status(), answer.body());
            assertEquals("forbidden", answer.json().get("error").asText());
        }
        RunningStack.Response elsewhere = local.call("GET", "/schools/" + otherUrn + "/users", coordinator, null);
        assertEquals(404, elsewhere.status(), elsewhere.body());
        assertEquals("not_found", elsewhere.json().get("error").asText());
        Set<String> others = listedUserIds(admin, otherUrn);
        assertTrue(others.stream().noneMatch(staff::contains), "another school's list holds none of these");
    }

    @Test
    void schoolsAreSeenByTheAdminAllAndByEveryoneElseTheirOwnOnly() {
        RunningStack.Response all = local.call("GET", "/schools?limit=100", admin, null);
        assertEquals(200, all.status(), all.body());
        assertTrue(all.json().get("items").size() >= 2);

        for (String token : new String[] {coordinator, headteacher.token(), tutor.token(), nqt.token()}) {
            RunningStack.Response own = local.call("GET", "/schools", token, null);
            assertEquals(200, own.status(), own.body());
            assertEquals(1, own.json().get("items").size(), own.body());
            assertEquals(urn, own.json().get("items").get(0).get("urn").asText());
            assertEquals(200, local.call("GET", "/schools/" + urn, token, null).status());
            RunningStack.Response other = local.call("GET", "/schools/" + otherUrn, token, null);
            assertEquals(404, other.status(), other.body());
            assertFalse(other.body().contains("E2E School"), "never another school's data");
        }
    }

    private static Set<String> listedUserIds(String token, String schoolUrn) {
        Set<String> ids = new HashSet<>();
        String next = null;
        do {
            RunningStack.Response page = local.call("GET", "/schools/" + schoolUrn + "/users?limit=50"
                    + (next == null ? "" : "&nextToken=" + URLEncoder.encode(next, StandardCharsets.UTF_8)),
                    token, null);
            assertEquals(200, page.status(), page.body());
            page.json().get("items").forEach(user -> ids.add(user.get("userId").asText()));
            JsonNode nextToken = page.json().get("nextToken");
            next = nextToken == null || nextToken.isNull() ? null : nextToken.asText();
        } while (next != null);
        return ids;
    }
}
