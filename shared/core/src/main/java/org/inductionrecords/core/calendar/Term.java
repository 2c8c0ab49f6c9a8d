package org.inductionrecords.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One term of a school year as the Appropriate Body records it: its first and last days. */
public record Term(TermName name, LocalDate start, LocalDate end) {

    public Term {
        Objects.requireNonNull(name);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
