package org.inductionrecords.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.core.validation.Text;

/**
 * One academic year's term dates (DOMAIN.md "Deadlines": term dates vary by local authority, so the AB records
 * each year's three terms): {@code academicYear} 2025 is 2025/26, from 1 September 2025 to 31 August 2026.
 * Contract section 7: three terms, AUTUMN, SPRING, SUMMER in that order, each starting on or before its end,
 * none overlapping the one before, all within the year.
 */
public record TermDates(int academicYear, List<Term> terms) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public TermDates {
        Objects.requireNonNull(terms);
        terms = List.copyOf(terms);
    }

    public static LocalDate yearStart(int academicYear) {
        return LocalDate.of(academicYear, 9, 1);
    }

    public static LocalDate yearEnd(int academicYear) {
        return LocalDate.of(academicYear + 1, 8, 31);
    }

    /** The path's year, e.g. {@code 2025}: 400 on academicYear unless four digits in range. */
    public static int academicYear(String raw) {
        Text.pathParameter("academicYear", raw, java.util.regex.Pattern.compile("\\d{4}"), "must be a year such as 2025");
        int year = Integer.parseInt(raw);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw org.inductionrecords.core.error.InvalidInput.of("academicYear",
                    "must be from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return year;
    }

    /** A {@code PUT /term-dates/{academicYear}} body: {@code {terms: [{name, start, end}] x 3}}. */
    public static TermDates read(int academicYear, RequestBody body) {
        List<RequestBody> items = body.objects("terms", 3, 3);
        List<Term> terms = new ArrayList<>();
        TermName[] order = TermName.values();
        for (int i = 0; i < items.size(); i++) {
            RequestBody item = items.get(i);
            TermName name = item.requiredEnum("name", TermName.class);
            LocalDate start = item.requiredDate("start");
            LocalDate end = item.requiredDate("end");
            item.check(name == null || name == order[i], "name", "must be " + order[i] + " (terms in order)");
            if (start != null && end != null) {
                item.check(!end.isBefore(start), "end", "must not be before start");
                item.check(!start.isBefore(yearStart(academicYear)) && !end.isAfter(yearEnd(academicYear)), "start",
                        "must be within " + yearStart(academicYear) + " to " + yearEnd(academicYear));
                if (!terms.isEmpty()) {
                    item.check(start.isAfter(terms.get(terms.size() - 1).end()), "start",
                            "must be after the previous term's end");
                }
                if (name != null) {
                    terms.add(new Term(name, start, end));
                }
            }
        }
        body.done();
        return new TermDates(academicYear, terms);
    }
}
