package org.inductionrecords.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Teacher;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** A data subject's items against DynamoDB Local: found by TRN only, and a rectification writes whole or not at all. */
@Tag("emulators")
class SubjectDynamoStoreTest {

    private static Stack stack;
    private static DynamoDbClient dynamo;
    private static SubjectDynamoStore store;

    @BeforeAll
    static void setUp() {
        stack = Emulators.shared().createStack("subject-store-test");
        dynamo = DynamoClients.create();
        store = new SubjectDynamoStore(dynamo, stack.tableName());
    }

    private static Induction induction(String id, String trn, String urn) {
        return Induction.register(id, urn, new Teacher(trn, "Ada", "Lovelace", LocalDate.of(1995, 1, 1),
                Optional.of(id + "@example.org")), Programme.ECT, LocalDate.of(2024, 9, 2), BigDecimal.ONE, "tutor-" + urn);
    }

    /** The same induction with the teacher's family name rectified to King, as the service would write it. */
    private static Induction renamedKing(Induction read) {
        return new Induction(read.inductionId(), read.schoolUrn(), new Teacher(read.teacher().trn(), "Ada", "King",
                read.teacher().dateOfBirth(), read.teacher().email()), read.programme(), read.startDate(), read.fte(),
                read.tutorUserId(), read.status(), read.outcome(), read.outcomeDate(), read.extensionTerms(),
                read.legalHold(), read.legalHoldReason(), read.closedDate(), read.retentionEnds(), read.completionDate(),
                read.termsServed(), read.reducedAt(), read.version() + 1);
    }

    private static User nqt(String id, String trn) {
        return new User(id, id + "@example.org", "Ada", "Lovelace", Role.NQT, Optional.of("100001"), Optional.of(trn),
                UserStatus.ACTIVE);
    }

    private static void put(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        dynamo.putItem(b -> b.tableName(stack.tableName()).item(item));
    }

    private static AuditEvent event(String type, String id) {
        return AuditEvent.of(Instant.parse("2026-11-22T10:00:00Z"), "actor-1", "TEST", type, id,
                Optional.of("192.0.2.1"), Map.of("schoolUrn", "100001"));
    }

    private static int items() {
        return dynamo.scan(b -> b.tableName(stack.tableName()).select(Select.COUNT).consistentRead(true)).count();
    }

    @Test
    void aTeachersItemsAreFoundByTrnAndNoOneElses() {
        put(InductionItems.toItem(induction("find-1", "1000001", "100001")));
        put(InductionItems.toItem(induction("find-2", "1000001", "100002")));
        put(InductionItems.toItem(induction("find-3", "1000002", "100001")));
        put(UserItems.toItem(nqt("user-find", "1000001")));
        AuditEvent written = event("INDUCTION", "find-1");
        put(AuditItems.toItem(written));

        assertEquals(Set.of("find-1", "find-2"), store.teacher("1000001").inductions().stream()
                .map(Induction::inductionId).collect(Collectors.toSet()));
        assertEquals(Optional.of("user-find"), store.teacher("1000001").user().map(User::userId));
        assertEquals(Optional.empty(), store.teacher("1000002").user());
        assertEquals(List.of(written), store.auditTrail("INDUCTION", "find-1"));
        assertEquals(List.of(), store.auditTrail("INDUCTION", "find-3"));
    }

    @Test
    void aRectificationFromAStaleReadWritesNothing() {
        Induction read = induction("stale-1", "1000003", "100001");
        put(InductionItems.toItem(read));
        put(InductionItems.toItem(read.withLegalHold(true, Optional.of("claim"))));   // changed meanwhile: version 2
        int before = items();
        Induction renamed = renamedKing(read);

        assertThrows(Conflict.class, () -> store.rectify(List.of(read), List.of(renamed), Optional.empty(),
                List.of(event("INDUCTION", "stale-1"))));

        assertEquals(before, items(), "no audit event without its change");
        assertEquals("Lovelace", store.teacher("1000003").inductions().get(0).teacher().familyName());
    }

    @Test
    void aRectificationWhileTheRetentionSweepReducesTheInductionIsRefusedAndKeepsItsMarker() {
        // given an induction the sweep has claimed (its marker set) and not yet rewritten
        Induction read = induction("reducing-1", "1000005", "100001");
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> claimed =
                new java.util.HashMap<>(InductionItems.toItem(read));
        claimed.put(InductionItems.REDUCTION_STARTED,
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(true));
        put(claimed);
        int before = items();
        Induction renamed = renamedKing(read);

        // when the teacher's name is rectified, then it is refused saying why, and nothing was written
        Conflict refused = assertThrows(Conflict.class, () -> store.rectify(List.of(read), List.of(renamed),
                Optional.empty(), List.of(event("INDUCTION", "reducing-1"))));

        assertTrue(refused.getMessage().contains("being reduced"), refused.getMessage());
        assertEquals(before, items(), "no audit event without its change");
        assertEquals(claimed, dynamo.getItem(b -> b.tableName(stack.tableName()).key(InductionItems.key("reducing-1"))
                .consistentRead(true)).item());
    }

    @Test
    void aRectificationRenamesTheUserWithoutUndoingItsSuspension() {
        Induction read = induction("rename-1", "1000004", "100001");
        put(InductionItems.toItem(read));
        User user = nqt("user-rename", "1000004");
        put(UserItems.toItem(user));
        put(UserItems.toItem(user.withStatus(UserStatus.SUSPENDED)));   // suspended after the rectification read it
        Induction renamed = induction("rename-1", "1000004", "100001");
        renamed = new Induction(renamed.inductionId(), renamed.schoolUrn(), new Teacher("1000004", "Augusta", "Lovelace",
                renamed.teacher().dateOfBirth(), renamed.teacher().email()), renamed.programme(), renamed.startDate(),
                renamed.fte(), renamed.tutorUserId(), renamed.status(), renamed.outcome(), renamed.outcomeDate(),
                renamed.extensionTerms(), renamed.legalHold(), renamed.legalHoldReason(), renamed.closedDate(),
                renamed.retentionEnds(), renamed.completionDate(), renamed.termsServed(), renamed.reducedAt(), 2);
        User renamedUser = new User(user.userId(), user.email(), "Augusta", "Lovelace", user.role(), user.schoolUrn(),
                user.trn(), user.status());

        store.rectify(List.of(read), List.of(renamed), Optional.of(renamedUser),
                List.of(event("INDUCTION", "rename-1"), event("USER", "user-rename")));

        assertEquals("Augusta", store.teacher("1000004").inductions().get(0).teacher().givenName());
        User now = store.teacher("1000004").user().orElseThrow();
        assertEquals("Augusta", now.givenName());
        assertEquals(UserStatus.SUSPENDED, now.status());
        assertEquals(1, store.auditTrail("USER", "user-rename").size());
    }
}
