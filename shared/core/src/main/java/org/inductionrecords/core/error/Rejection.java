package org.inductionrecords.core.error;

import java.util.List;

/**
 * A request the system refuses, one subtype per kind of failure. The API layer maps each kind to
 * its HTTP answer in one place. Messages must never contain personal data.
 */
public abstract sealed class Rejection extends RuntimeException
        permits InvalidInput, Unauthenticated, Forbidden, MfaRequired, NotFound, Conflict, PayloadTooLarge,
        UnsupportedMediaType, IdempotencyMismatch {

    private final transient List<FieldError> details;

    protected Rejection(String message, List<FieldError> details) {
        super(message, null, false, false);
        this.details = List.copyOf(details);
    }

    public List<FieldError> details() {
        return details;
    }
}
