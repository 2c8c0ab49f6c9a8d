package org.inductionrecords.core.user;

import org.inductionrecords.core.validation.RequestBody;

/** A validated {@code PATCH /me} body: whether the caller gets reminder emails (CONTRACT.md section 8). */
public record ReminderSetting(boolean reminders) {

    public static ReminderSetting read(RequestBody fields) {
        Boolean reminders = fields.requiredBoolean("reminders");
        fields.done();
        return new ReminderSetting(reminders);
    }
}
