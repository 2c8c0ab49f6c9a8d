package org.inductionrecords.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.induction.Actor;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.BulkService;
import org.inductionrecords.core.induction.IdempotentRequest;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionAccessPolicy;
import org.inductionrecords.core.induction.InductionStore;
import org.inductionrecords.core.induction.InductionFilter;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.induction.OutcomeRules;
import org.inductionrecords.core.induction.StoredResponse;
import org.inductionrecords.core.induction.Submission;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.store.BulkDynamoStore;
import org.inductionrecords.store.EmailItems;
import org.inductionrecords.store.InductionDynamoStore;
import org.inductionrecords.store.Keys;
import org.inductionrecords.store.UserItems;
import org.inductionrecords.testing.RoundTrips;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A bulk registration that dies half-way (docs/TABLE.md "Bulk work and exports"), on DynamoDB Local: the rows
 * written before the crash are whole, and the same upload retried records the rest with no duplicate, counting
 * the rows already there {@code unchanged}. DynamoDB Local cannot crash on cue, so the one fake here is a store
 * that fails its Nth registration and otherwise is the real one.
 */
@Tag("emulators")
class BulkRetryTest {

    private static final String HEADER = "TRN,Given name,Family name,Date of birth,Email,Programme,"
            + "Training programme,Start date,FTE,Tutor email\r\n";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private static Stack stack;
    private static DynamoDbClient dynamo;

    @BeforeAll
    static void aTable() {
        Emulators emulators = Emulators.shared();
        stack = emulators.createStack("bulk-retry");
        dynamo = emulators.dynamoDb();
    }

    /**
     * The store as it is until its Nth registration; from then on every registration fails, as when the function
     * is stopped (rows written in parallel before that stay written, whole).
     */
    private static final class CrashingStore implements InductionStore {
        private final InductionStore real;
        private final int crashAt;
        private final AtomicInteger registrations = new AtomicInteger();

        CrashingStore(InductionStore real, int crashAt) {
            this.real = real;
            this.crashAt = crashAt;
        }

        @Override
        public void register(Induction induction, AuditEvent event) {
            if (registrations.incrementAndGet() >= crashAt) {
                throw new IllegalStateException("the function was stopped here");
            }
            real.register(induction, event);
        }

        @Override public Optional<User> findUser(String userId) { return real.findUser(userId); }
        @Override public Optional<java.time.LocalDate> heldDateOfBirth(String trn) { return real.heldDateOfBirth(trn); }
        @Override public Optional<Induction> find(String inductionId) { return real.find(inductionId); }
        @Override public Page<Induction> list(InductionAccessPolicy.ListScope scope, Optional<String> nextToken, int limit) {
            return real.list(scope, nextToken, limit);
        }
        @Override public Submission submit(Induction updated, long readVersion, Assessment assessment,
                                           Optional<IdempotentRequest> idempotency, StoredResponse response, AuditEvent event) {
            return real.submit(updated, readVersion, assessment, idempotency, response, event);
        }
        @Override public Optional<Submission> answeredBefore(String inductionId, IdempotentRequest request, Instant now) {
            return real.answeredBefore(inductionId, request, now);
        }
        @Override public InductionAndAssessment findAssessment(String inductionId, String assessmentId) {
            return real.findAssessment(inductionId, assessmentId);
        }
        @Override public Page<Assessment> listAssessments(String inductionId, Optional<String> nextToken, int limit) {
            return real.listAssessments(inductionId, nextToken, limit);
        }
        @Override public void changeAssessment(AssessmentChange change, AuditEvent event) {
            real.changeAssessment(change, event);
        }
        @Override public List<Assessment> earlierVersions(String inductionId, String assessmentId) {
            return real.earlierVersions(inductionId, assessmentId);
        }
        @Override public RegistrationReads registrationReads(String tutorUserId, String trn) {
            return real.registrationReads(tutorUserId, trn);
        }
        @Override public List<TermDates> termDates() { return real.termDates(); }
        @Override public void continueInduction(Induction continued, long readVersion, Optional<String> formerSchool,
                                                java.time.LocalDate leftOn, Optional<String> loginUserId,
                                                AuditEvent event, Optional<AuditEvent> loginEvent) {
            real.continueInduction(continued, readVersion, formerSchool, leftOn, loginUserId, event, loginEvent);
        }
        @Override public void changePlacement(Induction updated, long expectedVersion, Optional<String> newTutorUserId,
                                              AuditEvent event) {
            real.changePlacement(updated, expectedVersion, newTutorUserId, event);
        }
        @Override public void close(Induction closed, long expectedVersion, AuditEvent event) {
            real.close(closed, expectedVersion, event);
        }
        @Override public Page<Induction> listAcross(InductionFilter filter, Optional<String> nextToken, int limit) {
            return real.listAcross(filter, nextToken, limit);
        }
        @Override public void recordOutcome(OutcomeRules.Plan plan, long expectedVersion, AuditEvent event) {
            real.recordOutcome(plan, expectedVersion, event);
        }
        @Override public void updateInduction(Induction updated, long expectedVersion, AuditEvent event) {
            real.updateInduction(updated, expectedVersion, event);
        }
        @Override public void audit(AuditEvent event) { real.audit(event); }
    }

    private record School(String urn, User coordinator, User tutor) {
    }

    private static School school() {
        String urn = String.format("%06d", 100_000 + NEXT.incrementAndGet() % 900_000);
        dynamo.putItem(b -> b.tableName(stack.tableName()).item(Map.of(
                Keys.PK, AttributeValue.fromS(Keys.school(urn)), Keys.SK, AttributeValue.fromS("SCHOOL"),
                Keys.TYPE, AttributeValue.fromS("SCHOOL"), "urn", AttributeValue.fromS(urn),
                "name", AttributeValue.fromS("School " + urn),
                Keys.GSI1_PK, AttributeValue.fromS("SCHOOLS"), Keys.GSI1_SK, AttributeValue.fromS(urn))));
        return new School(urn, user(Role.INDUCTION_COORDINATOR, urn), user(Role.INDUCTION_TUTOR, urn));
    }

    private static User user(Role role, String urn) {
        String id = UUID.randomUUID().toString();
        User user = new User(id, id.substring(0, 8) + "@example.org", "Given", "Family", role, Optional.of(urn),
                Optional.empty(), UserStatus.ACTIVE);
        dynamo.putItem(b -> b.tableName(stack.tableName()).item(UserItems.toItem(user)));
        dynamo.putItem(b -> b.tableName(stack.tableName()).item(EmailItems.toItem(user.email(), id)));
        return user;
    }

    private static String upload(School school, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            String trn = String.format("%07d", 1_000_000 + NEXT.incrementAndGet() % 9_000_000);
            csv.append(trn).append(",Bea,Teacher").append(i).append(",1990-01-02,,NQT,,2021-06-01,1.0,")
                    .append(school.tutor().email()).append("\r\n");
        }
        return csv.toString();
    }

    private static BulkService service(InductionStore store) {
        return new BulkService(store, new BulkDynamoStore(dynamo, stack.tableName()), Clock.systemUTC(),
                () -> UUID.randomUUID().toString());
    }

    private static long inductionsOf(String urn) {
        return new BulkDynamoStore(dynamo, stack.tableName()).inductionsOfSchool(urn).size();
    }

    @Test
    void givenAnUploadStoppedAtItsSixthWriteThenTheSameUploadRetriedRecordsTheRestWithNoDuplicate() {
        School school = school();
        String csv = upload(school, 10);
        Actor coordinator = new Actor(school.coordinator(), Optional.empty());
        InductionStore real = new InductionDynamoStore(dynamo, stack.tableName());

        assertThrows(IllegalStateException.class,
                () -> service(new CrashingStore(real, 6)).register(coordinator, school.urn(), () -> csv));
        long before = inductionsOf(school.urn());
        assertTrue(before >= 1 && before <= 5, "at most the five rows the store took before the crash: " + before);

        BulkService.Result retried = service(real).register(coordinator, school.urn(), () -> csv);
        assertEquals(10 - before, retried.written());
        assertEquals(before, retried.unchanged());
        assertEquals(10, inductionsOf(school.urn()), "no duplicate");
        assertEquals(10, retried.items().stream().map(BulkService.Item::inductionId).distinct().count());
    }

    /** docs/PERFORMANCE.md "Bulk work": a 1,000-row upload's time and DynamoDB round trips, on DynamoDB Local. */
    @Test
    void givenAThousandRowsThenTheyAreRecordedInOneRequestWithTheRoundTripsCounted() {
        School school = school();
        String csv = upload(school, 1_000);
        assertTrue(csv.length() < 100 * 1024, "the contract's 100 KB holds 1,000 rows: " + csv.length());
        Actor coordinator = new Actor(school.coordinator(), Optional.empty());
        RoundTrips.reset();
        long start = System.nanoTime();
        BulkService.Result result = service(new InductionDynamoStore(dynamo, stack.tableName()))
                .register(coordinator, school.urn(), () -> csv);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1_000, result.written());
        Map<String, Integer> trips = RoundTrips.operationsOf("DynamoDb");
        System.out.println("BULK 1000 rows: " + millis + " ms, bytes " + csv.length() + ", round trips " + trips);
        assertEquals(1_000, trips.get("TransactWriteItems"), trips.toString());
    }

    /**
     * docs/PERFORMANCE.md "Bulk work": the caseload of 10,000 inductions (items put directly, by batch), its time,
     * bytes and the heap it took; it must fit a Lambda response (6 MB) with room to spare.
     */
    @Test
    void givenTenThousandInductionsThenTheCaseloadFitsALambdaResponse() {
        School school = school();
        java.util.List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String trn = String.format("%07d", 1_000_000 + i);
            Induction induction = Induction.register(UUID.randomUUID().toString(), school.urn(),
                    new org.inductionrecords.core.induction.Teacher(trn, "Given" + i, "Family-name " + i,
                            java.time.LocalDate.of(1990, 1, 2), Optional.of("t" + i + "@example.org")),
                    org.inductionrecords.core.induction.Programme.ECT, java.time.LocalDate.of(2025, 9, 1),
                    java.math.BigDecimal.ONE, school.tutor().userId());
            batch.add(software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder().putRequest(p -> p
                    .item(org.inductionrecords.store.InductionItems.toItem(induction))).build());
            if (batch.size() == org.inductionrecords.store.Batches.MAX_WRITE) {
                org.inductionrecords.store.Batches.writeAll(dynamo, stack.tableName(), batch);
                batch.clear();
            }
        }
        org.inductionrecords.core.induction.ExportService exports = new org.inductionrecords.core.induction.ExportService(
                new BulkDynamoStore(dynamo, stack.tableName()), new InductionDynamoStore(dynamo, stack.tableName()),
                new org.inductionrecords.store.TermDatesStore(dynamo, stack.tableName()), Clock.systemUTC());
        User admin = new User("bench-admin", "a@example.org", "A", "B", Role.AB_ADMIN, Optional.empty(),
                Optional.empty(), UserStatus.ACTIVE);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        RoundTrips.reset();
        long start = System.nanoTime();
        String csv = exports.caseload(new Actor(admin, Optional.empty()), Optional.of(school.urn()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        int bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        System.out.println("CASELOAD 10000: " + millis + " ms, " + bytes + " bytes, heap +" + (heapAfter - heapBefore) / 1024 / 1024
                + " MB (without GC), round trips " + RoundTrips.operationsOf("DynamoDb"));
        assertEquals(10_001, csv.lines().count());
        assertTrue(bytes < 6 * 1024 * 1024 * 3 / 4, "a Lambda response is at most 6 MB, base64 or not: " + bytes);
    }
}
