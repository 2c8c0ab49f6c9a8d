package org.inductionrecords.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one log-line writer: the JSON the shared mapper would write, on one line, ids and counts only. */
class LogLineTest {

    @Test
    void aLineIsTheJsonTheMapperWritesForItsFieldsInOrderOnOneLine() {
        // given a line with every kind of field, and a value that needs escaping
        String awkward = "id with \"quotes\", a \\ and a\nnewline \u00e9";
        LogLine line = LogLine.info("retention sweep report").with("requestId", awkward).with("reduced", 3)
                .with("dryRun", false).with("reducedIds", List.of("i-1", "i-2"));

        // when written, then it is the mapper's JSON of the same fields, level and message first, on one line
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("level", "INFO");
        same.put("message", "retention sweep report");
        same.put("requestId", awkward);
        same.put("reduced", 3);
        same.put("dryRun", false);
        same.put("reducedIds", List.of("i-1", "i-2"));
        assertEquals(Json.write(same), line.json());
        assertFalse(line.json().contains("\n"), line.json());
    }

    @Test
    void anAbsentValueIsLeftOut() {
        assertEquals("{\"level\":\"WARN\",\"message\":\"m\"}", LogLine.warn("m").with("requestId", (String) null).json());
    }

    @Test
    void anExceptionGoesInByItsTypeAndFrameNeverItsMessage() {
        // given an exception whose message echoes input
        IllegalStateException error = new IllegalStateException("Zephyrine Quillfeather, born 1990-07-13");

        // when it is logged
        String json = LogLine.error("unhandled exception").exception(error).json();

        // then the line names its type and where it was thrown, and holds nothing of its message
        assertTrue(json.startsWith("{\"level\":\"ERROR\",\"message\":\"unhandled exception\",\"errorType\":"
                + "\"java.lang.IllegalStateException\",\"at\":\"org.inductionrecords.json.LogLineTest."), json);
        assertFalse(json.contains("Zephyrine") || json.contains("1990"), json);
    }
}
