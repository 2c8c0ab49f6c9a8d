package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.reminder.ReminderPorts;
import org.inductionrecords.core.user.School;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The reminders' side of the table (docs/TABLE.md, patterns 22 and 23).
 *
 * <p><b>Recipients</b>: a scheduled job, never a request path, so it pages the users index rather than scanning:
 * gsi1 {@code SCHOOLS} (every school), then gsi1 {@code SCHOOL#<urn>#USERS} for each, then {@code AB_ADMINS}: 1 + S + 1
 * queries for S schools (more only past a page of 100), and it reads user items only.
 *
 * <p><b>Markers</b>: {@code USER#<userId>} / {@code REMINDER#<day>}, one per user and day: put with
 * {@code attribute_not_exists(pk)} as the claim ({@code state CLAIMED}, answering the item already there when the
 * condition fails, in the same round trip), updated to {@code SENT} with the message id once sent, deleted only to
 * withdraw a claim the mail service refused. TTL {@code expiresAt}: 35 days.
 */
public final class ReminderStore implements ReminderPorts.Recipients, ReminderPorts.Markers {

    public static final String TYPE = "REMINDER_MARKER";
    static final String PREFIX = "REMINDER#";
    static final Duration KEPT = Duration.ofDays(35);
    private static final int PAGE = 100;

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final UserStore users;
    private final Clock clock;

    public ReminderStore(DynamoDbClient dynamo, String tableName, Clock clock) {
        this.dynamo = dynamo;
        this.tableName = tableName;
        this.users = new UserStore(dynamo, tableName);
        this.clock = clock;
    }

    public static Map<String, AttributeValue> markerKey(String userId, LocalDate day) {
        return Map.of(Keys.PK, s(Keys.user(userId)), Keys.SK, s(PREFIX + day));
    }

    @Override
    public void forEach(Consumer<User> recipient) {
        Consumer<User> eligible = user -> {
            if (user.status() != UserStatus.SUSPENDED && user.reminders()) {
                recipient.accept(user);
            }
        };
        Optional<String> schoolsToken = Optional.empty();
        do {
            Page<School> schools = users.schools(schoolsToken, PAGE);
            for (School school : schools.items()) {
                pages(token -> users.usersOf(school.urn(), token, PAGE), eligible);
            }
            schoolsToken = schools.nextToken();
        } while (schoolsToken.isPresent());
        pages(token -> users.admins(token, PAGE), eligible);
    }

    private static void pages(java.util.function.Function<Optional<String>, Page<User>> read, Consumer<User> each) {
        Optional<String> token = Optional.empty();
        do {
            Page<User> page = read.apply(token);
            page.items().forEach(each);
            token = page.nextToken();
        } while (token.isPresent());
    }

    @Override
    public ReminderPorts.Claim claim(String userId, LocalDate day) {
        Map<String, AttributeValue> item = new HashMap<>(markerKey(userId, day));
        item.put(Keys.TYPE, s(TYPE));
        item.put("state", s(ReminderPorts.Claim.CLAIMED.name()));
        item.put("claimedAt", s(clock.instant().toString()));
        item.put(Keys.EXPIRES_AT, n(clock.instant().plus(KEPT).getEpochSecond()));
        try {
            dynamo.putItem(b -> b.tableName(tableName).item(item).conditionExpression("attribute_not_exists(pk)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return ReminderPorts.Claim.CLAIMED;
        } catch (ConditionalCheckFailedException exists) {
            boolean sent = exists.hasItem() && "SENT".equals(string(exists.item(), "state"));
            return sent ? ReminderPorts.Claim.SENT : ReminderPorts.Claim.UNCONFIRMED;
        }
    }

    @Override
    public void confirm(String userId, LocalDate day, String messageId) {
        dynamo.updateItem(b -> b.tableName(tableName).key(markerKey(userId, day))
                .updateExpression("SET #state = :sent, messageId = :id, sentAt = :at")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":sent", s("SENT"), ":id", s(messageId),
                        ":at", s(clock.instant().toString()))));
    }

    @Override
    public void release(String userId, LocalDate day) {
        dynamo.deleteItem(b -> b.tableName(tableName).key(markerKey(userId, day))
                .conditionExpression("#state = :claimed")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":claimed", s(ReminderPorts.Claim.CLAIMED.name()))));
    }
}
