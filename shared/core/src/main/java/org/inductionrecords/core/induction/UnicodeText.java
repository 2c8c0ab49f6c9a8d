package org.inductionrecords.core.induction;

import org.inductionrecords.core.validation.RequestBody;

/**
 * JSON lets a client escape half a surrogate pair ({@code "\ud800"}); such text has no UTF-8 form,
 * so DynamoDB would store something else than was sent. Refused as a field error instead.
 */
final class UnicodeText {

    private UnicodeText() {
    }

    /** Answers the value, or null after recording the problem. */
    static String check(RequestBody body, String field, String value) {
        if (value == null || isWellFormed(value)) {
            return value;
        }
        body.reject(field, "must be valid Unicode text");
        return null;
    }

    static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
