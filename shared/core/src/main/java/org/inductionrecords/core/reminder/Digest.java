package org.inductionrecords.core.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inductionrecords.core.user.User;

/**
 * The one email of a user's day: every task of the reminder, a link to the web front end, and how to stop reminders.
 * It names only the teachers of the tasks given, which come from the user's own task list.
 */
public record Digest(String to, String subject, String text) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final Map<String, String> WHAT = Map.of(
            "ASSESSMENT_DUE", "assessment due",
            "SIGNATURE_NEEDED", "assessment to sign",
            "ACKNOWLEDGEMENT_NEEDED", "assessment to acknowledge",
            "CORRECTION_NEEDED", "assessment to correct",
            "INTERIM_NEEDED", "interim assessment due",
            "REVIEW_NEEDED", "assessment to review",
            "DECISION_DUE", "outcome to decide",
            "NO_TUTOR", "induction without an active tutor");

    /** The words of the web front end's reminder setting, as the home page shows them. */
    public static final String SETTING = "Email reminders";

    public static Digest of(User user, List<DueTask> tasks, LocalDate asOf, String webUrl) {
        long overdue = tasks.stream().filter(task -> task.overdueOn(asOf)).count();
        String subject = "Induction records: " + tasks.size() + (tasks.size() == 1 ? " task" : " tasks") + " due"
                + (overdue > 0 ? " (" + overdue + " overdue)" : "");
        StringBuilder text = new StringBuilder()
                .append("Hello ").append(user.givenName()).append(",\n\n")
                .append("These induction tasks are due within a week, due today or overdue, as of ")
                .append(DAY.format(asOf)).append(":\n\n");
        for (DueTask task : tasks) {
            String when = task.overdueOn(asOf) ? "OVERDUE since " + DAY.format(task.dueDate())
                    : task.dueDate().equals(asOf) ? "due TODAY" : "due " + DAY.format(task.dueDate());
            text.append("- ").append(task.teacherName()).append(": ")
                    .append(WHAT.getOrDefault(task.type(), task.type())).append(", ").append(when).append('\n');
        }
        text.append("\nSign in to deal with them: ").append(webUrl).append("\n\n")
                .append("You get this email because reminders are on for your account. To stop them, sign in and")
                .append(" turn off \"").append(SETTING).append("\" on your home page.\n");
        return new Digest(user.email(), subject, text.toString());
    }
}
