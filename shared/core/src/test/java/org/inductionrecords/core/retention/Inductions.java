package org.inductionrecords.core.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.induction.Outcome;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Retention;
import org.inductionrecords.core.induction.Teacher;

/** Test data: inductions in the states the sweep meets. */
final class Inductions {

    private Inductions() {
    }

    static Induction inProgress() {
        return Induction.register("i-1", "100001", new Teacher("1234567", "Ada", "Lovelace",
                        LocalDate.of(1995, 3, 1), Optional.of("ada@example.org")), Programme.ECT,
                LocalDate.of(2016, 9, 1), BigDecimal.ONE, "tutor-1");
    }

    static Induction finished(InductionStatus status, LocalDate on) {
        return inProgress().withOutcome(status, status == InductionStatus.FAILED ? Outcome.FAILED : Outcome.PASSED,
                on, inProgress().terms(), Optional.of(Retention.ends(on)));
    }

    static Induction closed(LocalDate on) {
        return inProgress().closed(on);
    }
}
