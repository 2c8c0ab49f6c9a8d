package org.inductionrecords.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inductionrecords.core.metrics.EmbeddedMetrics;
import org.inductionrecords.core.reminder.ReminderPorts;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Mailbox;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.ReminderStore;
import org.inductionrecords.testing.RoundTrips;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** ReminderFunction against DynamoDB Local and the local mailbox (aws-ses-v2-local), through its real handler. */
@Tag("emulators")
class ReminderFunctionTest {

    private static JsonNode invoke(ReminderHandler handler, Instant time, boolean dryRun) throws Exception {
        String event = "{\"detail-type\":\"Scheduled Event\",\"source\":\"aws.scheduler\",\"time\":\"" + time
                + "\",\"detail\":{\"dryRun\":" + dryRun + "}}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.mapper().readTree(out.toByteArray());
    }

    private record Seeded(ReminderWorld world, User tutorA, User tutorB, User suspended, User optedOut) {
    }

    /**
     * Two schools: Ashby's tutor with an overdue term-1 review of Nia Newton; Birchwood's tutor with one of Bob
     * Baker; a suspended tutor and one with reminders off, each with an overdue review too.
     */
    private static Seeded seeded() {
        ReminderWorld world = ReminderWorld.fresh();
        world.school("100001");
        world.school("100002");
        User tutorA = world.user("100001", Role.INDUCTION_TUTOR, "Tara Tutor", UserStatus.ACTIVE, true);
        User tutorB = world.user("100002", Role.INDUCTION_TUTOR, "Ben Tutor", UserStatus.ACTIVE, true);
        User suspended = world.user("100001", Role.INDUCTION_TUTOR, "Sam Gone", UserStatus.SUSPENDED, true);
        User optedOut = world.user("100001", Role.INDUCTION_TUTOR, "Olly Quiet", UserStatus.ACTIVE, false);
        world.user("100001", Role.INDUCTION_COORDINATOR, "Cora Coordinator", UserStatus.ACTIVE, true);
        world.induction("100001", tutorA, "Nia Newton");
        world.induction("100002", tutorB, "Bob Baker");
        world.induction("100001", suspended, "Sid Suspended");
        world.induction("100001", optedOut, "Ola Optout");
        return new Seeded(world, tutorA, tutorB, suspended, optedOut);
    }

    @Test
    void aDryRunCountsWhoWouldBeRemindedAndSendsNothing() throws Exception {
        // given two tutors with an overdue review each
        Seeded s = seeded();
        // when the day's event runs as a dry run
        JsonNode answer = invoke(s.world().handler(), ReminderWorld.FIRST_DAY_OVERDUE, true);
        // then it counts them and nothing reaches the mailbox
        assertEquals("2026-01-08", answer.get("asOf").asText());
        assertEquals(3, answer.get("users").asInt(), "the active users with reminders on");
        assertEquals(2, answer.get("due").asInt());
        assertEquals(0, answer.get("emailsSent").asInt());
        assertTrue(answer.get("dryRun").asBoolean());
        assertEquals(List.of(), s.world().mailbox.to(s.tutorA().email()));
        assertEquals(List.of(), s.world().mailbox.to(s.tutorB().email()));
    }

    @Test
    void theDailyRunEmailsEachTutorTheirOwnOverdueTeacherOnlyAndTheSameEventAgainSendsNothing() throws Exception {
        // given Ashby's tutor and Birchwood's tutor, each with an overdue review of their own teacher
        Seeded s = seeded();
        Mailbox mailbox = s.world().mailbox;
        // when the day's event runs
        JsonNode first = invoke(s.world().handler(), ReminderWorld.FIRST_DAY_OVERDUE, false);
        // then each gets one email naming their own teacher and never the other school's
        assertEquals(2, first.get("emailsSent").asInt(), first.toString());
        assertEquals(0, first.get("alreadySent").asInt());
        List<Mailbox.Email> toA = mailbox.to(s.tutorA().email());
        assertEquals(1, toA.size());
        Mailbox.Email email = toA.get(0);
        assertEquals(Emulators.LOCAL_MAIL_FROM, email.from());
        assertTrue(email.text().contains("Nia Newton"), email.text());
        assertTrue(email.text().contains("OVERDUE since Wednesday 7 January 2026"), email.text());
        assertTrue(email.text().contains(s.world().environment().get("WEB_URL")), "links to the web front end");
        assertTrue(email.text().contains("To stop them"), "says how to stop reminders");
        assertFalse(email.text().contains("Bob Baker"), email.text());
        List<Mailbox.Email> toB = mailbox.to(s.tutorB().email());
        assertEquals(1, toB.size());
        assertTrue(toB.get(0).text().contains("Bob Baker"));
        assertFalse(toB.get(0).text().contains("Nia Newton"), "another school's tutor never sees that teacher");
        // and the suspended tutor and the one who turned reminders off get nothing
        assertEquals(List.of(), mailbox.to(s.suspended().email()));
        assertEquals(List.of(), mailbox.to(s.optedOut().email()));

        // when the same event comes again (a retry, or a second run)
        JsonNode again = invoke(s.world().handler(), ReminderWorld.FIRST_DAY_OVERDUE, false);
        // then nothing more is sent, and what was is counted
        assertEquals(0, again.get("emailsSent").asInt());
        assertEquals(2, again.get("alreadySent").asInt());
        assertEquals(1, mailbox.to(s.tutorA().email()).size());
    }

    @Test
    void anOverdueTaskIsRemindedOnTheFirstDayOverdueThenOnMondaysOnly() throws Exception {
        // given a tutor whose review fell due on Wednesday 7 January 2026
        Seeded s = seeded();
        // when the runs of Friday 9 and Monday 12 January come
        JsonNode friday = invoke(s.world().handler(), Instant.parse("2026-01-09T07:00:00Z"), false);
        JsonNode monday = invoke(s.world().handler(), Instant.parse("2026-01-12T07:00:00Z"), false);
        // then Friday sends nothing and Monday reminds again
        assertEquals(0, friday.get("due").asInt());
        assertEquals(2, monday.get("emailsSent").asInt());
        assertEquals(1, s.world().mailbox.to(s.tutorA().email()).size());
    }

    @Test
    void aCrashBetweenTheSendAndItsMarkerNeverSendsTwiceAndIsReportedOnEveryLaterRun() throws Exception {
        // given a run whose process dies right after SES accepted the first email (the fault: the confirmation
        // write never happens)
        Seeded s = seeded();
        Map<String, String> env = s.world().environment();
        ReminderStore store = new ReminderStore(DynamoClients.create(), env.get("TABLE_NAME"), Clock.systemUTC());
        ReminderPorts.Markers crashing = new ReminderPorts.Markers() {
            @Override
            public ReminderPorts.Claim claim(String userId, LocalDate day) {
                return store.claim(userId, day);
            }

            @Override
            public void confirm(String userId, LocalDate day, String messageId) {
                throw new IllegalStateException("injected: the function died after the send");
            }

            @Override
            public void release(String userId, LocalDate day) {
                store.release(userId, day);
            }
        };
        ReminderHandler dying = handler(env, store, crashing, SesMailer.create(env.get("MAIL_FROM")));
        assertThrows(IllegalStateException.class, () -> invoke(dying, ReminderWorld.FIRST_DAY_OVERDUE, false));
        int sentBeforeTheCrash = s.world().mailbox.to(s.tutorA().email()).size()
                + s.world().mailbox.to(s.tutorB().email()).size();
        assertEquals(1, sentBeforeTheCrash, "one email went out, its marker was never confirmed");

        // when the scheduler retries with the real function
        ByteArrayOutputStream metrics = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        JsonNode retry;
        System.setOut(new PrintStream(metrics, true, StandardCharsets.UTF_8));
        try {
            retry = invoke(s.world().handler(), ReminderWorld.FIRST_DAY_OVERDUE, false);
        } finally {
            System.setOut(stdout);
        }
        // then the other tutor gets theirs, the crashed one is not sent again but counted, logged and alarmed
        assertEquals(1, retry.get("emailsSent").asInt(), retry.toString());
        assertEquals(1, retry.get("unconfirmed").asInt());
        assertEquals(1, s.world().mailbox.to(s.tutorA().email()).size());
        assertEquals(1, s.world().mailbox.to(s.tutorB().email()).size());
        String printed = metrics.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("\"ReminderUnconfirmed\":1"), printed);
        assertTrue(printed.contains("\"unconfirmedUserIds\""), printed);
    }

    @Test
    void aRefusalBySesWithdrawsTheClaimSoTheRetrySends() throws Exception {
        // given SES refusing the first message (the fault) and accepting the rest
        Seeded s = seeded();
        Map<String, String> env = s.world().environment();
        ReminderStore store = new ReminderStore(DynamoClients.create(), env.get("TABLE_NAME"), Clock.systemUTC());
        SesMailer ses = SesMailer.create(env.get("MAIL_FROM"));
        boolean[] refusedOnce = {false};
        ReminderPorts.Mailer refusingOnce = digest -> {
            if (!refusedOnce[0]) {
                refusedOnce[0] = true;
                throw new ReminderPorts.MailRefused("injected: throttled", null);
            }
            return ses.send(digest);
        };
        // when the run meets the refusal, it fails after dealing with everyone else
        assertThrows(IllegalStateException.class,
                () -> invoke(handler(env, store, store, refusingOnce), ReminderWorld.FIRST_DAY_OVERDUE, false));
        // then the retry sends the refused one, and nobody gets two
        JsonNode retry = invoke(s.world().handler(), ReminderWorld.FIRST_DAY_OVERDUE, false);
        assertEquals(1, retry.get("emailsSent").asInt());
        assertEquals(1, retry.get("alreadySent").asInt());
        assertEquals(1, s.world().mailbox.to(s.tutorA().email()).size());
        assertEquals(1, s.world().mailbox.to(s.tutorB().email()).size());
    }

    @Test
    void anEventMoreThanADayAheadIsRefused() {
        ReminderWorld world = ReminderWorld.fresh();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> invoke(world.handler(), Instant.now().plusSeconds(25 * 3600), false));
        assertTrue(refused.getMessage().contains("24 hours"), refused.getMessage());
    }

    @Test
    void theRunReadsTheUsersIndexPerSchoolAndWritesTwiceAndSendsOncePerEmail() throws Exception {
        // given the two schools
        Seeded s = seeded();
        RoundTrips.reset();
        // when the day's run goes
        invoke(s.world().handler(), ReminderWorld.FIRST_DAY_OVERDUE, false);
        // then: 1 schools query + 2 users queries + 1 admins query + the term dates once for the run, then each
        // user's task list with GET /tasks's own queries but the term dates (a tutor 2: its inductions, the school's
        // queue; a coordinator 2: the school's users and its interim queue), and per email
        // one GetItem for the teacher's name, a claim and a confirmation; one SES call per email
        Map<String, Integer> dynamo = RoundTrips.operationsOf("DynamoDb");
        assertEquals(Map.of("GetItem", 2, "PutItem", 2, "Query", 12, "UpdateItem", 2), dynamo, dynamo.toString());
        assertEquals(2, RoundTrips.of("SesV2"), RoundTrips.counts().toString());
    }

    private static ReminderHandler handler(Map<String, String> env, ReminderStore recipients,
                                           ReminderPorts.Markers markers, ReminderPorts.Mailer mailer) {
        var dynamo = DynamoClients.create();
        return new ReminderHandler(recipients,
                TaskListTasks.on(dynamo, env.get("TABLE_NAME")),
                markers, mailer, env.get("WEB_URL"), Clock.systemUTC(), EmbeddedMetrics.of(Map.of()));
    }
}
