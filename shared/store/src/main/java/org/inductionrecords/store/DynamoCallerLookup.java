package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;

import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.user.CallerLookup;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * One consistent GetItem per request, so a suspension takes effect at once. An INVITED user who
 * presents a valid token has completed their first login: the record becomes ACTIVE (one update,
 * once per user).
 */
public final class DynamoCallerLookup implements CallerLookup {

    private final DynamoDbClient dynamo;
    private final String tableName;

    public DynamoCallerLookup(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    @Override
    public Optional<User> findCaller(String userId) {
        GetItemResponse response = dynamo.getItem(b -> b.tableName(tableName)
                .key(UserItems.key(userId))
                .consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(onFirstUse(UserItems.fromItem(response.item())));
    }

    /** The caller's record, read elsewhere (e.g. in one batch with the request's target): INVITED becomes ACTIVE. */
    public User onFirstUse(User caller) {
        return caller.status() == UserStatus.INVITED ? activate(caller) : caller;
    }

    private User activate(User user) {
        try {
            dynamo.updateItem(b -> b.tableName(tableName)
                    .key(UserItems.key(user.userId()))
                    .updateExpression("SET #status = :active")
                    .conditionExpression("#status = :invited")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.<String, AttributeValue>of(
                            ":active", s(UserStatus.ACTIVE.name()),
                            ":invited", s(UserStatus.INVITED.name()))));
            return user.withStatus(UserStatus.ACTIVE);
        } catch (ConditionalCheckFailedException raced) {
            // Suspended (or activated) between our read and this write: read the truth again.
            return findCaller(user.userId()).orElseThrow();
        }
    }
}
