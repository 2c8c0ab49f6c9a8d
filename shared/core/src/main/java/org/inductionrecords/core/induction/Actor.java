package org.inductionrecords.core.induction;

import java.util.Objects;
import java.util.Optional;
import org.inductionrecords.core.user.User;

/** Who is asking (the active user record read for this request) and from where, for the audit trail. */
public record Actor(User user, Optional<String> sourceIp) {

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(sourceIp, "sourceIp");
    }

    public String userId() {
        return user.userId();
    }
}
