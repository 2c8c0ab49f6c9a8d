package org.inductionrecords.retention;

import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.s;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Retention;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.store.InductionItems;
import org.inductionrecords.store.Keys;
import org.inductionrecords.store.UserItems;
import org.inductionrecords.testing.InductionBuilder;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A fresh stack in the emulators per test, and the records the sweep meets, seeded in the documented
 * item layout (inductions through InductionItems, the rest as raw items).
 */
final class World {

    private static final AtomicInteger STACKS = new AtomicInteger();
    static final String PASSWORD = "Retention-Passw0rd!";

    final Stack stack;
    final DynamoDbClient dynamo;
    final String table;

    private World(Stack stack) {
        this.stack = stack;
        this.dynamo = stack.emulators().dynamoDb();
        this.table = stack.tableName();
    }

    static World fresh() {
        return new World(Emulators.shared().createStack("retention-" + ProcessHandle.current().pid() % 10000
                + "-" + STACKS.incrementAndGet()));
    }

    Map<String, String> environment() {
        return stack.environment("RetentionSweepFunction");
    }

    static String newTrn() {
        return String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
    }

    /** An induction finished (PASSED or FAILED) on {@code on}, with an email, a tutor and half a term's extension. */
    Induction finished(String trn, InductionStatus status, LocalDate on, boolean legalHold) {
        InductionBuilder builder = registered(trn, "100001").extendedBy(new BigDecimal("0.5"), on.atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC));
        Induction induction = status == InductionStatus.FAILED ? builder.failedOn(on) : builder.passedOn(on);
        if (legalHold) {
            induction = induction.withLegalHold(true, Optional.of("Employment tribunal claim pending"));
        }
        put(InductionItems.toItem(induction));
        return induction;
    }

    /** An induction closed on {@code on} without an outcome (the teacher left part-way). */
    Induction closed(String trn, LocalDate on) {
        Induction closed = registered(trn, "100002").closedOn(on);
        put(InductionItems.toItem(closed));
        return closed;
    }

    Induction inProgress(String trn, String urn) {
        Induction induction = registered(trn, urn).inProgress();
        put(InductionItems.toItem(induction));
        put(InductionItems.lockItem(trn, induction.inductionId()));
        return induction;
    }

    private static InductionBuilder registered(String trn, String urn) {
        return InductionBuilder.anInduction().school(urn)
                .teacher(trn, "Grace", "Hopper", LocalDate.of(1994, 12, 9), Optional.of("grace." + trn + "@example.org"))
                .programme(Programme.ECT).startDate(LocalDate.of(2017, 9, 1)).fte(new BigDecimal("0.8"))
                .tutor("tutor-" + trn);
    }

    /** Assessments for the given terms (raw items: personal judgements and comments included). */
    void assessments(String inductionId, int... terms) {
        for (int term : terms) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(Keys.PK, s(Keys.induction(inductionId)));
            item.put(Keys.SK, s("ASSESSMENT#T" + term + "-PROGRESS_REVIEW"));
            item.put(Keys.TYPE, s("ASSESSMENT"));
            item.put("assessmentId", s("T" + term + "-PROGRESS_REVIEW"));
            item.put("inductionId", s(inductionId));
            item.put("term", n(term));
            item.put("summary", s("Struggled with behaviour management after a family bereavement."));
            item.put("teacherComment", s("I disagree with the judgement on TS7."));
            item.put("version", n(1));
            put(item);
        }
    }

    void idempotencyRecord(String inductionId, String callerUserId) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.induction(inductionId)));
        item.put(Keys.SK, s("IDEMPOTENCY#" + callerUserId + "#" + UUID.randomUUID()));
        item.put(Keys.TYPE, s("IDEMPOTENCY"));
        item.put("requestHash", s("abc"));
        item.put("statusCode", n(201));
        item.put("responseBody", s("{\"teacher\":{\"givenName\":\"Grace\",\"email\":\"grace@example.org\"}}"));
        item.put(Keys.EXPIRES_AT, n(2_000_000_000L));
        put(item);
    }

    /** The teacher's NQT user: a Cognito login, the user item and its email lock. */
    User nqtUser(String trn, String urn) {
        String email = "nqt." + trn + "@example.org";
        String sub = stack.createLogin(email, PASSWORD);
        User user = new User(sub, email, "Grace", "Hopper", Role.NQT, Optional.of(urn), Optional.of(trn),
                UserStatus.ACTIVE);
        put(UserItems.toItem(user));
        put(emailLock(email, sub));
        return user;
    }

    /** A tutor: not the teacher's, and never touched by the sweep. */
    User tutor(String urn) {
        String email = "tutor." + UUID.randomUUID() + "@example.org";
        String sub = stack.createLogin(email, PASSWORD);
        User user = new User(sub, email, "Alan", "Turing", Role.INDUCTION_TUTOR, Optional.of(urn), Optional.empty(),
                UserStatus.ACTIVE);
        put(UserItems.toItem(user));
        put(emailLock(email, sub));
        return user;
    }

    private static Map<String, AttributeValue> emailLock(String email, String userId) {
        return Map.of(Keys.PK, s(Keys.email(email)), Keys.SK, s("EMAIL"), Keys.TYPE, s("EMAIL_LOCK"),
                "userId", s(userId));
    }

    void put(Map<String, AttributeValue> item) {
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    Optional<Map<String, AttributeValue>> item(String pk, String sk) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(Keys.PK, s(pk), Keys.SK, s(sk)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    Map<String, AttributeValue> induction(String inductionId) {
        return item(Keys.induction(inductionId), InductionItems.SK).orElseThrow();
    }

    List<Map<String, AttributeValue>> partition(String pk) {
        return dynamo.query(b -> b.tableName(table).consistentRead(true).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(pk)))).items();
    }

    List<Map<String, AttributeValue>> audit(String entityType, String entityId) {
        return partition(Keys.audit(entityType, entityId));
    }

    boolean loginExists(String email) {
        return stack.emulators().cognito().listUsers(b -> b.userPoolId(stack.userPoolId())).users().stream()
                .map(UserType::attributes)
                .anyMatch(attributes -> attributes.stream()
                        .anyMatch(a -> a.name().equals("email") && a.value().equals(email)));
    }

    /** Every item of the table, sorted by key: to show that a dry run changed nothing. */
    Map<String, Map<String, AttributeValue>> allItems() {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        dynamo.scanPaginator(b -> b.tableName(table).consistentRead(true)).items()
                .forEach(item -> items.put(item.get(Keys.PK).s() + "|" + item.get(Keys.SK).s(), item));
        return items;
    }

    List<String> logins() {
        List<String> usernames = new ArrayList<>();
        stack.emulators().cognito().listUsers(b -> b.userPoolId(stack.userPoolId())).users()
                .forEach(user -> usernames.add(user.username() + "/" + user.enabled()));
        usernames.sort(String::compareTo);
        return usernames;
    }
}
