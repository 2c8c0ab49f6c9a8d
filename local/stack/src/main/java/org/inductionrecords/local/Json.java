package org.inductionrecords.local;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON mapper of the local stack: lenient on input (events carry more than the POJOs know). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Json() {
    }

    /** A compact error body in the API's shape: {@code {"error", "message", "details": []}}. */
    static String error(String code, String message) {
        return MAPPER.createObjectNode().put("error", code).put("message", message)
                .set("details", MAPPER.createArrayNode()).toString();
    }
}
