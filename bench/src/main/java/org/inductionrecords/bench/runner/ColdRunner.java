package org.inductionrecords.bench.runner;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.inductionrecords.testing.RoundTrips;

/**
 * Plays the Lambda runtime for one cold start, in a fresh JVM whose class path is one function.jar and this
 * runner: loads the handler class, constructs it with its public no-arg constructor (so it reads the real
 * environment variables, as in Lambda), answers the one event, prints one report line and exits.
 *
 * <pre>java -cp function.jar:bench-runner.jar ...ColdRunner &lt;handler class&gt; api|stream &lt;event.json&gt;</pre>
 *
 * Report: {@code ANSWERED <status or output bytes> init_ms=.. invoke_ms=.. calls=..}, then {@code JVM_MS ..}: from
 * the JVM's start to the answer.
 */
public final class ColdRunner {

    private ColdRunner() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        byte[] event = Files.readAllBytes(Path.of(args[2]));
        Object handler = Class.forName(args[0]).getConstructor().newInstance();
        long constructed = System.nanoTime();
        RunnerContext context = new RunnerContext();
        String answer;
        if (args[1].equals("api")) {
            answer = ApiInvoke.invoke(handler, event, context);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((RequestStreamHandler) handler).handleRequest(new ByteArrayInputStream(event), out, context);
            answer = "bytes=" + out.size();
        }
        long answered = System.nanoTime();
        report(answer, start, constructed, answered);
    }

    /** The answer line first (the parent stops its clock on it), then the JVM's own uptime at the answer. */
    static void report(String answer, long start, long initialised, long answered) {
        System.out.println("ANSWERED " + answer + " init_ms=" + (initialised - start) / 1_000_000 + " invoke_ms="
                + (answered - initialised) / 1_000_000 + " calls=" + calls());
        System.out.flush();
        long sinceAnswer = (System.nanoTime() - answered) / 1_000_000;
        System.out.println("JVM_MS " + (ManagementFactory.getRuntimeMXBean().getUptime() - sinceAnswer));
        System.out.flush();
        System.exit(0);
    }

    /** The SDK calls so far, e.g. {@code DynamoDb:GetItem=2,DynamoDb:Query=1} ({@code -} if none). */
    private static String calls() {
        Map<String, Integer> counts = RoundTrips.counts();
        return counts.isEmpty() ? "-" : counts.entrySet().stream().map(call -> call.getKey() + "=" + call.getValue())
                .collect(Collectors.joining(","));
    }
}
