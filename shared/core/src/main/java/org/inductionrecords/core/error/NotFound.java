package org.inductionrecords.core.error;

import java.util.List;

/** The thing does not exist, or is outside the caller's scope (never say which). */
public final class NotFound extends Rejection {

    public NotFound(String message) {
        super(message, List.of());
    }
}
