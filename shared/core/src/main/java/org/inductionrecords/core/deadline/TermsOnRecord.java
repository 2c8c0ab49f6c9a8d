package org.inductionrecords.core.deadline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.calendar.Term;
import org.inductionrecords.core.calendar.TermDates;

/**
 * The term dates the AB has recorded (every year: one small item each, read in one query), and how an induction's
 * calendar terms fall on them. Calendar term 1 is the term the induction starts in (or, starting in a holiday,
 * the next one); term n the (n-1)th after it. A year without dates still has its three terms, dated only by
 * their month windows ({@link CalendarTerm#around}), so a deadline appears as soon as its year's dates are
 * recorded, whenever that is.
 */
public final class TermsOnRecord {

    private final Map<CalendarTerm, Term> dated = new HashMap<>();

    public TermsOnRecord(List<TermDates> years) {
        for (TermDates year : years) {
            for (Term term : year.terms()) {
                dated.put(new CalendarTerm(year.academicYear(), term.name()), term);
            }
        }
    }

    public Optional<Term> datesOf(CalendarTerm term) {
        return Optional.ofNullable(dated.get(term));
    }

    /** The term an induction starting on {@code start} counts as its first. */
    public CalendarTerm firstTerm(LocalDate start) {
        int year = CalendarTerm.academicYearOf(start);
        CalendarTerm candidate = new CalendarTerm(year, org.inductionrecords.core.calendar.TermName.AUTUMN);
        boolean anyDated = false;
        for (int i = 0; i < 3; i++) {
            Optional<Term> dates = datesOf(candidate);
            if (dates.isPresent()) {
                anyDated = true;
                if (!start.isAfter(dates.get().end())) {
                    return candidate;
                }
            }
            candidate = candidate.next();
        }
        // After the summer term's end (or no dates that year): the holiday belongs to the next term.
        return anyDated ? candidate : CalendarTerm.around(start);
    }

    /** The induction's calendar term {@code n} (1 = the first). */
    public CalendarTerm term(LocalDate inductionStart, int n) {
        CalendarTerm term = firstTerm(inductionStart);
        for (int i = 1; i < n; i++) {
            term = term.next();
        }
        return term;
    }
}
