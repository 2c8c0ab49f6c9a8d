package org.inductionrecords.core.user;

import java.util.Objects;
import java.util.Optional;

/** Who asks (the login's subject) and from where, as the audit trail records it. */
public record RequestOrigin(String callerId, Optional<String> sourceIp) {

    public RequestOrigin {
        Objects.requireNonNull(callerId, "callerId");
        Objects.requireNonNull(sourceIp, "sourceIp");
    }
}
