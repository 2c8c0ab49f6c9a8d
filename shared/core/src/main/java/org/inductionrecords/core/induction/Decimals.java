package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import java.util.Optional;
import org.inductionrecords.core.validation.RequestBody;

/**
 * Decimal fields read through {@link RequestBody}, guarded against numbers beyond a double (1e999):
 * Jackson reads them as infinity, which has no BigDecimal, and that must be a 400, not a 500.
 */
final class Decimals {

    private Decimals() {
    }

    static Optional<BigDecimal> optional(RequestBody body, String field, BigDecimal min, BigDecimal max) {
        try {
            return body.optionalDecimal(field, min, max);
        } catch (NumberFormatException infinite) {
            body.reject(field, "must be from " + min.toPlainString() + " to " + max.toPlainString());
            return Optional.empty();
        }
    }

    static BigDecimal required(RequestBody body, String field, BigDecimal min, BigDecimal max) {
        if (!body.has(field)) {
            body.reject(field, "is required");
            return null;
        }
        return optional(body, field, min, max).orElse(null);
    }
}
