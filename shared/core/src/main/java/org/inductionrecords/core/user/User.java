package org.inductionrecords.core.user;

import java.util.Objects;
import java.util.Optional;

/**
 * The system's own record of a user: the authority for role, school and status on every request.
 * {@code userId} is the user's identity-provider subject (the ID token's {@code sub}); {@code mfa} the second
 * factor the user has shown the identity provider holds ({@code POST /me/mfa}).
 */
public record User(
        String userId,
        String email,
        String givenName,
        String familyName,
        Role role,
        Optional<String> schoolUrn,
        Optional<String> trn,
        UserStatus status,
        Mfa mfa,
        boolean reminders) {

    /** A user without a second factor recorded and with reminders on (every new user; CONTRACT.md sections 8, 10). */
    public User(String userId, String email, String givenName, String familyName, Role role, Optional<String> schoolUrn,
                Optional<String> trn, UserStatus status) {
        this(userId, email, givenName, familyName, role, schoolUrn, trn, status, Mfa.NONE, true);
    }

    public User {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(trn, "trn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mfa, "mfa");
        if (role.belongsToSchool() == schoolUrn.isEmpty()) {
            throw new IllegalArgumentException("AB_ADMIN has no school; every other role has exactly one");
        }
        if ((role == Role.NQT) == trn.isEmpty()) {
            throw new IllegalArgumentException("a trn is carried by NQT users only");
        }
    }

    public boolean isActive() {
        return status != UserStatus.SUSPENDED;
    }

    public boolean inSchool(String urn) {
        return schoolUrn.map(urn::equals).orElse(false);
    }

    public User withStatus(UserStatus newStatus) {
        return new User(userId, email, givenName, familyName, role, schoolUrn, trn, newStatus, mfa, reminders);
    }

    public User withMfa(Mfa method) {
        return new User(userId, email, givenName, familyName, role, schoolUrn, trn, status, method, reminders);
    }

    public User withReminders(boolean on) {
        return new User(userId, email, givenName, familyName, role, schoolUrn, trn, status, mfa, on);
    }
}
