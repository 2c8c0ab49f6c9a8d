package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.s;

import java.util.Map;
import org.inductionrecords.core.user.ProvisioningPolicy;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * How many AB_ADMINs are not suspended: {@code AB_ADMINS} / {@code ACTIVE_COUNT}. Changed in the same
 * transaction as the admin it counts; a suspension's decrement is conditional, so two admins suspending
 * each other at the same moment cannot leave none. Its absence means no AB_ADMIN was ever added.
 */
public final class UserAdminCounter {

    public static final String PK = "AB_ADMINS";
    public static final String SK = "ACTIVE_COUNT";
    public static final String TYPE = "COUNTER";
    static final String COUNT = "activeCount";

    private UserAdminCounter() {
    }

    public static Map<String, AttributeValue> key() {
        return Map.of(Keys.PK, s(PK), Keys.SK, s(SK));
    }

    /** The first admin: the counter must not exist yet. */
    static TransactWriteItem first(String tableName) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(tableName)
                .item(Map.of(Keys.PK, s(PK), Keys.SK, s(SK), Keys.TYPE, s(TYPE), COUNT, n(1)))
                .conditionExpression("attribute_not_exists(pk)")
                .build()).build();
    }

    /** One more active admin (a new one, or one reactivated). */
    static TransactWriteItem increment(String tableName) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(tableName)
                .key(key())
                .updateExpression("SET #type = :type ADD #count :one")
                .expressionAttributeNames(Map.of("#type", Keys.TYPE, "#count", COUNT))
                .expressionAttributeValues(Map.of(":type", s(TYPE), ":one", n(1)))
                .build()).build();
    }

    /** One fewer, only while more than the minimum remain. */
    static TransactWriteItem decrement(String tableName) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(tableName)
                .key(key())
                .updateExpression("SET #count = #count - :one")
                .conditionExpression("#count > :min")
                .expressionAttributeNames(Map.of("#count", COUNT))
                .expressionAttributeValues(Map.of(":one", n(1), ":min", n(ProvisioningPolicy.MIN_ACTIVE_ADMINS)))
                .build()).build();
    }
}
