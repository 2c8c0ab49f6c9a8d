package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Mailbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Invitations and reminders in the local mailbox, end to end through the local stack (CONTRACT.md section 8): a user
 * provisioned through the API signs in with the temporary password read from {@code GET /store}; ReminderFunction on
 * the invoke API sends the overdue tutor one email naming their teacher, another school's tutor none naming them,
 * nothing on a dry run and nothing again for the same event; {@code PATCH /me} turns a user's reminders off.
 *
 * <p>Its own academic year, 2020/21, so that no other test's induction (they start in June 2021) falls due with it: an
 * NQT induction started on 2 September 2020 has its term-1 assessment due 10 working days after the autumn term
 * ends on 18 December 2020, on 6 January 2021, and is first overdue on Thursday 7 January.
 */
@Tag("emulators")
class RemindersE2eTest {

    private static final String FIRST_DAY_OVERDUE = "2021-01-07T07:00:00Z";
    private static final String NEXT_MONDAY = "2021-01-11T07:00:00Z";
    private static final String CHOSEN_PASSWORD = "Chosen-Passw0rd!";

    private static RunningStack local;
    private static Mailbox mailbox;

    @BeforeAll
    static void termDatesOf2020() {
        local = E2eWorld.local();
        mailbox = new Mailbox(local.emulators().sesEndpoint());
        RunningStack.Response recorded = local.call("PUT", "/term-dates/2020", local.adminToken(),
                json(Map.of("terms", List.of(
                        Map.of("name", "AUTUMN", "start", "2020-09-02", "end", "2020-12-18"),
                        Map.of("name", "SPRING", "start", "2021-01-04", "end", "2021-03-26"),
                        Map.of("name", "SUMMER", "start", "2021-04-12", "end", "2021-07-21")))));
        assertEquals(200, recorded.status(), recorded.body());
    }

    /** The first sign-in as a newcomer does it: the invitation's temporary password, then a password of their own. */
    private static String signInFromTheInvitation(String email) {
        List<Mailbox.Email> invitations = mailbox.to(email);
        assertEquals(1, invitations.size(), "one invitation in the mailbox");
        assertEquals(Emulators.LOCAL_MAIL_FROM, invitations.get(0).from());
        String temporary = invitations.get(0).temporaryPassword().orElseThrow(() ->
                new AssertionError("no temporary password in: " + invitations.get(0).text()));
        var cognito = local.emulators().cognito();
        var challenge = cognito.initiateAuth(b -> b.clientId(local.stack().userPoolClientId())
                .authFlow("USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", email, "PASSWORD", temporary)));
        assertEquals("NEW_PASSWORD_REQUIRED", challenge.challengeNameAsString());
        return cognito.respondToAuthChallenge(b -> b.clientId(local.stack().userPoolClientId())
                        .challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session())
                        .challengeResponses(Map.of("USERNAME", email, "NEW_PASSWORD", CHOSEN_PASSWORD)))
                .authenticationResult().idToken();
    }

    private record Tutor(String userId, String email, String token) {
    }

    /** A tutor provisioned through the API by the school's coordinator, signed in from the invitation. */
    private static Tutor tutorFromTheMailbox(E2eWorld.Staff school) {
        String email = E2eWorld.email("invited-tutor");
        RunningStack.Response created = E2eWorld.provision(local, school.coordinator().token(), school.urn(), email,
                "INDUCTION_TUTOR", null);
        assertEquals(201, created.status(), created.body());
        String token = signInFromTheInvitation(email);
        RunningStack.Response me = local.call("GET", "/me", token, null);
        assertEquals(200, me.status(), me.body());
        assertEquals("ACTIVE", me.json().get("status").asText());
        assertTrue(me.json().get("reminders").asBoolean(), "reminders are on for a new user");
        return new Tutor(created.json().get("userId").asText(), email, token);
    }

    private static String registerNqtOf2020(E2eWorld.Staff school, String tutorUserId, String familyName) {
        ObjectNode body = E2eWorld.registration(E2eWorld.newTrn(), tutorUserId);
        ((ObjectNode) body.get("teacher")).put("givenName", "Nia").put("familyName", familyName);
        body.put("startDate", "2020-09-02");
        RunningStack.Response created = local.call("POST", "/schools/" + school.urn() + "/inductions",
                school.coordinator().token(), body.toString());
        assertEquals(201, created.status(), created.body());
        return created.json().get("inductionId").asText();
    }

    private static JsonNode run(String time, boolean dryRun) {
        RunningStack.Response answer = local.invoke("ReminderFunction", "{\"detail-type\":\"Scheduled Event\","
                + "\"source\":\"aws.scheduler\",\"time\":\"" + time + "\",\"detail\":{\"dryRun\":" + dryRun + "}}");
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    @Test
    void provisionedUsersSignInFromTheMailboxAndTheDailyRunRemindsEachOverdueTutorOfTheirOwnTeacherOnce() {
        // given two schools, each with a tutor invited through the API and signed in from the mailbox, and an NQT
        // induction of 2020 each whose term-1 assessment is overdue from 7 January 2021
        E2eWorld.Staff ashby = E2eWorld.staff(local, local.adminToken());
        E2eWorld.Staff birchwood = E2eWorld.staff(local, local.adminToken());
        Tutor ashbyTutor = tutorFromTheMailbox(ashby);
        Tutor birchwoodTutor = tutorFromTheMailbox(birchwood);
        String ashbyTeacher = "Overdue" + ashby.urn();
        String birchwoodTeacher = "Overdue" + birchwood.urn();
        registerNqtOf2020(ashby, ashbyTutor.userId(), ashbyTeacher);
        registerNqtOf2020(birchwood, birchwoodTutor.userId(), birchwoodTeacher);

        // when the day's run is rehearsed, then nothing is sent
        JsonNode dry = run(FIRST_DAY_OVERDUE, true);
        assertTrue(dry.get("dryRun").asBoolean());
        assertEquals(0, dry.get("emailsSent").asInt(), dry.toString());
        assertTrue(dry.get("due").asInt() >= 2, dry.toString());
        assertEquals(1, mailbox.to(ashbyTutor.email()).size(), "the invitation only");

        // when the day's run goes, then each tutor gets one reminder naming their own teacher, never the other's
        JsonNode daily = run(FIRST_DAY_OVERDUE, false);
        assertEquals("2021-01-07", daily.get("asOf").asText());
        assertTrue(daily.get("emailsSent").asInt() >= 2, daily.toString());
        Mailbox.Email reminder = reminderTo(ashbyTutor);
        assertTrue(reminder.text().contains("Nia " + ashbyTeacher), reminder.text());
        assertTrue(reminder.text().contains("OVERDUE since Wednesday 6 January 2021"), reminder.text());
        assertTrue(reminder.text().contains(local.apiUrl() + "/"), "links to the web front end: " + reminder.text());
        Mailbox.Email otherSchool = reminderTo(birchwoodTutor);
        assertTrue(otherSchool.text().contains("Nia " + birchwoodTeacher), otherSchool.text());
        assertFalse(otherSchool.text().contains(ashbyTeacher), "another school's tutor never reads that teacher's name");

        // when the same event comes again, then nothing more is sent and it is counted
        JsonNode again = run(FIRST_DAY_OVERDUE, false);
        assertEquals(0, again.get("emailsSent").asInt(), again.toString());
        assertTrue(again.get("alreadySent").asInt() >= 2, again.toString());
        assertEquals(2, mailbox.to(ashbyTutor.email()).size(), "the invitation and one reminder");

        // when Birchwood's tutor turns reminders off, then the Monday reminder reaches Ashby's tutor only
        RunningStack.Response off = local.call("PATCH", "/me", birchwoodTutor.token(), json(Map.of("reminders", false)));
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().get("reminders").asBoolean());
        run(NEXT_MONDAY, false);
        assertEquals(3, mailbox.to(ashbyTutor.email()).size());
        assertEquals(2, mailbox.to(birchwoodTutor.email()).size());
    }

    @Test
    void aReminderSettingThatIsNotABooleanIsRefusedNamingTheFieldAndChangesNothing() {
        E2eWorld.Staff school = E2eWorld.staff(local, local.adminToken());
        RunningStack.Response refused = local.call("PATCH", "/me", school.tutor().token(), json(Map.of("reminders", "no")));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("reminders", refused.json().path("details").path(0).path("field").asText());
        assertTrue(local.call("GET", "/me", school.tutor().token(), null).json().get("reminders").asBoolean());
    }

    private static Mailbox.Email reminderTo(Tutor tutor) {
        List<Mailbox.Email> reminders = mailbox.to(tutor.email()).stream()
                .filter(email -> email.subject().startsWith("Induction records:")).toList();
        assertEquals(1, reminders.size(), reminders::toString);
        return reminders.get(0);
    }
}
