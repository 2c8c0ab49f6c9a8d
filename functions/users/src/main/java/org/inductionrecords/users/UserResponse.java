package org.inductionrecords.users;

import static org.inductionrecords.json.JsonFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.Optional;
import org.inductionrecords.core.user.User;
import org.inductionrecords.json.JsonWritable;

/**
 * The contract's user record: {@code schoolUrn} absent for AB_ADMIN, {@code trn} only for NQT. Writes itself
 * {@code reminders}: whether the user gets reminder emails
 * (CONTRACT.md section 8). Writes itself (GET /me is the commonest cold start of UsersFunction); UserResponseTest holds it equal to the reflective form.
 */
@JsonSerialize(using = JsonWritable.Serializer.class)
record UserResponse(String userId, String email, String givenName, String familyName, String role,
                    Optional<String> schoolUrn, Optional<String> trn, String status, boolean reminders)
        implements JsonWritable {

    static UserResponse of(User user) {
        return new UserResponse(user.userId(), user.email(), user.givenName(), user.familyName(),
                user.role().name(), user.schoolUrn(), user.trn(), user.status().name(),
                user.reminders());
    }

    @Override
    public void writeJson(JsonGenerator json) throws IOException {
        json.writeStartObject();
        text(json, "userId", userId);
        text(json, "email", email);
        text(json, "givenName", givenName);
        text(json, "familyName", familyName);
        text(json, "role", role);
        text(json, "schoolUrn", schoolUrn);
        text(json, "trn", trn);
        text(json, "status", status);
        json.writeBooleanField("reminders", reminders);
        json.writeEndObject();
    }
}
