package org.inductionrecords.core.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The FTE terms a period served (DOMAIN.md "Induction periods", "Terms are counted in FTE terms"), from the AB's
 * term dates: each term counts its share of days inside the period (a whole term 1, a part to two decimal
 * places), times the period's FTE; school holidays count nothing. An academic year without term dates recorded
 * counts whole weeks of a 39-week school year instead: its weeks inside the period times 3/52 (a whole year of
 * 52 weeks is three terms), to two decimal places. This system's choice, stated in docs/DOMAIN.md.
 */
public final class PeriodTerms {

    /** A part of a term, and the fallback by weeks, are counted to two decimal places. */
    static final int SCALE = 2;
    private static final BigDecimal TERMS_PER_YEAR = BigDecimal.valueOf(3);
    private static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);

    private PeriodTerms() {
    }

    /** FTE terms served from {@code start} to {@code end}, both days included. */
    public static BigDecimal served(LocalDate start, LocalDate end, BigDecimal fte, List<TermDates> recorded) {
        Objects.requireNonNull(fte);
        if (end.isBefore(start)) {
            return BigDecimal.ZERO;
        }
        Map<Integer, TermDates> byYear = recorded.stream()
                .collect(Collectors.toMap(TermDates::academicYear, Function.identity(), (a, b) -> b));
        BigDecimal calendarTerms = BigDecimal.ZERO;
        for (int year = academicYearOf(start); year <= academicYearOf(end); year++) {
            LocalDate from = max(start, TermDates.yearStart(year));
            LocalDate to = min(end, TermDates.yearEnd(year));
            TermDates dates = byYear.get(year);
            calendarTerms = calendarTerms.add(dates == null ? byWeeks(from, to) : byTerms(from, to, dates));
        }
        return calendarTerms.multiply(fte).stripTrailingZeros();
    }

    public static int academicYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    private static BigDecimal byTerms(LocalDate from, LocalDate to, TermDates dates) {
        BigDecimal terms = BigDecimal.ZERO;
        for (Term term : dates.terms()) {
            LocalDate overlapFrom = max(from, term.start());
            LocalDate overlapTo = min(to, term.end());
            if (overlapTo.isBefore(overlapFrom)) {
                continue;
            }
            long inside = ChronoUnit.DAYS.between(overlapFrom, overlapTo) + 1;
            long length = ChronoUnit.DAYS.between(term.start(), term.end()) + 1;
            terms = terms.add(inside == length ? BigDecimal.ONE
                    : BigDecimal.valueOf(inside).divide(BigDecimal.valueOf(length), SCALE, RoundingMode.HALF_UP));
        }
        return terms;
    }

    private static BigDecimal byWeeks(LocalDate from, LocalDate to) {
        long weeks = (ChronoUnit.DAYS.between(from, to) + 1) / 7;
        return BigDecimal.valueOf(weeks).multiply(TERMS_PER_YEAR).divide(WEEKS_PER_YEAR, SCALE, RoundingMode.HALF_UP);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
