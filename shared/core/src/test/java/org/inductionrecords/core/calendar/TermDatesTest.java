package org.inductionrecords.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.validation.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An academic year's three terms, as the AB records them (contract section 7). */
class TermDatesTest {

    private static String body(String... terms) {
        return "{\"terms\":[" + String.join(",", terms) + "]}";
    }

    private static String term(String name, String start, String end) {
        return "{\"name\":\"" + name + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}";
    }

    private static final String AUTUMN = term("AUTUMN", "2025-09-03", "2025-12-19");
    private static final String SPRING = term("SPRING", "2026-01-05", "2026-03-27");
    private static final String SUMMER = term("SUMMER", "2026-04-13", "2026-07-22");

    @Test
    void threeTermsInOrderWithinTheYearAreRecorded() {
        TermDates dates = TermDates.read(2025, RequestBody.parse(body(AUTUMN, SPRING, SUMMER)));

        assertEquals(List.of(TermName.AUTUMN, TermName.SPRING, TermName.SUMMER),
                dates.terms().stream().map(Term::name).toList());
        assertEquals(LocalDate.of(2025, 12, 19), dates.terms().get(0).end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a term that ends before it starts | AUTUMN,2025-12-19,2025-09-03 | terms[0].end",
            "out of order                      | SPRING,2025-09-03,2025-12-19 | terms[0].name",
            "before the year                   | AUTUMN,2025-08-20,2025-12-19 | terms[0].start",
            "an impossible date                | AUTUMN,2025-09-31,2025-12-19 | terms[0].start",
    })
    void aBadFirstTermIsRefusedNamingItsField(String what, String first, String field) {
        String[] parts = first.split(",");
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> TermDates.read(2025, RequestBody.parse(body(term(parts[0], parts[1], parts[2]), SPRING, SUMMER))));

        assertEquals(field, refused.details().get(0).field(), refused.details().toString());
    }

    @Test
    void overlappingTermsTwoTermsAndAYearOutOfRangeAreRefused() {
        InvalidInput overlap = assertThrows(InvalidInput.class, () -> TermDates.read(2025, RequestBody.parse(
                body(AUTUMN, term("SPRING", "2025-12-01", "2026-03-27"), SUMMER))));
        assertEquals("terms[1].start", overlap.details().get(0).field());
        InvalidInput two = assertThrows(InvalidInput.class, () -> TermDates.read(2025, RequestBody.parse(body(AUTUMN, SPRING))));
        assertEquals("terms", two.details().get(0).field());
        InvalidInput late = assertThrows(InvalidInput.class, () -> TermDates.read(2025, RequestBody.parse(
                body(AUTUMN, SPRING, term("SUMMER", "2026-04-13", "2026-09-01")))));
        assertEquals("terms[2].start", late.details().get(0).field());
        assertEquals("academicYear", assertThrows(InvalidInput.class, () -> TermDates.academicYear("25")).details().get(0).field());
        assertEquals("academicYear", assertThrows(InvalidInput.class, () -> TermDates.academicYear("1999")).details().get(0).field());
        assertEquals(2025, TermDates.academicYear("2025"));
    }
}
