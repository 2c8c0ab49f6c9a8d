package org.inductionrecords.core.induction;

import org.inductionrecords.core.validation.RequestBody;

/** A validated {@code POST /inductions/{id}/legal-hold} body: a hold, or its release, always with a reason. */
public record LegalHoldRequest(boolean hold, String reason) {

    public static LegalHoldRequest from(RequestBody body) {
        Boolean hold = body.requiredBoolean("hold");
        String reason = body.requiredText("reason", RequestBody.MAX_TEXT);
        body.done();
        return new LegalHoldRequest(hold, reason);
    }
}
