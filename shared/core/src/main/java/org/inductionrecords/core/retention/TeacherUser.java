package org.inductionrecords.core.retention;

import java.util.Objects;

/** An NQT user of a teacher being reduced: its id, and the email that names its login. */
public record TeacherUser(String userId, String email) {

    public TeacherUser {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(email);
    }

    @Override
    public String toString() {
        return "TeacherUser[" + userId + "]"; // never the email: this may end up in a log
    }
}
