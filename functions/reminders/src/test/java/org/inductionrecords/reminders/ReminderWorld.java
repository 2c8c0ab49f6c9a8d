package org.inductionrecords.reminders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.calendar.Term;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.calendar.TermName;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.user.Mfa;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.School;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Mailbox;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.store.InductionItems;
import org.inductionrecords.store.SchoolItems;
import org.inductionrecords.store.TermDatesStore;
import org.inductionrecords.store.UserItems;
import org.inductionrecords.testing.InductionBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A fresh stack per test with the term dates of 2025/26, and schools, users and inductions seeded in the documented
 * item layout. The autumn term of 2025 ends on 19 December, so a term-1 assessment of an induction started on
 * 3 September 2025 is due 10 working days later, on 7 January 2026: overdue for the first time on 8 January.
 */
final class ReminderWorld {

    static final LocalDate TERM_1_DUE = LocalDate.of(2026, 1, 7);
    static final Instant FIRST_DAY_OVERDUE = Instant.parse("2026-01-08T07:00:00Z");
    private static final AtomicInteger STACKS = new AtomicInteger();

    final Stack stack;
    final Mailbox mailbox;
    /** A per-world tag in every email address, so worlds sharing the one mailbox never see each other's mail. */
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    private ReminderWorld(Stack stack) {
        this.stack = stack;
        this.mailbox = new Mailbox(stack.emulators().sesEndpoint());
    }

    static ReminderWorld fresh() {
        ReminderWorld world = new ReminderWorld(Emulators.shared().createStack("reminders-"
                + ProcessHandle.current().pid() % 10000 + "-" + STACKS.incrementAndGet()));
        new TermDatesStore(world.stack.emulators().dynamoDb(), world.stack.tableName()).record(
                new TermDates(2025, List.of(new Term(TermName.AUTUMN, LocalDate.of(2025, 9, 3), LocalDate.of(2025, 12, 19)),
                        new Term(TermName.SPRING, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27)),
                        new Term(TermName.SUMMER, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22)))),
                AuditEvent.of(Instant.now(), "test", "TERM_DATES_RECORDED", "TERM_DATES", "2025", Optional.empty(),
                        Map.of()));
        return world;
    }

    Map<String, String> environment() {
        return stack.environment("ReminderFunction");
    }

    void school(String urn) {
        put(SchoolItems.toItem(new School(urn, "School " + urn)));
    }

    User user(String urn, Role role, String name, UserStatus status, boolean reminders) {
        User user = new User(UUID.randomUUID().toString(), name.toLowerCase().replace(' ', '.') + "-" + tag
                + "@school.example", name.split(" ")[0], name.split(" ")[1], role,
                role == Role.AB_ADMIN ? Optional.empty() : Optional.of(urn), Optional.empty(), status, Mfa.NONE, reminders);
        put(UserItems.toItem(user));
        return user;
    }

    /** An ECT induction in progress since 3 September 2025 with no assessment yet: term 1 due on 7 January 2026. */
    Induction induction(String urn, User tutor, String teacherName) {
        return induction(urn, tutor, teacherName, LocalDate.of(2025, 9, 3));
    }

    /** An ECT induction in progress since {@code start}, with no assessment yet. */
    Induction induction(String urn, User tutor, String teacherName, LocalDate start) {
        String trn = String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
        Induction induction = InductionBuilder.anInduction().id(UUID.randomUUID().toString()).school(urn)
                .teacher(trn, teacherName.split(" ")[0], teacherName.split(" ")[1], LocalDate.of(1998, 4, 1),
                        Optional.empty())
                .programme(Programme.ECT).startDate(start).fte(BigDecimal.ONE)
                .tutor(tutor.userId()).inProgress();
        put(InductionItems.toItem(induction));
        return induction;
    }

    ReminderHandler handler() {
        return new ReminderHandler(environment());
    }

    private void put(Map<String, AttributeValue> item) {
        stack.emulators().dynamoDb().putItem(b -> b.tableName(stack.tableName()).item(item));
    }
}
