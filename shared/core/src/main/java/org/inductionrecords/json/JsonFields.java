package org.inductionrecords.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Fields of a {@link JsonWritable}, written as the shared mapper writes them: absent values (null, empty Optional)
 * left out, dates and instants in ISO form, decimals as JSON numbers.
 */
public final class JsonFields {

    private JsonFields() {
    }

    public static void text(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    public static void text(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value != null && value.isPresent()) {
            json.writeStringField(name, value.get());
        }
    }

    public static void date(JsonGenerator json, String name, LocalDate value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value.toString());
        }
    }

    public static void date(JsonGenerator json, String name, Optional<LocalDate> value) throws IOException {
        if (value != null && value.isPresent()) {
            json.writeStringField(name, value.get().toString());
        }
    }

    public static void instant(JsonGenerator json, String name, Optional<Instant> value) throws IOException {
        if (value != null && value.isPresent()) {
            json.writeStringField(name, value.get().toString());
        }
    }

    public static void number(JsonGenerator json, String name, Optional<BigDecimal> value) throws IOException {
        if (value != null && value.isPresent()) {
            json.writeFieldName(name);
            json.writeNumber(value.get());
        }
    }

    public static void bool(JsonGenerator json, String name, Optional<Boolean> value) throws IOException {
        if (value != null && value.isPresent()) {
            json.writeBooleanField(name, value.get());
        }
    }
}
