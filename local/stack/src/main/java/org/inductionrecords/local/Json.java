package org.inductionrecords.local;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The system's one JSON mapper ({@link org.inductionrecords.json.Json}), and the gateway's error bodies. */
final class Json {

    static final ObjectMapper MAPPER = org.inductionrecords.json.Json.mapper();

    private Json() {
    }

    /** A compact error body in the API's shape: {@code {"error", "message", "details": []}}. */
    static String error(String code, String message) {
        return MAPPER.createObjectNode().put("error", code).put("message", message)
                .set("details", MAPPER.createArrayNode()).toString();
    }
}
