package org.inductionrecords.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.inductionrecords.core.induction.Actor;
import org.inductionrecords.core.induction.BulkService;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionService;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.induction.InductionStore;
import org.inductionrecords.core.validation.RequestBody;
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
 * the rows already there {@code unchanged}, new inductions and continued ones alike; and what bulk work and the
 * caseload cost in round trips. DynamoDB Local cannot crash on cue, so the one fake here is a store
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
     * The real store, except that from its Nth row write on (a registration or a continuation) every one fails, as
     * when the function is stopped (rows written in parallel before that stay written, whole). Every other method is
     * the real store's, forwarded as it is, so the fake needs no change when the store gains a method.
     */
    private static InductionStore crashingAt(InductionStore real, int crashAt) {
        AtomicInteger rowWrites = new AtomicInteger();
        return (InductionStore) Proxy.newProxyInstance(InductionStore.class.getClassLoader(),
                new Class<?>[] {InductionStore.class}, (proxy, method, args) -> {
                    if (Set.of("register", "continueInduction").contains(method.getName())
                            && rowWrites.incrementAndGet() >= crashAt) {
                        throw new IllegalStateException("the function was stopped here");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
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
                () -> service(crashingAt(real, 6)).register(coordinator, school.urn(), () -> csv));
        long before = inductionsOf(school.urn());
        assertTrue(before >= 1 && before <= 5, "at most the five rows the store took before the crash: " + before);

        BulkService.Result retried = service(real).register(coordinator, school.urn(), () -> csv);
        assertEquals(10 - before, retried.written());
        assertEquals(before, retried.unchanged());
        assertEquals(10, inductionsOf(school.urn()), "no duplicate");
        assertEquals(10, retried.items().stream().map(BulkService.Item::inductionId).distinct().count());
    }

    private static String row(String trn, String start, School at) {
        return trn + ",Bea,Teacher,1990-01-02,,NQT,,2021-06-01,1.0,".replace("2021-06-01", start)
                + at.tutor().email() + "\r\n";
    }

    @Test
    void givenTeachersWhoLeftAndAnUploadContinuingThemStoppedHalfWayThenTheRetryContinuesTheRestOnce() {
        // given four teachers registered at A who left on 2021-07-09
        School a = school();
        School b = school();
        InductionStore real = new InductionDynamoStore(dynamo, stack.tableName());
        InductionService single = new InductionService(real, Clock.systemUTC(), () -> UUID.randomUUID().toString());
        Actor atA = new Actor(a.coordinator(), Optional.empty());
        StringBuilder csv = new StringBuilder(HEADER);
        Map<String, String> inductionOf = new java.util.HashMap<>();
        for (int i = 0; i < 4; i++) {
            String trn = String.format("%07d", 1_000_000 + NEXT.incrementAndGet() % 9_000_000);
            String id = new BulkService(real, new BulkDynamoStore(dynamo, stack.tableName()), Clock.systemUTC(),
                    () -> UUID.randomUUID().toString()).register(atA, a.urn(), () -> HEADER + row(trn, "2021-06-01", a))
                    .items().get(0).inductionId();
            single.leave(atA, id, RequestBody.parse("{\"leaveDate\":\"2021-07-09\"}"));
            inductionOf.put(trn, id);
            csv.append(row(trn, "2021-08-02", b));
        }
        Actor atB = new Actor(b.coordinator(), Optional.empty());

        // when B's upload continuing them stops at its third write, then is retried
        assertThrows(IllegalStateException.class,
                () -> service(crashingAt(real, 3)).register(atB, b.urn(), csv::toString));
        long continuedBefore = inductionsOf(b.urn());
        BulkService.Result retried = service(real).register(atB, b.urn(), csv::toString);

        // then every one is the same induction, in progress at B, continued once
        assertTrue(continuedBefore >= 0 && continuedBefore <= 2, "at most the two writes before the crash");
        assertEquals(4 - continuedBefore, retried.written());
        assertEquals(continuedBefore, retried.unchanged());
        for (BulkService.Item item : retried.items()) {
            assertEquals(inductionOf.get(item.trn()), item.inductionId(), "the same induction");
            Induction continued = real.find(item.inductionId()).orElseThrow();
            assertEquals(InductionStatus.IN_PROGRESS, continued.status());
            assertEquals(b.urn(), continued.schoolUrn());
            assertEquals(2, continued.periods().size(), "one new period, not two");
        }
        assertEquals(4, inductionsOf(b.urn()));
        assertEquals(0, inductionsOf(a.urn()));
        BulkService.Result again = service(real).register(atB, b.urn(), csv::toString);
        assertEquals(0, again.written());
        assertEquals(4, again.unchanged());
    }

    /**
     * The caseload's deadline columns come from the term dates, read once for the export whatever the number of
     * inductions (docs/TABLE.md "Bulk work and exports"): one Query of the school, one of the term dates, the audit.
     */
    @Test
    void givenASchoolOfThreeInductionsThenItsCaseloadReadsTheTermDatesOnce() {
        School school = school();
        service(new InductionDynamoStore(dynamo, stack.tableName())).register(
                new Actor(school.coordinator(), Optional.empty()), school.urn(), () -> upload(school, 3));
        org.inductionrecords.core.induction.ExportService exports = new org.inductionrecords.core.induction.ExportService(
                new BulkDynamoStore(dynamo, stack.tableName()), new InductionDynamoStore(dynamo, stack.tableName()),
                new org.inductionrecords.store.TermDatesStore(dynamo, stack.tableName()), Clock.systemUTC());
        RoundTrips.reset();
        String csv = exports.caseload(new Actor(school.coordinator(), Optional.empty()), Optional.empty());
        assertEquals(4, csv.lines().count(), csv);
        assertEquals(Map.of("PutItem", 1, "Query", 2), RoundTrips.operationsOf("DynamoDb"));
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
