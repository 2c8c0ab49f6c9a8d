package org.inductionrecords.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.user.DirectoryView;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.School;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** The user and school items against DynamoDB Local: conditions that make races and repeats fail whole. */
@Tag("emulators")
class UserStoreTest {

    private static Stack stack;
    private static UserStore store;

    @BeforeAll
    static void setUp() {
        stack = Emulators.shared().createStack("user-store-test");
        store = new UserStore(DynamoClients.create(), stack.tableName());
    }

    private static User admin(String id) {
        return new User(id, id + "@store.example.org", "A", "Admin", Role.AB_ADMIN, Optional.empty(), Optional.empty(),
                UserStatus.INVITED);
    }

    private static User tutor(String id, String email) {
        return new User(id, email, "T", "Tutor", Role.INDUCTION_TUTOR, Optional.of("100001"), Optional.empty(),
                UserStatus.INVITED);
    }

    private static AuditEvent event(String entityId) {
        return AuditEvent.of(Instant.now(), "actor", "TEST", "USER", entityId, Optional.empty(), Map.of());
    }

    private static int items() {
        return stack.emulators().dynamoDb().scan(b -> b.tableName(stack.tableName()).select(Select.COUNT)).count();
    }

    @Test
    void twoAdminsSuspendingEachOtherAtOnceCannotLeaveNone() {
        // given two active admins, each of whom has read the other as active
        User first = admin("admin-x").withStatus(UserStatus.ACTIVE);
        User second = admin("admin-y").withStatus(UserStatus.ACTIVE);
        store.addFirstAdmin(first, event(first.userId()));
        store.add(second, Optional.empty(), event(second.userId()));
        // when the first's suspension of the second commits first
        store.changeStatus(first, second, UserStatus.SUSPENDED, event(second.userId()));
        int before = items();

        // then the second's suspension of the first, written on condition that its caller is still active, fails whole
        Forbidden refused = assertThrows(Forbidden.class,
                () -> store.changeStatus(second, first, UserStatus.SUSPENDED, event(first.userId())));

        assertTrue(refused.getMessage().contains("suspended while the request was under way"), refused.getMessage());
        assertEquals(before, items(), "neither the status nor an audit event was written");
        assertEquals(UserStatus.ACTIVE, store.userWithEmail(first.email()).orElseThrow().status());
        assertThrows(Conflict.class, () -> store.addFirstAdmin(admin("admin-z"), event("admin-z")),
                "only the very first admin is bootstrapped");
        assertEquals(before, items());
    }

    @Test
    void aStatusChangeFromAStaleReadIsAConflict() {
        User coordinator = tutor("coordinator-stale", "coordinator-stale@store.example.org").withStatus(UserStatus.ACTIVE);
        store.add(coordinator, Optional.empty(), event(coordinator.userId()));
        User tutor = tutor("tutor-stale", "stale@store.example.org");
        store.add(tutor, Optional.empty(), event(tutor.userId()));
        store.changeStatus(coordinator, tutor, UserStatus.SUSPENDED, event(tutor.userId()));

        assertThrows(Conflict.class, () -> store.changeStatus(coordinator, tutor, UserStatus.SUSPENDED, event(tutor.userId())));
    }

    @Test
    void anEmailOrAnIdAlreadyTakenIsAConflictAndWritesNothing() {
        store.add(tutor("tutor-1", "taken@store.example.org"), Optional.empty(), event("tutor-1"));
        int before = items();

        assertThrows(Conflict.class, () -> store.add(tutor("tutor-2", "taken@store.example.org"), Optional.empty(), event("tutor-2")));
        assertThrows(Conflict.class, () -> store.add(tutor("tutor-1", "other@store.example.org"), Optional.empty(), event("tutor-1")));

        assertEquals(before, items());
        assertEquals(Optional.empty(), store.userWithEmail("other@store.example.org"));
    }

    @Test
    void oneReadFindsTheCallerTheSchoolTheTargetAndTheEmailOwnerAndActivatesAnInvitedCaller() {
        store.createSchool(new School("100001", "Ash"), event("100001"));
        User caller = tutor("reader", "reader@store.example.org");
        store.add(caller, Optional.empty(), event(caller.userId()));

        DirectoryView view = store.read("reader", Optional.of("100001"), Optional.of("reader"),
                Optional.of("reader@store.example.org"));

        assertEquals(UserStatus.ACTIVE, view.caller().orElseThrow().status());
        assertEquals(view.caller(), view.user(), "the caller asked for as its own target is read once");
        assertEquals(Optional.of(new School("100001", "Ash")), view.school());
        assertEquals(Optional.of("reader"), view.emailOwner());
        DirectoryView nothing = store.read("nobody", Optional.of("999999"), Optional.of("ghost"), Optional.of("no@x.org"));
        assertFalse(nothing.caller().isPresent() || nothing.school().isPresent() || nothing.user().isPresent()
                || nothing.emailOwner().isPresent());
        assertThrows(Conflict.class, () -> store.createSchool(new School("100001", "Again"), event("100001")));
    }
}
