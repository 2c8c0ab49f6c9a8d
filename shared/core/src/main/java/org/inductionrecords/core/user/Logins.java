package org.inductionrecords.core.user;

/**
 * The identity provider's side of a user: the login itself (Cognito in this system). Usernames are
 * emails; the returned id is the login's subject, which is also the user's {@code userId}.
 */
public interface Logins {

    /**
     * Creates the login and sends the invitation with a temporary password. If a login with this
     * email exists already (a retry after a failure half-way), answers its subject instead of failing.
     */
    String invite(String email, String givenName, String familyName);

    void disable(String email);

    void enable(String email);

    /** Removes the login; nothing if it does not exist. */
    void delete(String email);

    /** Whether the login has a verified software token (TOTP) enabled as a second factor. */
    boolean softwareTokenMfaEnabled(String email);
}
