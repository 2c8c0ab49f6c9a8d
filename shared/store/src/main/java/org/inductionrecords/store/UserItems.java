package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.bool;
import static org.inductionrecords.store.Attributes.optionalString;
import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.util.HashMap;
import java.util.Map;
import org.inductionrecords.core.user.Mfa;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A user's item: {@code USER#<userId>} / {@code USER}. gsi1 lists a school's users
 * ({@code SCHOOL#<urn>#USERS}) or the AB admins ({@code AB_ADMINS}); gsi3 finds an NQT user by TRN.
 */
public final class UserItems {

    public static final String TYPE = "USER";
    public static final String SK = "USER";
    public static final String AB_ADMINS = "AB_ADMINS";
    /** The second factor recorded by {@code POST /me/mfa}; absent until then. */
    public static final String MFA = "mfa";
    /** The user's reminder setting (BOOL); absent on items written before it existed, which means on. */
    public static final String REMINDERS = "reminders";

    private UserItems() {
    }

    public static Map<String, AttributeValue> key(String userId) {
        return Map.of(Keys.PK, s(Keys.user(userId)), Keys.SK, s(SK));
    }

    public static String listPartition(User user) {
        return user.schoolUrn().map(UserItems::schoolUsersPartition).orElse(AB_ADMINS);
    }

    public static String schoolUsersPartition(String urn) {
        return Keys.school(urn) + "#USERS";
    }

    public static Map<String, AttributeValue> toItem(User user) {
        Map<String, AttributeValue> item = new HashMap<>(key(user.userId()));
        item.put(Keys.TYPE, s(TYPE));
        item.put("userId", s(user.userId()));
        item.put("email", s(user.email()));
        item.put("givenName", s(user.givenName()));
        item.put("familyName", s(user.familyName()));
        item.put("role", s(user.role().name()));
        item.put("status", s(user.status().name()));
        if (user.mfa() != Mfa.NONE) {
            item.put(MFA, s(user.mfa().name()));
        }
        item.put(REMINDERS, bool(user.reminders()));
        user.schoolUrn().ifPresent(urn -> item.put("schoolUrn", s(urn)));
        user.trn().ifPresent(trn -> {
            item.put("trn", s(trn));
            item.put(Keys.GSI3_PK, s(Keys.teacher(trn)));
            item.put(Keys.GSI3_SK, s(Keys.user(user.userId())));
        });
        item.put(Keys.GSI1_PK, s(listPartition(user)));
        item.put(Keys.GSI1_SK, s(Keys.user(user.userId())));
        return item;
    }

    public static User fromItem(Map<String, AttributeValue> item) {
        return new User(
                string(item, "userId"),
                string(item, "email"),
                string(item, "givenName"),
                string(item, "familyName"),
                Role.valueOf(string(item, "role")),
                optionalString(item, "schoolUrn"),
                optionalString(item, "trn"),
                UserStatus.valueOf(string(item, "status")),
                optionalString(item, MFA).map(Mfa::valueOf).orElse(Mfa.NONE),

                !item.containsKey(REMINDERS) || bool(item, REMINDERS));
    }
}
