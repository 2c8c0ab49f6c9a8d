package org.inductionrecords.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One log line of a function, the only way any function logs: a JSON object on one line of standard output,
 * {@code {"level", "message", then the fields in the order given}}. Lambda (LogFormat JSON, template.yaml) takes
 * the level from it for its log-level filter, and CloudWatch Logs Insights finds the fields without parsing.
 * Written with the shared factory's generator, never databind: a cold start that logs one line must not build the
 * mapper (docs/PERFORMANCE.md).
 *
 * <p>Ids and counts only: never a name, email, date of birth, comment or TRN (docs/DOMAIN.md, privacy; the local
 * stack's LogPrivacyE2eTest reads every line). Exceptions go in by type and first frame only ({@link #exception}), as
 * their messages can echo input.
 */
public final class LogLine {

    private final List<Map.Entry<String, Object>> fields = new ArrayList<>();

    private LogLine(String level, String message) {
        fields.add(Map.entry("level", level));
        fields.add(Map.entry("message", message));
    }

    public static LogLine info(String message) {
        return new LogLine("INFO", message);
    }

    public static LogLine warn(String message) {
        return new LogLine("WARN", message);
    }

    public static LogLine error(String message) {
        return new LogLine("ERROR", message);
    }

    /** A field; a null value is left out, as the shared mapper leaves out absent values. */
    public LogLine with(String name, String value) {
        return add(name, value);
    }

    public LogLine with(String name, long value) {
        return add(name, value);
    }

    public LogLine with(String name, boolean value) {
        return add(name, value);
    }

    /** A list of ids, e.g. the inductions a run reduced. */
    public LogLine with(String name, List<String> ids) {
        return add(name, List.copyOf(ids));
    }

    /** The exception's type and the frame it was thrown at; never its message, which can echo input. */
    public LogLine exception(Throwable error) {
        StackTraceElement[] frames = error.getStackTrace();
        return add("errorType", error.getClass().getName()).add("at", frames.length == 0 ? "" : frames[0].toString());
    }

    private LogLine add(String name, Object value) {
        if (value != null) {
            fields.add(Map.entry(name, value));
        }
        return this;
    }

    /** Prints the line to standard output, which Lambda sends to the function's log group. */
    public void write() {
        System.out.println(json());
    }

    /** The line as JSON, on one line (JSON escapes every newline inside a value). */
    public String json() {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Object> field : fields) {
                json.writeFieldName(field.getKey());
                switch (field.getValue()) {
                    case Long number -> json.writeNumber(number);
                    case Boolean flag -> json.writeBoolean(flag);
                    case List<?> ids -> {
                        json.writeStartArray();
                        for (Object id : ids) {
                            json.writeString(id.toString());
                        }
                        json.writeEndArray();
                    }
                    default -> json.writeString(field.getValue().toString());
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return json();
    }
}
