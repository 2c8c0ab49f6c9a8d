package org.inductionrecords.core.error;

import java.util.List;

/** Input that breaks a rule; always carries the field details. */
public final class InvalidInput extends Rejection {

    public InvalidInput(List<FieldError> details) {
        super("The request is not valid.", details);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }
}
