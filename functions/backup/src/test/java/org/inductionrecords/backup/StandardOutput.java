package org.inductionrecords.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helper: what a piece of code printed to stdout (where Lambda's log lines, EMF included, come from). */
public final class StandardOutput {

    private StandardOutput() {
    }

    public static List<String> linesOf(Runnable code) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setOut(original);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        original.print(printed);
        return printed.lines().toList();
    }

    /** The embedded-metric-format lines among them that count {@code metric}. */
    public static List<com.fasterxml.jackson.databind.JsonNode> metrics(List<String> lines, String metric) {
        return lines.stream().filter(line -> line.startsWith("{\"_aws\""))
                .map(org.inductionrecords.json.Json::tree).filter(line -> line.has(metric)).toList();
    }
}
