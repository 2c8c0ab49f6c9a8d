package org.inductionrecords.core.induction;

import java.time.LocalDate;
import java.util.Objects;

/** The AB's last outcome (CONTRACT.md section 3): PASSED, FAILED or EXTENDED, and its date. */
public record Decision(Outcome outcome, LocalDate outcomeDate) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(outcomeDate, "outcomeDate");
    }
}
