package org.inductionrecords.core.retention;

import java.time.LocalDate;
import java.util.Optional;

/** Test data: a completed induction as the sweep reads it. */
final class Inductions {

    private Inductions() {
    }

    static RetainedInduction completed(String status, LocalDate outcomeDate, boolean legalHold) {
        BasicRecord record = new BasicRecord("i-1", "100001", "1234567", "Ada", "Lovelace",
                LocalDate.of(1995, 3, 1), "ECT", LocalDate.of(2016, 9, 1), Optional.of("1.0"),
                Optional.of(status), Optional.of(outcomeDate), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(RetentionPeriod.endsOn(outcomeDate)), Optional.empty());
        return new RetainedInduction("i-1", status, legalHold, Optional.of(RetentionPeriod.endsOn(outcomeDate)),
                record);
    }
}
