package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where and how the teacher serves: the induction's periods in order, the last one the current (DOMAIN.md
 * "Induction periods"); the induction's FTE and tutor are the last period's. A REDUCED basic record keeps
 * none (DOMAIN.md "Retention"), so an induction has a placement only while it is whole.
 */
public record Placement(List<Period> periods) {

    public Placement {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a placement has at least one period");
        }
    }

    public static Placement first(String schoolUrn, LocalDate start, BigDecimal fte, String tutorUserId) {
        return new Placement(List.of(Period.open(1, Objects.requireNonNull(schoolUrn), start, fte, tutorUserId)));
    }

    /** The last period: open while the teacher serves at a school, closed while LEFT or once CLOSED. */
    public Period current() {
        return periods.get(periods.size() - 1);
    }

    public BigDecimal fte() {
        return current().fte();
    }

    public String tutorUserId() {
        return current().tutorUserId();
    }

    public Placement withCurrent(UnaryOperator<Period> change) {
        List<Period> changed = new ArrayList<>(periods);
        changed.set(changed.size() - 1, change.apply(current()));
        return new Placement(changed);
    }

    /** One more period, after the last (which must be closed by then). */
    public Placement then(String schoolUrn, LocalDate start, BigDecimal fte, String tutorUserId) {
        List<Period> more = new ArrayList<>(periods);
        more.add(Period.open(periods.size() + 1, schoolUrn, start, fte, tutorUserId));
        return new Placement(more);
    }
}
