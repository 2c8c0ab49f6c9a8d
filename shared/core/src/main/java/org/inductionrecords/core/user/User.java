package org.inductionrecords.core.user;

import java.util.Objects;
import java.util.Optional;

/**
 * The system's own record of a user: the authority for role, school and status on every request.
 * {@code userId} is the user's identity-provider subject (the ID token's {@code sub}).
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
        boolean reminders) {

    /** A user with reminders on: the default of every user until they turn them off (CONTRACT.md section 8). */
    public User(String userId, String email, String givenName, String familyName, Role role, Optional<String> schoolUrn,
                Optional<String> trn, UserStatus status) {
        this(userId, email, givenName, familyName, role, schoolUrn, trn, status, true);
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
        return new User(userId, email, givenName, familyName, role, schoolUrn, trn, newStatus, reminders);
    }

    public User withReminders(boolean on) {
        return new User(userId, email, givenName, familyName, role, schoolUrn, trn, status, on);
    }
}
