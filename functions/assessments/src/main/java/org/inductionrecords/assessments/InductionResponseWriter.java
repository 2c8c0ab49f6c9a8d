package org.inductionrecords.assessments;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.json.Json;

/**
 * Writes {@link InductionResponse} field by field, in its components' order, leaving out empty Optionals, with
 * ISO dates and instants: exactly what the shared mapper writes for the record by reflection. Why by hand: the
 * induction is the first answer of most cold starts (GET /inductions/{id}), and the mapper's first reflective
 * look at a record with Optional, LocalDate and BigDecimal components (record components, generic signatures,
 * annotations) cost that first request about 80 ms (issue 7, docs/PERFORMANCE.md). InductionResponseWriterTest
 * holds it equal to the reflective form.
 */
final class InductionResponseWriter extends StdSerializer<InductionResponse> {

    InductionResponseWriter() {
        super(InductionResponse.class);
    }

    /** The induction as the contract's JSON, written with the shared mapper's generator. */
    static String json(InductionResponse induction) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
            write(induction, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public void serialize(InductionResponse induction, JsonGenerator json, SerializerProvider provider)
            throws IOException {
        write(induction, json);
    }

    private static void write(InductionResponse induction, JsonGenerator json) throws IOException {
        json.writeStartObject();
        text(json, "inductionId", induction.inductionId());
        text(json, "schoolUrn", induction.schoolUrn());
        if (induction.teacher() != null) {
            InductionResponse.TeacherResponse teacher = induction.teacher();
            json.writeObjectFieldStart("teacher");
            text(json, "trn", teacher.trn());
            text(json, "givenName", teacher.givenName());
            text(json, "familyName", teacher.familyName());
            date(json, "dateOfBirth", teacher.dateOfBirth());
            text(json, "email", teacher.email());
            json.writeEndObject();
        }
        text(json, "programme", induction.programme());
        date(json, "startDate", induction.startDate());
        number(json, "fte", induction.fte());
        text(json, "tutorUserId", induction.tutorUserId());
        text(json, "status", induction.status());
        text(json, "outcome", induction.outcome());
        date(json, "outcomeDate", induction.outcomeDate());
        number(json, "extensionTerms", induction.extensionTerms());
        if (induction.legalHold() != null && induction.legalHold().isPresent()) {
            json.writeBooleanField("legalHold", induction.legalHold().get());
        }
        date(json, "retentionEnds", induction.retentionEnds());
        date(json, "completionDate", induction.completionDate());
        number(json, "termsServed", induction.termsServed());
        if (induction.reducedAt() != null && induction.reducedAt().isPresent()) {
            Instant reducedAt = induction.reducedAt().get();
            json.writeStringField("reducedAt", reducedAt.toString());
        }
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static void text(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value != null && value.isPresent()) {
            json.writeStringField(name, value.get());
        }
    }

    private static void date(JsonGenerator json, String name, LocalDate value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value.toString());
        }
    }

    private static void date(JsonGenerator json, String name, Optional<LocalDate> value) throws IOException {
        if (value != null && value.isPresent()) {
            json.writeStringField(name, value.get().toString());
        }
    }

    private static void number(JsonGenerator json, String name, Optional<BigDecimal> value) throws IOException {
        if (value != null && value.isPresent()) {
            json.writeFieldName(name);
            json.writeNumber(value.get());
        }
    }
}
