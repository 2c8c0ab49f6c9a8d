package org.inductionrecords.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The induction written by hand (for cold starts) is byte for byte what the shared mapper writes for the record by
 * reflection: same fields, same order, empty Optionals left out, ISO dates and instants, decimals as numbers.
 */
class InductionResponseWriterTest {

    /** The shared mapper with its configuration but blind to {@code @JsonSerialize}: the reflective form. */
    private static final ObjectMapper REFLECTIVE = Json.mapper().copy().disable(MapperFeature.USE_ANNOTATIONS);

    @Test
    void inductionInProgressIsWrittenAsTheMapperWouldWriteIt() throws Exception {
        InductionResponse inProgress = new InductionResponse("b5e0c3a2-1111-4000-8000-000000000001", "100001",
                new InductionResponse.TeacherResponse("1234567", "Ada", "O'Brien \"Jr\"", LocalDate.of(1995, 12, 10),
                        Optional.of("ada@example.org")),
                "ECT", LocalDate.of(2023, 9, 4), Optional.of(new BigDecimal("0.5")), Optional.of("tutor-1"),
                "IN_PROGRESS", Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("1")),
                Optional.of(false), Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("1.0")), Optional.empty(),
                Optional.of(new BigDecimal("7.6")),
                Optional.of(List.of(new InductionResponse.AbsenceResponse(1, 35, 5, new BigDecimal("0.5")))),
                Optional.of(List.of(new InductionResponse.ExtensionResponse(new BigDecimal("1"), "Illness \"long\"",
                                "AB", Instant.parse("2024-01-10T09:00:00Z")),
                        new InductionResponse.ExtensionResponse(new BigDecimal("0.5"), "Absence of 35 days",
                                "ABSENCE", Instant.parse("2024-02-10T09:00:00.5Z")))),
                Optional.of(List.of(new InductionResponse.ReductionResponse(new BigDecimal("0.4"), "Prior experience",
                        Instant.parse("2024-01-11T09:00:00Z")))),
                Optional.of(new InductionResponse.NextAssessmentResponse(3, "PROGRESS_REVIEW",
                        Optional.of(LocalDate.of(2026, 4, 14)), Optional.of("OVERDUE"))),
                Optional.of(LocalDate.of(2023, 7, 14)), Optional.of("PROVIDER_LED"), Optional.of(true),
                Optional.of(List.of(new InductionResponse.PeriodResponse("P1", "100009", LocalDate.of(2023, 9, 4),
                                Optional.of(LocalDate.of(2023, 12, 20)), new BigDecimal("1.0"), "tutor-0",
                                new BigDecimal("1"), Optional.of("LEFT")),
                        new InductionResponse.PeriodResponse("P2", "100001", LocalDate.of(2024, 1, 8),
                                Optional.empty(), new BigDecimal("0.5"), "tutor-1", new BigDecimal("0.25"),
                                Optional.empty()))),
                Optional.empty(), Optional.of(LocalDate.of(2026, 1, 7)));

        assertEquals(REFLECTIVE.writeValueAsString(inProgress), Json.write(inProgress));
    }

    @Test
    void passedInductionUnderLegalHoldIsWrittenAsTheMapperWouldWriteIt() throws Exception {
        InductionResponse passed = new InductionResponse("b5e0c3a2-1111-4000-8000-000000000002", "100001",
                new InductionResponse.TeacherResponse("1234568", "Bo", "Lee", LocalDate.of(1990, 2, 28),
                        Optional.empty()),
                "ECF", LocalDate.of(2021, 9, 1), Optional.of(new BigDecimal("1.0")), Optional.of("tutor-2"),
                "PASSED", Optional.of("PASSED"), Optional.of(LocalDate.of(2023, 7, 20)), Optional.empty(),
                Optional.of(true), Optional.of(LocalDate.of(2029, 7, 20)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new BigDecimal("6")), Optional.of(List.of()), Optional.of(List.of()),
                Optional.of(List.of()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false),
                Optional.of(List.of()), Optional.of("LEFT_TEACHING"), Optional.empty());

        assertEquals(REFLECTIVE.writeValueAsString(passed), Json.write(passed));
    }

    @Test
    void reducedInductionIsWrittenAsTheMapperWouldWriteIt() throws Exception {
        InductionResponse reduced = new InductionResponse("b5e0c3a2-1111-4000-8000-000000000003", "100002",
                new InductionResponse.TeacherResponse("1234569", "Cy", "Ng", LocalDate.of(1980, 1, 1),
                        Optional.empty()),
                "ECT", LocalDate.of(2010, 9, 1), Optional.empty(), Optional.empty(), "REDUCED",
                Optional.of("FAILED"), Optional.of(LocalDate.of(2012, 7, 1)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2012, 7, 1)), Optional.of(new BigDecimal("6")),
                Optional.of(Instant.parse("2018-07-02T03:04:05.123456Z")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertEquals(REFLECTIVE.writeValueAsString(reduced), Json.write(reduced));
    }

    @Test
    void inductionsInsideListsAreWrittenByTheSameWriter() throws Exception {
        InductionResponse induction = new InductionResponse("b5e0c3a2-1111-4000-8000-000000000004", "100003",
                new InductionResponse.TeacherResponse("1234570", "Di", "Po", LocalDate.of(1999, 3, 3),
                        Optional.of("di@example.org")),
                "ECT", LocalDate.of(2024, 1, 8), Optional.of(new BigDecimal("0.8")), Optional.of("tutor-3"),
                "IN_PROGRESS", Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertEquals(REFLECTIVE.writeValueAsString(List.of(induction)), Json.write(List.of(induction)));
        assertEquals("[" + Json.write(induction) + "]", Json.write(List.of(induction)));
    }
}
