package org.inductionrecords.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales (DOMAIN.md "Deadlines"), computed for any year: New Year's Day,
 * Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing Day,
 * a holiday falling at a weekend moved to the next weekday that is not already one (the substitute day),
 * and the one-off changes by royal proclamation listed in {@link #PROCLAIMED}.
 */
public final class BankHolidays {

    /**
     * Changes proclaimed for one year: the regular day it replaces (if any) and the day it adds. 2020: the
     * early May holiday moved to Friday 8 May (VE Day); 2022: the spring holiday moved to Thursday 2 June,
     * with Friday 3 June added (the Platinum Jubilee), and Monday 19 September (the State Funeral); 2023:
     * Monday 8 May (the Coronation).
     */
    private record Proclaimed(LocalDate replaces, LocalDate day) {
    }

    private static final Map<Integer, Set<Proclaimed>> PROCLAIMED = Map.of(
            2020, Set.of(new Proclaimed(LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8))),
            2022, Set.of(new Proclaimed(LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2)),
                    new Proclaimed(null, LocalDate.of(2022, 6, 3)),
                    new Proclaimed(null, LocalDate.of(2022, 9, 19))),
            2023, Set.of(new Proclaimed(null, LocalDate.of(2023, 5, 8))));

    private BankHolidays() {
    }

    /** Every bank holiday of the year, in date order. */
    public static Set<LocalDate> of(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(substitute(LocalDate.of(year, 1, 1), days));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(substitute(LocalDate.of(year, Month.DECEMBER, 25), days));
        days.add(substitute(LocalDate.of(year, Month.DECEMBER, 26), days));
        for (Proclaimed change : PROCLAIMED.getOrDefault(year, Set.of())) {
            if (change.replaces() != null) {
                days.remove(change.replaces());
            }
            days.add(change.day());
        }
        return days;
    }

    /** A holiday at a weekend is kept on the next weekday that is not already a holiday. */
    private static LocalDate substitute(LocalDate day, Set<LocalDate> already) {
        LocalDate kept = day;
        while (kept.getDayOfWeek() == DayOfWeek.SATURDAY || kept.getDayOfWeek() == DayOfWeek.SUNDAY
                || already.contains(kept)) {
            kept = kept.plusDays(1);
        }
        return kept;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus and Jones). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
