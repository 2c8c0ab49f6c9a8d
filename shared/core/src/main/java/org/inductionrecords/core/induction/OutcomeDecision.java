package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.inductionrecords.core.validation.RequestBody;

/** A validated {@code POST /inductions/{id}/outcome} body. */
public record OutcomeDecision(Outcome outcome, LocalDate outcomeDate, Optional<BigDecimal> extensionTerms) {

    /** Extensions are measured in terms, fractions allowed; at most six in all (the programme doubled for NQT). */
    public static final BigDecimal MAX_TOTAL_EXTENSION = new BigDecimal("6");
    public static final BigDecimal MIN_EXTENSION = new BigDecimal("0.1");

    public static OutcomeDecision from(RequestBody body, LocalDate today) {
        Outcome outcome = body.requiredEnum("outcome", Outcome.class);
        LocalDate outcomeDate = body.requiredDate("outcomeDate");
        Optional<BigDecimal> extension = body.optionalDecimal("extensionTerms", MIN_EXTENSION, MAX_TOTAL_EXTENSION);
        if (outcomeDate != null) {
            body.check(!outcomeDate.isAfter(today), "outcomeDate", "must not be in the future");
        }
        if (outcome == Outcome.EXTENDED) {
            body.check(body.has("extensionTerms"), "extensionTerms", "is required for EXTENDED");
        } else if (outcome != null) {
            body.check(!body.has("extensionTerms"), "extensionTerms", "is allowed for EXTENDED only");
        }
        extension.ifPresent(terms -> body.check(terms.scale() <= 2, "extensionTerms",
                "must have at most two decimal places"));
        body.done();
        return new OutcomeDecision(outcome, outcomeDate, extension);
    }
}
