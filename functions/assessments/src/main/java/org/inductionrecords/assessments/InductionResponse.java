package org.inductionrecords.assessments;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.json.JsonWritable;

/**
 * The contract's induction record. A REDUCED induction answers its basic record only: no email,
 * FTE, tutor or legal hold, plus completion date, terms served and when it was reduced. Written by
 * {@link InductionResponseWriter} (the hot answer of a cold start), not by reflection.
 */
@JsonSerialize(using = JsonWritable.Serializer.class)
record InductionResponse(
        String inductionId,
        String schoolUrn,
        TeacherResponse teacher,
        String programme,
        LocalDate startDate,
        Optional<BigDecimal> fte,
        Optional<String> tutorUserId,
        String status,
        Optional<String> outcome,
        Optional<LocalDate> outcomeDate,
        Optional<BigDecimal> extensionTerms,
        Optional<Boolean> legalHold,
        Optional<LocalDate> retentionEnds,
        Optional<LocalDate> completionDate,
        Optional<BigDecimal> termsServed,
        Optional<Instant> reducedAt) implements JsonWritable {

    record TeacherResponse(String trn, String givenName, String familyName, LocalDate dateOfBirth,
                           Optional<String> email) {
    }

    @Override
    public void writeJson(JsonGenerator json) throws IOException {
        InductionResponseWriter.write(this, json);
    }

    static InductionResponse of(Induction induction) {
        var teacher = induction.teacher();
        boolean whole = !induction.isReduced();
        return new InductionResponse(
                induction.inductionId(),
                induction.schoolUrn(),
                new TeacherResponse(teacher.trn(), teacher.givenName(), teacher.familyName(), teacher.dateOfBirth(),
                        teacher.email()),
                induction.programme().name(),
                induction.startDate(),
                induction.fte(),
                induction.tutorUserId(),
                induction.status().name(),
                induction.outcome().map(Enum::name),
                induction.outcomeDate(),
                induction.extensionTerms(),
                whole ? Optional.of(induction.legalHold()) : Optional.empty(),
                whole ? induction.retentionEnds() : Optional.empty(),
                induction.isReduced() ? induction.completionDate() : Optional.empty(),
                induction.termsServed(),
                induction.reducedAt());
    }
}
