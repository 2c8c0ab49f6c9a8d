package org.inductionrecords.core.induction;

import java.math.BigDecimal;
import org.inductionrecords.core.terms.FteTerms;
import org.inductionrecords.core.validation.RequestBody;

/**
 * A validated {@code POST /inductions/{id}/extensions} or {@code .../reductions} body (contract section 6):
 * terms 0.1 to 16.0 with one decimal, and a reason of 1 to 500 characters (DOMAIN.md "Extensions and
 * reductions").
 */
public record TermsChangeRequest(BigDecimal terms, String reason) {

    public static final BigDecimal MIN_TERMS = new BigDecimal("0.1");
    public static final BigDecimal MAX_TERMS = new BigDecimal("16.0");
    public static final int MAX_REASON = 500;

    public static TermsChangeRequest from(RequestBody body) {
        BigDecimal terms = body.requiredDecimal("terms", MIN_TERMS, MAX_TERMS);
        if (terms != null) {
            body.check(FteTerms.oneDecimal(terms), "terms", "must have at most one decimal place");
        }
        String reason = body.requiredText("reason", MAX_REASON);
        body.done();
        return new TermsChangeRequest(terms, reason);
    }
}
