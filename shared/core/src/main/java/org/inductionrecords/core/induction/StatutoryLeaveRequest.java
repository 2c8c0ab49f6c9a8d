package org.inductionrecords.core.induction;

import org.inductionrecords.core.validation.RequestBody;

/**
 * A validated {@code POST /inductions/{id}/statutory-leave} body: whether the teacher chose to have statutory
 * leave counted towards the absence rule (DOMAIN.md "Absence": a per-induction flag).
 */
public record StatutoryLeaveRequest(boolean count) {

    public static StatutoryLeaveRequest from(RequestBody body) {
        Boolean count = body.requiredBoolean("count");
        body.done();
        return new StatutoryLeaveRequest(count);
    }
}
