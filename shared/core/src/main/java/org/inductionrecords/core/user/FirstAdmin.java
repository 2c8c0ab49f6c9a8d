package org.inductionrecords.core.user;

import java.time.Clock;
import java.util.Optional;
import org.inductionrecords.core.error.Conflict;

/**
 * The first AB_ADMIN, created by an operator's direct invocation (nobody exists yet who could provision
 * it). Repeating it with the same email answers the same admin; once any AB_ADMIN exists, further ones are
 * provisioned by an AB_ADMIN through the API. {@link #recover} is the operator's audited way back in.
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

    /**
     * An operator's recovery of an Appropriate Body that no AB_ADMIN can act for (every admin suspended,
     * or their logins disabled or deleted in the identity provider): the named AB_ADMIN is made ACTIVE and
     * its login enabled, or, for an email of nobody, a new AB_ADMIN is invited, whether or not admins exist.
     * Reached only by a direct invocation (IAM), and audited as AB_ADMIN_RECOVERED on the admin's trail.
     */
    public User recover(NewUser admin) {
        Optional<User> existing = directory.userWithEmail(admin.email());
        if (existing.isPresent()) {
            User user = existing.get();
            if (user.role() != Role.AB_ADMIN) {
                throw new Conflict("That email belongs to a user who is not an AB_ADMIN.");
            }
            User reinstated = directory.reinstateAdmin(user, ProvisioningAudit.adminRecovered(clock.instant(), user));
            logins.enable(user.email());
            return reinstated;
        }
        String userId = logins.invite(admin.email(), admin.givenName(), admin.familyName());
        User user = admin.toUser(userId, Optional.empty());
        directory.add(user, Optional.empty(), ProvisioningAudit.adminRecovered(clock.instant(), user));
        return user;
    }
}
