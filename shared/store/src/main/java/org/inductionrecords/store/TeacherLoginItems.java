package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The login lock of a teacher: {@code TEACHER#<trn>} / {@code LOGIN}, naming the one NQT user bound to that
 * TRN (contract section 10: at most one login per teacher). Put with attribute_not_exists in the
 * transaction that adds the user; kept while the user is suspended, so the login is reactivated, not
 * duplicated.
 */
public final class TeacherLoginItems {

    public static final String TYPE = "LOGIN_LOCK";
    public static final String SK = "LOGIN";

    private TeacherLoginItems() {
    }

    public static Map<String, AttributeValue> key(String trn) {
        return Map.of(Keys.PK, s(Keys.teacher(trn)), Keys.SK, s(SK));
    }

    public static Map<String, AttributeValue> toItem(String trn, String userId) {
        Map<String, AttributeValue> item = new HashMap<>(key(trn));
        item.put(Keys.TYPE, s(TYPE));
        item.put("userId", s(userId));
        return item;
    }

    public static String userId(Map<String, AttributeValue> item) {
        return string(item, "userId");
    }
}
