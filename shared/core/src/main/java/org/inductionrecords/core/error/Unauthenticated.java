package org.inductionrecords.core.error;

import java.util.List;

/** No valid identity came with the request. */
public final class Unauthenticated extends Rejection {

    public Unauthenticated(String message) {
        super(message, List.of());
    }
}
