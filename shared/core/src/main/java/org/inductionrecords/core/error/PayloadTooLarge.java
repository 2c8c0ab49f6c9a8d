package org.inductionrecords.core.error;

import java.util.List;

/** The body is larger than the API accepts. */
public final class PayloadTooLarge extends Rejection {

    public PayloadTooLarge(String message) {
        super(message, List.of());
    }
}
