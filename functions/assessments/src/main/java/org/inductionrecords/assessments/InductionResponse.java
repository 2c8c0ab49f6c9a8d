package org.inductionrecords.assessments;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.deadline.ScheduledAssessment;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Period;
import org.inductionrecords.core.terms.FteByTerm;
import org.inductionrecords.core.terms.InductionTerms;
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
        Optional<Instant> reducedAt,
        Optional<BigDecimal> termsRequired,
        Optional<List<AbsenceResponse>> absence,
        Optional<List<ExtensionResponse>> extensions,
        Optional<List<ReductionResponse>> reductions,
        Optional<NextAssessmentResponse> nextAssessment,
        Optional<LocalDate> qtsDate,
        Optional<String> trainingProgramme,
        Optional<Boolean> countStatutoryLeave,
        Optional<List<PeriodResponse>> periods,
        Optional<String> closeReason,
        Optional<LocalDate> decisionDueBy) implements JsonWritable {

    /** One period of the induction (contract section 6): the open one's terms served are those so far. */
    record PeriodResponse(String periodId, String schoolUrn, LocalDate startDate, Optional<LocalDate> endDate,
                          BigDecimal fte, String tutorUserId, BigDecimal termsServed, Optional<String> endReason) {
    }

    record TeacherResponse(String trn, String givenName, String familyName, LocalDate dateOfBirth,
                           Optional<String> email) {
    }

    /** One induction year's absence (contract section 6). */
    record AbsenceResponse(int year, int daysAbsent, int statutoryLeaveDays, BigDecimal extensionTerms) {
    }

    record ExtensionResponse(BigDecimal terms, String reason, String source, Instant recordedAt) {
    }

    record ReductionResponse(BigDecimal terms, String reason, Instant recordedAt) {
    }

    /** {@code dueDate} and {@code status} on list items only (contract section 6): the schedule's, as of today. */
    record NextAssessmentResponse(int term, String kind, Optional<LocalDate> dueDate, Optional<String> status) {
    }

    @Override
    public void writeJson(JsonGenerator json) throws IOException {
        InductionResponseWriter.write(this, json);
    }

    /**
     * The terms of a whole induction are answered in full (DOMAIN.md "Induction as it really runs"): terms
     * required, absence by induction year, every extension (those absence gives included), reductions, terms
     * served and the next assessment point. A REDUCED one keeps only its extensions' total and terms served.
     */
    static InductionResponse of(Induction induction) {
        return of(induction, Optional.empty());
    }

    /** As {@link #of(Induction)}, the next assessment with its due date and status as the schedule has them. */
    static InductionResponse of(Induction induction, Optional<ScheduledAssessment> next) {
        var teacher = induction.teacher();
        boolean whole = !induction.isReduced();
        FteByTerm fte = induction.fteByTerm();
        InductionTerms terms = induction.terms();
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
                whole ? induction.termsServed().or(() -> Optional.of(induction.termsServedSoFar()))
                        : induction.termsServed(),
                induction.reducedAt(),
                whole ? Optional.of(induction.termsRequired()) : Optional.empty(),
                whole ? Optional.of(terms.absence(fte).stream().map(year -> new AbsenceResponse(year.year(),
                        year.daysAbsent(), year.statutoryLeaveDays(), year.extensionTerms())).toList()) : Optional.empty(),
                whole ? Optional.of(terms.allExtensions(fte).stream().map(extension -> new ExtensionResponse(
                        extension.terms(), extension.reason(), extension.source().name(), extension.recordedAt()))
                        .toList()) : Optional.empty(),
                whole ? Optional.of(terms.reductions().stream().map(reduction -> new ReductionResponse(
                        reduction.terms(), reduction.reason(), reduction.recordedAt())).toList()) : Optional.empty(),
                induction.nextAssessment().map(point -> new NextAssessmentResponse(point.term(), point.kind().name(),
                        next.flatMap(ScheduledAssessment::dueDate), next.map(due -> due.status().name()))),
                induction.qtsDate(),
                induction.trainingProgramme().map(Enum::name),
                whole ? Optional.of(terms.countStatutoryLeave()) : Optional.empty(),
                whole ? Optional.of(induction.periods().stream().map(period -> period(induction, period)).toList())
                        : Optional.empty(),
                induction.closeReason().map(Enum::name),
                induction.decisionDueBy());
    }

    private static PeriodResponse period(Induction induction, Period period) {
        return new PeriodResponse(period.periodId(), period.schoolUrn(), period.startDate(), period.endDate(),
                period.fte(), period.tutorUserId(),
                period.termsServed().orElseGet(induction::termsOfOpenPeriod).stripTrailingZeros(),
                period.endReason().map(Enum::name));
    }

    /**
     * What a school the teacher has left sees (contract section 6): the basic fields (who, programme, start,
     * where the induction is now, its status) and its own periods; no tutor, FTE, terms or absence of the
     * school that continued it.
     */
    static InductionResponse former(Induction induction, String formerUrn) {
        var teacher = induction.teacher();
        return new InductionResponse(induction.inductionId(), induction.schoolUrn(),
                new TeacherResponse(teacher.trn(), teacher.givenName(), teacher.familyName(), teacher.dateOfBirth(),
                        teacher.email()),
                induction.programme().name(), induction.startDate(), Optional.empty(), Optional.empty(),
                induction.status().name(), induction.outcome().map(Enum::name), induction.outcomeDate(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(induction.periods().stream().filter(period -> period.schoolUrn().equals(formerUrn))
                        .map(period -> period(induction, period)).toList()),
                Optional.empty(), Optional.empty());
    }
}
