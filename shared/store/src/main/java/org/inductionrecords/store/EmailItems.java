package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The email lock: {@code EMAIL#<lower-cased email>} / {@code EMAIL}, naming the user who has that email.
 * Put with attribute_not_exists in the transaction that adds the user, so one email is one user.
 */
public final class EmailItems {

    public static final String TYPE = "EMAIL_LOCK";
    public static final String SK = "EMAIL";

    private EmailItems() {
    }

    public static Map<String, AttributeValue> key(String normalisedEmail) {
        return Map.of(Keys.PK, s(Keys.email(normalisedEmail)), Keys.SK, s(SK));
    }

    public static Map<String, AttributeValue> toItem(String normalisedEmail, String userId) {
        Map<String, AttributeValue> item = new HashMap<>(key(normalisedEmail));
        item.put(Keys.TYPE, s(TYPE));
        item.put("userId", s(userId));
        return item;
    }

    public static String userId(Map<String, AttributeValue> item) {
        return string(item, "userId");
    }
}
