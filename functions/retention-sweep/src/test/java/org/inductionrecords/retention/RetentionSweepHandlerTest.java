package org.inductionrecords.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.user.User;
import org.inductionrecords.identity.CognitoLogins;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.InductionItems;
import org.inductionrecords.store.Keys;
import org.inductionrecords.store.RetentionTable;
import org.inductionrecords.store.UserItems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** RetentionSweepFunction against DynamoDB Local and cognito-local (docs/CONTRACT.md section 4). */
@Tag("emulators")
class RetentionSweepHandlerTest {

    /** An outcome on 18 July 2019 ends its retention on 18 July 2025. */
    private static final LocalDate OUTCOME = LocalDate.of(2019, 7, 18);
    private static final LocalDate ENDS = LocalDate.of(2025, 7, 18);

    /** What a reduced (passed or failed) induction item holds: the basic record and its list keys. */
    private static final Set<String> BASIC_RECORD_ATTRIBUTES = new TreeSet<>(Set.of(
            "pk", "sk", "type", "inductionId", "schoolUrn", "trn", "givenName", "familyName", "dateOfBirth",
            "programme", "startDate", "status", "outcome", "outcomeDate", "extensionTerms", "completionDate",
            "termsServed", "reducedAt", "legalHold", "version", "gsi1pk", "gsi1sk", "gsi3pk", "gsi3sk",
            // the AB's list across schools (gsi4, INDUCTIONS#REDUCED) still finds the basic record by status and name
            "gsi4pk", "gsi4sk"));

    private final World world = World.fresh();

    private RetentionSweepHandler handler() {
        return new RetentionSweepHandler(world.environment());
    }

    private JsonNode sweep(LocalDate day) {
        return Sweeps.invoke(handler(), Sweeps.scheduledOn(day, false));
    }

    private String status(Induction induction) {
        return world.induction(induction.inductionId()).get("status").s();
    }

    /** What the sweep printed to stdout while it ran (Lambda's log; EMF lines included). */
    private static List<String> printedBy(Runnable run) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("{\"_aws\"") && line.contains("\"RetentionSweepCompleted\"")).toList();
    }

    @Test
    void aCompleteSweepCountsOneRetentionSweepCompletedAndADryRunNone() {
        world.finished(World.newTrn(), InductionStatus.PASSED, OUTCOME, false);

        List<String> dryRun = printedBy(() -> Sweeps.invoke(handler(), Sweeps.scheduledOn(ENDS, true)));
        List<String> real = printedBy(() -> sweep(ENDS));

        assertEquals(List.of(), dryRun);
        assertEquals(1, real.size());
        assertEquals("[[]]", Json.tree(real.get(0)).at("/_aws/CloudWatchMetrics/0/Dimensions").toString());
    }

    @Test
    void dueOnItsEndDateAndAfterButNotTheDayBefore() {
        Induction endsTomorrow = world.finished(World.newTrn(), InductionStatus.PASSED, OUTCOME.plusDays(1), false);
        Induction endsToday = world.finished(World.newTrn(), InductionStatus.PASSED, OUTCOME, false);
        Induction endedYesterday = world.finished(World.newTrn(), InductionStatus.FAILED, OUTCOME.minusDays(1), false);

        JsonNode report = sweep(ENDS);

        assertEquals(Json.tree("""
                {"asOf":"2025-07-18","due":2,"reduced":2,"skippedLegalHold":0,"dryRun":false,"complete":true}"""),
                report);
        assertEquals("REDUCED", status(endsToday));
        assertEquals("REDUCED", status(endedYesterday));
        assertEquals("PASSED", status(endsTomorrow));

        assertEquals(1, sweep(ENDS.plusDays(1)).get("reduced").asInt());
        assertEquals("REDUCED", status(endsTomorrow));
    }

    @Test
    void theAsOfDateIsTheEventTimeAsALondonDate() {
        Induction endsToday = world.finished(World.newTrn(), InductionStatus.PASSED, OUTCOME, false);

        // 23:30 UTC on 17 July is 00:30 on 18 July in London (BST).
        JsonNode report = Sweeps.invoke(handler(), Sweeps.event("2025-07-17T23:30:00Z", false));

        assertEquals("2025-07-18", report.get("asOf").asText());
        assertEquals("REDUCED", status(endsToday));
    }

    @Test
    void aLeapDayOutcomeIsDueOnTwentyEighthFebruarySixYearsOn() {
        Induction leapDay = world.finished(World.newTrn(), InductionStatus.PASSED, LocalDate.of(2020, 2, 29), false);

        assertEquals(0, sweep(LocalDate.of(2026, 2, 27)).get("due").asInt());
        assertEquals("PASSED", status(leapDay));

        assertEquals(1, sweep(LocalDate.of(2026, 2, 28)).get("reduced").asInt());
        assertEquals("REDUCED", status(leapDay));
    }

    @Test
    void aDueInductionUnderLegalHoldIsSkippedCountedAndLeftWhole() {
        String trn = World.newTrn();
        Induction held = world.finished(trn, InductionStatus.PASSED, OUTCOME, true);
        world.assessments(held.inductionId(), 1, 2, 3);
        User teacher = world.nqtUser(trn, held.schoolUrn());
        Map<String, Map<String, AttributeValue>> before = world.allItems();

        JsonNode report = sweep(ENDS.plusYears(1));

        assertEquals(1, report.get("due").asInt());
        assertEquals(0, report.get("reduced").asInt());
        assertEquals(1, report.get("skippedLegalHold").asInt());
        assertEquals(before, world.allItems());
        assertTrue(world.loginExists(teacher.email()));
    }

    @Test
    void aDryRunReportsTheSameCountsAndChangesNothing() {
        String trn = World.newTrn();
        Induction due = world.finished(trn, InductionStatus.PASSED, OUTCOME, false);
        world.assessments(due.inductionId(), 1, 2, 3, 4, 5, 6);
        world.idempotencyRecord(due.inductionId(), "tutor-1");
        world.nqtUser(trn, due.schoolUrn());
        world.finished(World.newTrn(), InductionStatus.FAILED, OUTCOME, true);
        world.closed(World.newTrn(), OUTCOME.minusYears(1));
        world.finished(World.newTrn(), InductionStatus.PASSED, OUTCOME.plusDays(1), false);
        Map<String, Map<String, AttributeValue>> items = world.allItems();
        List<String> logins = world.logins();

        JsonNode dryRun = Sweeps.invoke(handler(), Sweeps.scheduledOn(ENDS, true));

        assertEquals(Json.tree("""
                {"asOf":"2025-07-18","due":3,"reduced":2,"skippedLegalHold":1,"dryRun":true,"complete":true}"""),
                dryRun);
        assertEquals(items, world.allItems());
        assertEquals(logins, world.logins());

        JsonNode real = sweep(ENDS);
        assertEquals(dryRun.get("due"), real.get("due"));
        assertEquals(dryRun.get("reduced"), real.get("reduced"));
        assertEquals(dryRun.get("skippedLegalHold"), real.get("skippedLegalHold"));
    }

    @Test
    void aReducedInductionKeepsOnlyTheBasicRecordAndEverythingElseAboutTheTeacherGoes() {
        String trn = World.newTrn();
        Induction passed = world.finished(trn, InductionStatus.PASSED, OUTCOME, false);
        world.assessments(passed.inductionId(), 1, 2, 3, 4, 5, 6);
        world.idempotencyRecord(passed.inductionId(), "tutor-1");
        User teacher = world.nqtUser(trn, passed.schoolUrn());
        User tutor = world.tutor(passed.schoolUrn());
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertEquals(1, sweep(ENDS).get("reduced").asInt());

        Map<String, AttributeValue> item = world.induction(passed.inductionId());
        assertEquals(BASIC_RECORD_ATTRIBUTES, new TreeSet<>(item.keySet()));
        assertEquals("REDUCED", item.get("status").s());
        assertEquals(trn, item.get("trn").s());
        assertEquals("Grace", item.get("givenName").s());
        assertEquals("Hopper", item.get("familyName").s());
        assertEquals("1994-12-09", item.get("dateOfBirth").s());
        assertEquals("100001", item.get("schoolUrn").s());
        assertEquals("ECT", item.get("programme").s());
        assertEquals("2017-09-01", item.get("startDate").s());
        assertEquals("PASSED", item.get("outcome").s());
        assertEquals("2019-07-18", item.get("outcomeDate").s());
        assertEquals("2019-07-18", item.get("completionDate").s());
        assertEquals("0.5", item.get("extensionTerms").n());
        assertEquals("6.5", item.get("termsServed").n());
        assertFalse(Instant.parse(item.get("reducedAt").s()).isBefore(before));
        assertEquals(List.of(item), world.partition(Keys.induction(passed.inductionId())),
                "assessments and idempotency records are gone");
        assertTrue(world.item(Keys.user(teacher.userId()), UserItems.SK).isEmpty());
        assertTrue(world.item(Keys.email(teacher.email()), "EMAIL").isEmpty());
        assertFalse(world.loginExists(teacher.email()));
        assertTrue(world.item(Keys.user(tutor.userId()), UserItems.SK).isPresent());
        assertTrue(world.loginExists(tutor.email()));

        List<Map<String, AttributeValue>> audit = world.audit("INDUCTION", passed.inductionId());
        assertEquals(1, audit.size());
        assertEquals("RETENTION_REDUCED", audit.get(0).get("action").s());
        assertEquals("RETENTION_SWEEP", audit.get(0).get("actorUserId").s());
        assertEquals(1, world.audit("USER", teacher.userId()).size());
        assertAuditHoldsNoPersonalData(audit.get(0));

        assertEquals(0, sweep(ENDS.plusDays(1)).get("due").asInt(), "out of the retention index");
    }

    private static void assertAuditHoldsNoPersonalData(Map<String, AttributeValue> event) {
        String text = event.toString();
        assertFalse(text.contains("Grace") || text.contains("Hopper") || text.contains("@") || text.contains("1994"),
                text);
    }

    @Test
    void theTeachersLoginStaysWhileAnotherOfTheirInductionsIsLive() {
        String trn = World.newTrn();
        Induction earlier = world.closed(trn, OUTCOME);
        Induction later = world.inProgress(trn, "100003");
        User teacher = world.nqtUser(trn, later.schoolUrn());

        assertEquals(1, sweep(ENDS).get("reduced").asInt());

        assertEquals("REDUCED", status(earlier));
        assertEquals("IN_PROGRESS", status(later));
        assertTrue(world.item(Keys.user(teacher.userId()), UserItems.SK).isPresent());
        assertTrue(world.loginExists(teacher.email()));
    }

    /**
     * A closed induction with an NQT user goes through every step: claim with terms served (1), deletes (2), login (3),
     * user record (4), rewrite (5). Whatever change the run crashes after, the next run completes it.
     */
    @ParameterizedTest(name = "crash after change {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aCrashAfterAnyStepIsCompletedByTheNextRunWithOneAuditEvent(int failAfter) {
        String trn = World.newTrn();
        Induction closed = world.closed(trn, OUTCOME);
        world.assessments(closed.inductionId(), 1, 2);
        world.idempotencyRecord(closed.inductionId(), "tutor-1");
        User teacher = world.nqtUser(trn, closed.schoolUrn());
        FaultAfter fault = new FaultAfter(failAfter);
        RetentionSweepHandler crashing = new RetentionSweepHandler(
                fault.records(new RetentionTable(world.dynamo, world.table)),
                fault.logins(new CognitoLogins(world.stack.emulators().cognito(), world.stack.userPoolId())),
                Clock.systemUTC());

        assertThrows(FaultAfter.InjectedFault.class,
                () -> Sweeps.invoke(crashing, Sweeps.scheduledOn(ENDS, false)));
        assertEquals(List.of("claim", "deleteAssessmentsAndIdempotencyRecords", "logins.delete",
                "removeTeacherUser", "rewriteAsBasicRecord").subList(0, failAfter), fault.changes());

        JsonNode rerun = sweep(ENDS);

        assertEquals(failAfter == 5 ? 0 : 1, rerun.get("reduced").asInt());
        Map<String, AttributeValue> item = world.induction(closed.inductionId());
        assertEquals("REDUCED", item.get("status").s());
        assertEquals("2", item.get("termsServed").n(), "counted before the assessments went");
        assertFalse(item.containsKey(InductionItems.REDUCTION_STARTED), "the claim's marker goes with the rewrite");
        assertEquals(List.of(item), world.partition(Keys.induction(closed.inductionId())));
        assertTrue(world.item(Keys.user(teacher.userId()), UserItems.SK).isEmpty());
        assertTrue(world.item(Keys.email(teacher.email()), "EMAIL").isEmpty());
        assertFalse(world.loginExists(teacher.email()));
        assertEquals(1, world.audit("INDUCTION", closed.inductionId()).size());
        assertEquals(1, world.audit("USER", teacher.userId()).size());
        assertEquals(0, sweep(ENDS.plusDays(1)).get("due").asInt());
    }

    @Test
    void aLegalHoldPlacedWhileTheSweepRunsStopsItBeforeAnythingIsDeleted() {
        String trn = World.newTrn();
        Induction passed = world.finished(trn, InductionStatus.PASSED, OUTCOME, false);
        world.assessments(passed.inductionId(), 1, 2, 3);
        User teacher = world.nqtUser(trn, passed.schoolUrn());
        // An AB admin places the hold after the sweep's read of the induction, before its claim.
        FaultAfter race = new FaultAfter(0).beforeClaim(() -> world.put(InductionItems.toItem(
                passed.withLegalHold(true, java.util.Optional.of("Subject access request under review")))));
        RetentionSweepHandler racing = new RetentionSweepHandler(
                race.records(new RetentionTable(world.dynamo, world.table)),
                race.logins(new CognitoLogins(world.stack.emulators().cognito(), world.stack.userPoolId())),
                Clock.systemUTC());

        JsonNode report = Sweeps.invoke(racing, Sweeps.scheduledOn(ENDS, false));

        assertEquals(0, report.get("reduced").asInt());
        assertEquals(List.of("claim"), race.changes(), "refused claim, then nothing");
        assertEquals(4, world.partition(Keys.induction(passed.inductionId())).size(), "induction and 3 assessments");
        assertTrue(world.loginExists(teacher.email()));
        JsonNode next = sweep(ENDS);
        assertEquals(1, next.get("skippedLegalHold").asInt());
        assertEquals(0, next.get("reduced").asInt());
    }

    @Test
    void anEventMoreThanADayAheadIsRefusedAndChangesNothing() {
        world.finished(World.newTrn(), InductionStatus.PASSED, OUTCOME, false);
        Map<String, Map<String, AttributeValue>> before = world.allItems();
        String tooFar = Instant.now().plus(25, ChronoUnit.HOURS).toString();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Sweeps.invoke(handler(), Sweeps.event(tooFar, false)));

        assertTrue(refused.getMessage().contains("24 hours"), refused.getMessage());
        assertEquals(before, world.allItems());
    }

    @Test
    void anEventWithinADayAheadIsAccepted() {
        String soon = Instant.now().plus(23, ChronoUnit.HOURS).toString();

        JsonNode report = Sweeps.invoke(handler(), Sweeps.event(soon, true));

        assertTrue(report.get("dryRun").asBoolean());
    }

    @Test
    void aDryRunFlagThatIsNotABooleanIsRefusedRatherThanTakenAsARealRun() {
        world.finished(World.newTrn(), InductionStatus.PASSED, OUTCOME, false);
        Map<String, Map<String, AttributeValue>> before = world.allItems();
        String event = Sweeps.scheduledOn(ENDS, true).replace("\"dryRun\":true", "\"dryRun\":\"yes\"");

        assertThrows(IllegalArgumentException.class, () -> Sweeps.invoke(handler(), event));
        assertEquals(before, world.allItems());
    }

    @Test
    void aRunShortOfTimeStopsCleanlyAndTheNextRunFinishes() {
        List<Induction> due = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            due.add(world.finished(World.newTrn(), InductionStatus.PASSED, OUTCOME.minusDays(i), false));
        }

        JsonNode first = Sweeps.invoke(handler(), Sweeps.scheduledOn(ENDS, false), BudgetContext.allowing(2));

        assertEquals(2, first.get("reduced").asInt());
        assertFalse(first.get("complete").asBoolean());
        JsonNode second = Sweeps.invoke(handler(), Sweeps.scheduledOn(ENDS, false), BudgetContext.allowing(100));
        assertEquals(1, second.get("reduced").asInt());
        assertTrue(second.get("complete").asBoolean());
        due.forEach(induction -> assertEquals("REDUCED", status(induction)));
    }

    @Test
    void aBacklogLongerThanOneIndexPageDrainsInOneRun() {
        for (int i = 0; i < 130; i++) {
            world.finished(World.newTrn(), InductionStatus.PASSED, OUTCOME.minusDays(i % 40), false);
        }

        JsonNode report = sweep(ENDS);

        assertEquals(130, report.get("reduced").asInt());
        assertEquals(0, sweep(ENDS).get("due").asInt());
    }
}
