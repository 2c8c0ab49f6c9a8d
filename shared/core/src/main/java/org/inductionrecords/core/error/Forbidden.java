package org.inductionrecords.core.error;

import java.util.List;

/** The caller is known but its role or status does not allow this. */
public final class Forbidden extends Rejection {

    public Forbidden(String message) {
        super(message, List.of());
    }
}
