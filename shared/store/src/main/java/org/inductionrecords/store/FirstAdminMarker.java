package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * {@code AB_ADMINS} / {@code FIRST_ADMIN}: written once, with the first AB_ADMIN, so two bootstraps at once
 * cannot both succeed; its presence means the Appropriate Body has been bootstrapped. (Who may still act is
 * not counted here: every status change is conditional on its caller being active, see UserStore.)
 */
public final class FirstAdminMarker {

    public static final String PK = "AB_ADMINS";
    public static final String SK = "FIRST_ADMIN";
    public static final String TYPE = "MARKER";

    private FirstAdminMarker() {
    }

    public static Map<String, AttributeValue> key() {
        return Map.of(Keys.PK, s(PK), Keys.SK, s(SK));
    }

    /** The marker, only if there is none yet. */
    static TransactWriteItem putFirst(String tableName) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(tableName)
                .item(Map.of(Keys.PK, s(PK), Keys.SK, s(SK), Keys.TYPE, s(TYPE)))
                .conditionExpression("attribute_not_exists(pk)")
                .build()).build();
    }
}
