package org.inductionrecords.core.reminder;

import java.time.LocalDate;

/**
 * What a run answers (CONTRACT.md section 8): {@code asOf}, {@code users} (active, reminders on), {@code emailsSent},
 * {@code alreadySent} (an earlier run sent that user's email of the day), {@code dryRun}; and {@code due} (users
 * with something to remind of), {@code unconfirmed} (claimed by an earlier run that never confirmed the send: not
 * sent again, reported) and {@code refused} (the mail service refused; the claim withdrawn for the retry).
 */
public record ReminderReport(LocalDate asOf, int users, int due, int emailsSent, int alreadySent, int unconfirmed,
                             int refused, boolean dryRun) {
}
