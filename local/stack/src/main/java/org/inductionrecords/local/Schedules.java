package org.inductionrecords.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.inductionrecords.emulators.Template;

/**
 * Fires the template's {@code Schedule}/{@code ScheduleV2} events at their times (never at start-up) with the
 * EventBridge "Scheduled Event" the function would get. Results go to the console as a one-line summary.
 */
final class Schedules implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Threads.named("schedule"));
    private final LambdaInvokeServer invoker;
    private final String stackName;
    private final Console console;
    private final Clock clock;

    private Schedules(LambdaInvokeServer invoker, String stackName, Console console, Clock clock) {
        this.invoker = invoker;
        this.stackName = stackName;
        this.console = console;
        this.clock = clock;
    }

    static Schedules start(LocalFunctions functions, LambdaInvokeServer invoker, String stackName, Console console) {
        Schedules schedules = new Schedules(invoker, stackName, console, Clock.systemUTC());
        for (LocalFunction function : functions.all()) {
            for (Template.ScheduleEvent event : function.definition().schedules()) {
                if (event.enabled()) {
                    ScheduleExpression expression = ScheduleExpression.parse(event.expression(), event.timezone());
                    schedules.arm(function, event, expression, schedules.clock.instant());
                }
            }
        }
        return schedules;
    }

    private void arm(LocalFunction function, Template.ScheduleEvent event, ScheduleExpression expression, Instant after) {
        Instant next = expression.nextAfter(after);
        console.info("schedule " + function.name() + "." + event.name() + " (" + event.expression() + ") next at " + next);
        long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis());
        timer.schedule(() -> {
            fire(function, event, next);
            arm(function, event, expression, next);
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void fire(LocalFunction function, Template.ScheduleEvent event, Instant time) {
        byte[] payload = scheduledEvent(function, event, time);
        long started = System.nanoTime();
        LambdaInvokeServer.Result result = invoker.invoke(function, payload);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (result.error()) {
            console.warn("schedule " + function.name() + "." + event.name() + " failed after " + millis + " ms");
        } else {
            console.info("schedule " + function.name() + "." + event.name() + " ran in " + millis + " ms");
        }
    }

    /**
     * EventBridge's scheduled event; a template {@code Input} replaces it, as EventBridge does, with
     * Scheduler's context attributes (such as {@code <aws.scheduler.scheduled-time>}) filled in.
     */
    byte[] scheduledEvent(LocalFunction function, Template.ScheduleEvent event, Instant time) {
        String scheduleArn = "arn:aws:scheduler:eu-west-2:000000000000:schedule/default/" + stackName + "-"
                + function.name() + event.name();
        String json = event.input() != null ? inputJson(String.valueOf(event.input()), time, scheduleArn)
                : eventJson(time, scheduleArn);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static String inputJson(String input, Instant time, String scheduleArn) {
        return input
                .replace("<aws.scheduler.scheduled-time>", time.truncatedTo(ChronoUnit.SECONDS).toString())
                .replace("<aws.scheduler.schedule-arn>", scheduleArn)
                .replace("<aws.scheduler.execution-id>", UUID.randomUUID().toString())
                .replace("<aws.scheduler.attempt-number>", "1");
    }

    static String eventJson(Instant time, String resourceArn) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("version", "0");
        json.put("id", UUID.randomUUID().toString());
        json.put("detail-type", "Scheduled Event");
        json.put("source", "aws.events");
        json.put("account", "000000000000");
        json.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("region", "eu-west-2");
        json.putArray("resources").add(resourceArn);
        json.putObject("detail");
        return json.toString();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
