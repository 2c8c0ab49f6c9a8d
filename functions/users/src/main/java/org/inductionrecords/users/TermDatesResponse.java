package org.inductionrecords.users;

import java.time.LocalDate;
import java.util.List;
import org.inductionrecords.core.calendar.TermDates;

/** The contract's term dates: {@code {academicYear, terms: [{name, start, end}]}}. */
record TermDatesResponse(int academicYear, List<TermResponse> terms) {

    record TermResponse(String name, LocalDate start, LocalDate end) {
    }

    static TermDatesResponse of(TermDates dates) {
        return new TermDatesResponse(dates.academicYear(), dates.terms().stream()
                .map(term -> new TermResponse(term.name().name(), term.start(), term.end())).toList());
    }
}
