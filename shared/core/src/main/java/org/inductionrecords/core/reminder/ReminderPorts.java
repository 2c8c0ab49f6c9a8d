package org.inductionrecords.core.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.inductionrecords.core.user.User;

/** What a reminder run reads and writes, each behind its own interface (store, task list, mail). */
public final class ReminderPorts {

    private ReminderPorts() {
    }

    /** Every user who may get a reminder: active (not suspended) and with reminders on. */
    public interface Recipients {
        void forEach(Consumer<User> user);
    }

    /** A user's tasks with a due date, as the task list gives them (only what the user may see). */
    public interface TaskList {
        List<DueTask> of(User user, LocalDate asOf);

        /** The task list for one run: what it reads the same for every user (the term dates) read once. */
        default TaskList forOneRun() {
            return this;
        }
    }

    /** What a claim found: this run may send, it was sent, or an earlier run claimed it and never confirmed. */
    public enum Claim { CLAIMED, SENT, UNCONFIRMED }

    /**
     * The day's marker per user: claimed before the send, confirmed after it, in the same step. A claim that is never
     * confirmed stays, so the same user and day is never sent again (see {@link ReminderRun}).
     */
    public interface Markers {
        Claim claim(String userId, LocalDate day);

        void confirm(String userId, LocalDate day, String messageId);

        /** Withdraws this run's claim after the mail service refused the message (nothing was sent). */
        void release(String userId, LocalDate day);
    }

    /** Sends one email; answers the mail service's message id. */
    public interface Mailer {
        String send(Digest digest);
    }

    /** The mail service answered with a refusal: the message was certainly not sent. */
    public static final class MailRefused extends RuntimeException {
        public MailRefused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
