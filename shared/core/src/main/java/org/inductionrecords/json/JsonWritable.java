package org.inductionrecords.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * An answer that writes itself as JSON, field by field, with the shared factory's generator. Why: a cold start
 * that only answers such a value never builds the databind mapper (150-250 ms of a cold start on Lambda's flags,
 * docs/PERFORMANCE.md). Implementations also carry {@code @JsonSerialize(using = JsonWritable.Serializer.class)}
 * so that the mapper writes them with the same code inside lists and exports; their tests hold the output equal
 * to the mapper's reflective form of the record.
 */
public interface JsonWritable {

    void writeJson(JsonGenerator json) throws IOException;

    /** Lets the mapper write a {@link JsonWritable} the way it writes itself. */
    final class Serializer extends com.fasterxml.jackson.databind.ser.std.StdSerializer<JsonWritable> {

        public Serializer() {
            super(JsonWritable.class);
        }

        @Override
        public void serialize(JsonWritable value, JsonGenerator json,
                              com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            value.writeJson(json);
        }
    }
}
