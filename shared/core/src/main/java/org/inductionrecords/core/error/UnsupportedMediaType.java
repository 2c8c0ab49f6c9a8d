package org.inductionrecords.core.error;

import java.util.List;

/** The body is not JSON. */
public final class UnsupportedMediaType extends Rejection {

    public UnsupportedMediaType(String message) {
        super(message, List.of());
    }
}
