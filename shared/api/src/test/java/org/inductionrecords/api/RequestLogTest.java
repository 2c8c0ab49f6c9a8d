package org.inductionrecords.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.inductionrecords.json.Json;
import org.junit.jupiter.api.Test;

/** The request log line written without databind is the same JSON the shared mapper writes for it. */
class RequestLogTest {

    @Test
    void logLineIsWhatTheMapperWouldWrite() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "INFO");
        line.put("message", "request");
        line.put("route", "GET /inductions/{inductionId}");
        line.put("status", 200);
        line.put("outcome", "ok");
        line.put("durationMs", 1234L);
        line.put("requestId", "id with \"quotes\", a \\ and a\nnewline \u00e9");

        assertEquals(Json.write(line), RequestLog.flat(line));
    }
}
