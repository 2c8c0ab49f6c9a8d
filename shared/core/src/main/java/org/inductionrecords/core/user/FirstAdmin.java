package org.inductionrecords.core.user;

import java.time.Clock;
import java.util.Optional;
import org.inductionrecords.core.error.Conflict;

/**
 * The first AB_ADMIN, created by an operator's direct invocation (nobody exists yet who could provision
 * it). Repeating it with the same email answers the same admin; once any AB_ADMIN exists, further ones are
 * provisioned by an AB_ADMIN through the API.
 */
public final class FirstAdmin {

    private final UserDirectory directory;
    private final Logins logins;
    private final Clock clock;

    public FirstAdmin(UserDirectory directory, Logins logins, Clock clock) {
        this.directory = directory;
        this.logins = logins;
        this.clock = clock;
    }

    public User create(NewUser admin) {
        Optional<User> existing = directory.userWithEmail(admin.email());
        if (existing.isPresent()) {
            if (existing.get().role() == Role.AB_ADMIN) {
                return existing.get();
            }
            throw new Conflict("That email belongs to a user who is not an AB_ADMIN.");
        }
        if (directory.adminExists()) {
            throw new Conflict("An AB_ADMIN exists already: further AB_ADMINs are provisioned through the API.");
        }
        String userId = logins.invite(admin.email(), admin.givenName(), admin.familyName());
        User user = admin.toUser(userId, Optional.empty());
        directory.addFirstAdmin(user, ProvisioningAudit.userProvisioned(clock.instant(),
                ProvisioningAudit.BOOTSTRAP_ACTOR, Optional.empty(), user));
        return user;
    }
}
