package org.inductionrecords.core.metrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.inductionrecords.json.Json;

/**
 * Counts written as CloudWatch embedded metric format (EMF) log lines on stdout: CloudWatch Logs turns each line
 * into a metric datapoint (AWS docs, "Specification: Embedded metric format"), so a function reports what it
 * completed with no SDK call and no dependency. The template's dead man's switch alarms watch these metrics
 * (README "Alarms"). Names and dimension values are fixed identifiers such as {@code Site=primary}: a line never
 * carries personal data, which the pattern below enforces. The one kind of stdout line that is not a
 * {@link org.inductionrecords.json.LogLine}: EMF needs its own {@code _aws} object, which a log line has no place for.
 */
public final class EmbeddedMetrics {

    /** The environment variable naming the namespace (the template gives one per stack). */
    public static final String NAMESPACE_VARIABLE = "METRICS_NAMESPACE";
    public static final String DEFAULT_NAMESPACE = "induction-records";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final String namespace;
    private final PrintStream out;
    private final Clock clock;

    EmbeddedMetrics(String namespace, PrintStream out, Clock clock) {
        this.namespace = namespace;
        this.out = out;
        this.clock = clock;
    }

    /** Lines to stdout, in the namespace the function's environment names. */
    public static EmbeddedMetrics of(Map<String, String> environment) {
        String namespace = environment.getOrDefault(NAMESPACE_VARIABLE, DEFAULT_NAMESPACE);
        return new EmbeddedMetrics(namespace == null || namespace.isBlank() ? DEFAULT_NAMESPACE : namespace,
                System.out, Clock.systemUTC());
    }

    /** Writes a count of one of {@code metric}, with these dimensions (none is fine). */
    public void count(String metric, Map<String, String> dimensions) {
        out.println(line(metric, dimensions));
    }

    /** The EMF line for a count of one. */
    String line(String metric, Map<String, String> dimensions) {
        identifier(metric);
        Map<String, String> sorted = new TreeMap<>(dimensions);
        sorted.forEach((name, value) -> {
            identifier(name);
            identifier(value);
        });
        ObjectNode line = Json.mapper().createObjectNode();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", namespace);
        ArrayNode dimensionSet = directive.putArray("Dimensions").addArray();
        sorted.keySet().forEach(dimensionSet::add);
        directive.putArray("Metrics").addObject().put("Name", metric).put("Unit", "Count");
        sorted.forEach(line::put);
        line.put(metric, 1);
        return line.toString();
    }

    private static void identifier(String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("A metric name or dimension must be an identifier, not " + value);
        }
    }
}
