package org.inductionrecords.assessments;

import static org.inductionrecords.json.JsonFields.bool;
import static org.inductionrecords.json.JsonFields.date;
import static org.inductionrecords.json.JsonFields.instant;
import static org.inductionrecords.json.JsonFields.number;
import static org.inductionrecords.json.JsonFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes {@link InductionResponse} field by field, in its components' order, leaving out empty Optionals, with
 * ISO dates and instants: exactly what the shared mapper writes for the record by reflection. Why by hand: the
 * induction is the first answer of most cold starts (GET /inductions/{id}), and answering it must not build the
 * databind mapper, nor pay its first reflective look at a record with Optional, LocalDate and BigDecimal
 * components (about 80 ms; docs/PERFORMANCE.md). InductionResponseWriterTest holds it equal to the
 * reflective form.
 */
final class InductionResponseWriter {

    private InductionResponseWriter() {
    }

    static void write(InductionResponse induction, JsonGenerator json) throws IOException {
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
        bool(json, "legalHold", induction.legalHold());
        date(json, "retentionEnds", induction.retentionEnds());
        date(json, "completionDate", induction.completionDate());
        number(json, "termsServed", induction.termsServed());
        instant(json, "reducedAt", induction.reducedAt());
        number(json, "termsRequired", induction.termsRequired());
        if (induction.absence().isPresent()) {
            json.writeArrayFieldStart("absence");
            for (InductionResponse.AbsenceResponse year : induction.absence().get()) {
                json.writeStartObject();
                json.writeNumberField("year", year.year());
                json.writeNumberField("daysAbsent", year.daysAbsent());
                json.writeNumberField("statutoryLeaveDays", year.statutoryLeaveDays());
                json.writeNumberField("extensionTerms", year.extensionTerms());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (induction.extensions().isPresent()) {
            json.writeArrayFieldStart("extensions");
            for (InductionResponse.ExtensionResponse extension : induction.extensions().get()) {
                json.writeStartObject();
                json.writeNumberField("terms", extension.terms());
                text(json, "reason", extension.reason());
                text(json, "source", extension.source());
                json.writeStringField("recordedAt", extension.recordedAt().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (induction.reductions().isPresent()) {
            json.writeArrayFieldStart("reductions");
            for (InductionResponse.ReductionResponse reduction : induction.reductions().get()) {
                json.writeStartObject();
                json.writeNumberField("terms", reduction.terms());
                text(json, "reason", reduction.reason());
                json.writeStringField("recordedAt", reduction.recordedAt().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (induction.nextAssessment().isPresent()) {
            json.writeObjectFieldStart("nextAssessment");
            json.writeNumberField("term", induction.nextAssessment().get().term());
            text(json, "kind", induction.nextAssessment().get().kind());
            date(json, "dueDate", induction.nextAssessment().get().dueDate());
            text(json, "status", induction.nextAssessment().get().status());
            json.writeEndObject();
        }
        date(json, "qtsDate", induction.qtsDate());
        text(json, "trainingProgramme", induction.trainingProgramme());
        bool(json, "countStatutoryLeave", induction.countStatutoryLeave());
        if (induction.periods().isPresent()) {
            json.writeArrayFieldStart("periods");
            for (InductionResponse.PeriodResponse period : induction.periods().get()) {
                json.writeStartObject();
                text(json, "periodId", period.periodId());
                text(json, "schoolUrn", period.schoolUrn());
                date(json, "startDate", period.startDate());
                date(json, "endDate", period.endDate());
                json.writeNumberField("fte", period.fte());
                text(json, "tutorUserId", period.tutorUserId());
                json.writeNumberField("termsServed", period.termsServed());
                text(json, "endReason", period.endReason());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        text(json, "closeReason", induction.closeReason());
        date(json, "decisionDueBy", induction.decisionDueBy());
        json.writeEndObject();
    }
}
