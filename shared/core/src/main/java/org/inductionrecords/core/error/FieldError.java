package org.inductionrecords.core.error;

/** One problem with one input field; the message never repeats the field's value. */
public record FieldError(String field, String message) {
}
