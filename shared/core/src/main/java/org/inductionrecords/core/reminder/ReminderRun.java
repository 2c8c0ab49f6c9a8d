package org.inductionrecords.core.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inductionrecords.core.reminder.ReminderPorts.Claim;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;

/**
 * One day's reminders: for each recipient with tasks to remind of, at most one email that day, exactly once when the
 * run is retried or runs twice.
 *
 * <p><b>Claim, send, confirm.</b> The day's marker is claimed (a conditional put: only if none exists) before the send
 * and confirmed with the message id right after it. A second run finds the confirmed marker and counts
 * {@code alreadySent}. A crash between the send and the confirmation leaves the claim unconfirmed: the email may or
 * may not have gone out, and no marker written after the send could tell. This errs towards <i>never twice</i>: an
 * unconfirmed claim is not sent again, since SES offers no idempotency key that would let a resend be safe. It is not
 * silent either: every later run of that day counts it as {@code unconfirmed}, logs the user id and emits the
 * {@code ReminderUnconfirmed} metric, whose alarm reaches the operator. A refusal by the mail service (certainly not
 * sent) withdraws the claim, so the scheduler's retry sends it.
 */
public final class ReminderRun {

    /** The user ids of the unconfirmed claims met (for the log: ids only). */
    public record Outcome(ReminderReport report, List<String> unconfirmedUserIds, List<String> refusedUserIds) {
    }

    private final ReminderPorts.Recipients recipients;
    private final ReminderPorts.TaskList tasks;
    private final ReminderPorts.Markers markers;
    private final ReminderPorts.Mailer mailer;
    private final String webUrl;

    public ReminderRun(ReminderPorts.Recipients recipients, ReminderPorts.TaskList tasks, ReminderPorts.Markers markers,
                       ReminderPorts.Mailer mailer, String webUrl) {
        this.recipients = recipients;
        this.tasks = tasks;
        this.markers = markers;
        this.mailer = mailer;
        this.webUrl = webUrl;
    }

    public Outcome run(LocalDate asOf, boolean dryRun) {
        int[] counts = new int[5];   // users, due, sent, already, unconfirmed
        List<String> unconfirmed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        ReminderPorts.TaskList runTasks = tasks.forOneRun();
        recipients.forEach(user -> {
            if (user.status() == UserStatus.SUSPENDED || !user.reminders()) {
                return;   // the recipients give neither; checked again here since the rule is the run's
            }
            counts[0]++;
            List<DueTask> remind = ReminderRules.toRemind(runTasks.of(user, asOf), asOf);
            if (remind.isEmpty()) {
                return;
            }
            counts[1]++;
            if (dryRun) {
                return;
            }
            switch (markers.claim(user.userId(), asOf)) {
                case SENT -> counts[3]++;
                case UNCONFIRMED -> {
                    counts[4]++;
                    unconfirmed.add(user.userId());
                }
                case CLAIMED -> {
                    if (send(user, remind, asOf)) {
                        counts[2]++;
                    } else {
                        refused.add(user.userId());
                    }
                }
            }
        });
        return new Outcome(new ReminderReport(asOf, counts[0], counts[1], counts[2], counts[3], counts[4],
                refused.size(), dryRun), List.copyOf(unconfirmed), List.copyOf(refused));
    }

    private boolean send(User user, List<DueTask> remind, LocalDate asOf) {
        String messageId;
        try {
            messageId = mailer.send(Digest.of(user, remind, asOf, webUrl));
        } catch (ReminderPorts.MailRefused refusedBySes) {
            markers.release(user.userId(), asOf);
            return false;
        }
        markers.confirm(user.userId(), asOf, messageId);
        return true;
    }
}
