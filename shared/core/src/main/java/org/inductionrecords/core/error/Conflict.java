package org.inductionrecords.core.error;

import java.util.List;

/** The request clashes with the current state (duplicate, stale version, wrong workflow step). */
public final class Conflict extends Rejection {

    public Conflict(String message) {
        super(message, List.of());
    }
}
