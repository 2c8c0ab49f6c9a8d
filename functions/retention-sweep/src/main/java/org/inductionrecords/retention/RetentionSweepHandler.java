package org.inductionrecords.retention;

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
import org.inductionrecords.core.retention.RetentionRecords;
import org.inductionrecords.core.retention.RetentionSweep;
import org.inductionrecords.core.retention.SweepBudget;
import org.inductionrecords.core.retention.SweepDate;
import org.inductionrecords.core.user.Logins;
import org.inductionrecords.identity.CognitoLogins;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.RetentionTable;

/**
 * RetentionSweepFunction (contract section 4): the daily scheduled event in, the run's report out.
 * The rules live in {@link RetentionSweep}; this class reads the event, asks Lambda how much time is
 * left, and writes the answer and one log line.
 */
public final class RetentionSweepHandler implements RequestStreamHandler {

    /** Stop starting reductions with less than this left, so the run ends cleanly before its timeout. */
    static final long RESERVE_MILLIS = 60_000;

    static final String SWEEP_COMPLETED = "RetentionSweepCompleted";

    private final RetentionSweep sweep;
    private final Clock clock;
    private final EmbeddedMetrics metrics;

    public RetentionSweepHandler() {
        this(System.getenv());
    }

    public RetentionSweepHandler(Map<String, String> env) {
        this(new RetentionTable(DynamoClients.create(), new FunctionEnvironment(env).require("TABLE_NAME")),
                CognitoLogins.create(new FunctionEnvironment(env)), Clock.systemUTC(), EmbeddedMetrics.of(env));
    }

    /** Collaborators given directly: the tests wrap them to inject a fault at a chosen step. */
    RetentionSweepHandler(RetentionRecords records, Logins logins, Clock clock) {
        this(records, logins, clock, EmbeddedMetrics.of(Map.of()));
    }

    private RetentionSweepHandler(RetentionRecords records, Logins logins, Clock clock, EmbeddedMetrics metrics) {
        this.sweep = new RetentionSweep(records, logins, clock);
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        SweepEvent event = parse(input);
        LocalDate asOf;
        try {
            asOf = SweepDate.asOf(event.time(), clock.instant());
        } catch (InvalidInput refused) {
            throw new IllegalArgumentException("Refused: the event's time is more than 24 hours in the future");
        }
        RetentionSweep.Run run = sweep.run(asOf, event.dryRun(), budget(context));
        SweepLog.write(run);
        if (run.report().complete() && !run.report().dryRun()) {
            // The dead man's switch (RetentionSweepCompletedAlarm): every record due today was dealt with.
            metrics.count(SWEEP_COMPLETED, Map.of());
        }
        output.write(Json.writeBytes(run.report()));
    }

    private static SweepEvent parse(InputStream input) throws IOException {
        try {
            return SweepEvent.parse(input.readAllBytes());
        } catch (InvalidInput invalid) {
            throw new IllegalArgumentException("Refused: " + invalid.details().get(0).field() + " "
                    + invalid.details().get(0).message());
        }
    }

    private static SweepBudget budget(Context context) {
        if (context == null) {
            return SweepBudget.unlimited();
        }
        return () -> context.getRemainingTimeInMillis() >= RESERVE_MILLIS;
    }
}
