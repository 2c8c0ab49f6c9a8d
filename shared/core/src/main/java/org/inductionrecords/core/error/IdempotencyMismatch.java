package org.inductionrecords.core.error;

import java.util.List;

/** An Idempotency-Key reused with a different request. */
public final class IdempotencyMismatch extends Rejection {

    public IdempotencyMismatch(String message) {
        super(message, List.of());
    }
}
