package org.inductionrecords.reminders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.metrics.EmbeddedMetrics;
import org.inductionrecords.core.reminder.ReminderPorts;
import org.inductionrecords.core.reminder.ReminderReport;
import org.inductionrecords.core.reminder.ReminderRun;
import org.inductionrecords.core.retention.SweepDate;
import org.inductionrecords.core.schedule.ScheduledEvent;
import org.inductionrecords.json.Json;
import org.inductionrecords.json.LogLine;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.ReminderStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * ReminderFunction (CONTRACT.md section 8): the daily scheduled event in, the run's report out. The rules and the
 * exactly-once design are {@link ReminderRun}'s; this class reads the event, wires the table, the task list and SES,
 * and writes the answer, one log line (ids and counts only) and the metrics.
 */
public final class ReminderHandler implements RequestStreamHandler {

    /** The dead man's switch (ReminderRunCompletedAlarm): a run that went through every recipient. */
    static final String RUN_COMPLETED = "ReminderRunCompleted";
    /** One per unconfirmed claim met (ReminderUnconfirmedAlarm). */
    static final String UNCONFIRMED = "ReminderUnconfirmed";

    private final ReminderPorts.Recipients recipients;
    private final ReminderPorts.TaskList tasks;
    private final ReminderPorts.Markers markers;
    private final ReminderPorts.Mailer mailer;
    private final String webUrl;
    private final Clock clock;
    private final EmbeddedMetrics metrics;

    public ReminderHandler() {
        this(System.getenv());
    }

    public ReminderHandler(Map<String, String> env) {
        this(env, DynamoClients.create(), new FunctionEnvironment(env));
    }

    private ReminderHandler(Map<String, String> env, DynamoDbClient dynamo, FunctionEnvironment environment) {
        this(new ReminderStore(dynamo, environment.require("TABLE_NAME"), Clock.systemUTC()),
                TaskListTasks.on(dynamo, environment.require("TABLE_NAME")),
                null, SesMailer.create(environment.require("MAIL_FROM")), environment.require("WEB_URL"),
                Clock.systemUTC(), EmbeddedMetrics.of(env));
    }

    /** Collaborators given directly: the tests wrap the markers or the mailer to inject a fault. */
    ReminderHandler(ReminderPorts.Recipients recipients, ReminderPorts.TaskList tasks, ReminderPorts.Markers markers,
                    ReminderPorts.Mailer mailer, String webUrl, Clock clock, EmbeddedMetrics metrics) {
        this.recipients = recipients;
        this.tasks = tasks;
        this.markers = markers != null ? markers : (ReminderPorts.Markers) recipients;
        this.mailer = mailer;
        this.webUrl = webUrl;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ScheduledEvent event;
        LocalDate asOf;
        try {
            event = ScheduledEvent.parse(input.readAllBytes());
            asOf = SweepDate.asOf(event.time(), clock.instant());
        } catch (InvalidInput refused) {
            throw new IllegalArgumentException("Refused: " + refused.details().get(0).field() + " "
                    + refused.details().get(0).message());
        }
        long started = System.nanoTime();
        ReminderRun.Outcome outcome = new ReminderRun(recipients, tasks, markers, mailer, webUrl).run(asOf,
                event.dryRun());
        ReminderReport report = outcome.report();
        LogLine.info("reminder run report")
                .with("asOf", asOf.toString())
                .with("users", report.users())
                .with("due", report.due())
                .with("emailsSent", report.emailsSent())
                .with("alreadySent", report.alreadySent())
                .with("unconfirmed", report.unconfirmed())
                .with("unconfirmedUserIds", outcome.unconfirmedUserIds())
                .with("refusedUserIds", outcome.refusedUserIds())
                .with("dryRun", report.dryRun())
                .with("millis", (System.nanoTime() - started) / 1_000_000)
                .write();
        for (int i = 0; i < report.unconfirmed(); i++) {
            metrics.count(UNCONFIRMED, Map.of());
        }
        if (report.refused() > 0) {
            // Every other recipient was dealt with; failing now makes the scheduler retry the refused ones only
            // (their claims were withdrawn, the others are SENT).
            throw new IllegalStateException("SES refused " + report.refused() + " reminder(s); retry to send them");
        }
        if (!report.dryRun()) {
            metrics.count(RUN_COMPLETED, Map.of());
        }
        output.write(Json.writeBytes(new Answer(report)));
    }

    /** The contract's answer {asOf, users, emailsSent, alreadySent, dryRun}, with due and unconfirmed. */
    record Answer(String asOf, int users, int due, int emailsSent, int alreadySent, int unconfirmed, boolean dryRun) {
        Answer(ReminderReport report) {
            this(report.asOf().toString(), report.users(), report.due(), report.emailsSent(), report.alreadySent(),
                    report.unconfirmed(), report.dryRun());
        }
    }
}
