package org.inductionrecords.core.deadline;

import java.time.LocalDate;
import java.util.Objects;
import org.inductionrecords.core.calendar.TermName;

/** One term of one academic year ({@code 2025} AUTUMN is the autumn term of 2025/26), dates or not. */
public record CalendarTerm(int academicYear, TermName name) {

    public CalendarTerm {
        Objects.requireNonNull(name);
    }

    /** The term a day falls in when no dates are recorded: September-December, January-March, April-August. */
    public static CalendarTerm around(LocalDate day) {
        int month = day.getMonthValue();
        if (month >= 9) {
            return new CalendarTerm(day.getYear(), TermName.AUTUMN);
        }
        return new CalendarTerm(day.getYear() - 1, month <= 3 ? TermName.SPRING : TermName.SUMMER);
    }

    public static int academicYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    public CalendarTerm next() {
        return switch (name) {
            case AUTUMN -> new CalendarTerm(academicYear, TermName.SPRING);
            case SPRING -> new CalendarTerm(academicYear, TermName.SUMMER);
            case SUMMER -> new CalendarTerm(academicYear + 1, TermName.AUTUMN);
        };
    }

    /** The first day this term can start when its dates are not recorded (the windows of {@link #around}). */
    public LocalDate earliestStart() {
        return switch (name) {
            case AUTUMN -> LocalDate.of(academicYear, 9, 1);
            case SPRING -> LocalDate.of(academicYear + 1, 1, 1);
            case SUMMER -> LocalDate.of(academicYear + 1, 4, 1);
        };
    }
}
