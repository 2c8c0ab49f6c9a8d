package org.inductionrecords.restore;

/** The restore will not go ahead (or could not finish); the message says why, with ids and keys only. */
public final class RestoreRefused extends RuntimeException {

    RestoreRefused(String message) {
        super(message);
    }

    RestoreRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
