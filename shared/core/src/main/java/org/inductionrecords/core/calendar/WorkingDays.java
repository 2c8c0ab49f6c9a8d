package org.inductionrecords.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days in England and Wales: Monday to Friday less the bank holidays (DOMAIN.md "Deadlines"). An
 * assessment is due 10 working days after the end of its term (guidance 2.61); the AB's decision 20
 * working days after the headteacher's final recommendation (2.67).
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !BankHolidays.of(day.getYear()).contains(day);
    }

    /** The {@code n}th working day after {@code day} (the day itself not counted; n >= 1). */
    public static LocalDate after(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("at least one working day");
        }
        LocalDate current = day;
        for (int counted = 0; counted < n; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }
}
