package org.inductionrecords.core.user;

import java.time.Clock;
import java.util.Optional;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.NotFound;

/**
 * Users: provision, list, suspend, reactivate, and the caller's own record. The tier rules are
 * {@link ProvisioningPolicy}'s; this class only puts the steps in the order that keeps the login and
 * the record consistent.
 */
public final class UserProvisioning {

    private final UserDirectory directory;
    private final Logins logins;
    private final AdminMfa adminMfa;
    private final Clock clock;

    public UserProvisioning(UserDirectory directory, Logins logins, AdminMfa adminMfa, Clock clock) {
        this.directory = directory;
        this.logins = logins;
        this.adminMfa = adminMfa;
        this.clock = clock;
    }

    /** The caller's own record: also for an AB_ADMIN still to enrol its second factor (CONTRACT.md section 10). */
    public User me(RequestOrigin origin) {
        return ownRecord(origin);
    }

    /**
     * {@code POST /me/mfa}: asks the identity provider whether the caller's login has software-token MFA enabled,
     * then records it with its audit event; Conflict if it is not enabled. Recording it again changes nothing.
     */
    public Mfa recordMfa(RequestOrigin origin) {
        User caller = ownRecord(origin);
        if (!logins.softwareTokenMfaEnabled(caller.email())) {
            throw new Conflict("Two-factor sign-in (TOTP) is not enabled for this login yet.");
        }
        if (caller.mfa() != Mfa.TOTP) {
            directory.recordMfa(caller, Mfa.TOTP, ProvisioningAudit.mfaRecorded(clock.instant(), origin, caller));
        }
        return Mfa.TOTP;
    }

    private User ownRecord(RequestOrigin origin) {
        return Callers.requireActiveBeforeMfa(directory.read(origin.callerId(), Optional.empty(), Optional.empty(),
                Optional.empty()).caller());
    }

    /**
     * The caller's own reminder setting; the same setting again changes nothing and writes nothing. Any active user
     * may change their own, and only their own (there is no user id to name another).
     */
    public User setReminders(RequestOrigin origin, ReminderSetting setting) {
        User caller = me(origin);
        if (caller.reminders() == setting.reminders()) {
            return caller;
        }
        return directory.setReminders(caller, setting.reminders(),
                ProvisioningAudit.remindersChanged(clock.instant(), origin, caller, setting.reminders()));
    }

    /**
     * Creates the login (invitation with a temporary password), then the record, its email lock and the
     * audit event in one transaction. A crash in between leaves a login that no request accepts (there is
     * no record); the retry gets the same login back from the identity provider and finishes the job.
     *
     * @param schoolUrn the school whose user list it is asked through (an AB_ADMIN joins no school)
     */
    public User create(RequestOrigin origin, String schoolUrn, NewUser request) {
        DirectoryView view = directory.read(origin.callerId(), Optional.of(schoolUrn), Optional.empty(),
                Optional.of(request.email()), request.trn());
        User caller = Callers.requireActive(view.caller(), adminMfa);
        ProvisioningPolicy.requireMayCreate(caller, request.role(), schoolUrn);
        if (view.school().isEmpty()) {
            throw new NotFound("No such school.");
        }
        ProvisioningPolicy.requireTeacherOfSchool(request, schoolUrn, view.teacher());
        if (view.emailOwner().isPresent()) {
            throw new Conflict("A user with this email exists already.");
        }
        String userId = logins.invite(request.email(), request.givenName(), request.familyName());
        User user = request.toUser(userId, ProvisioningPolicy.schoolOf(request.role(), schoolUrn));
        directory.add(user, view.teacher(),
                ProvisioningAudit.userProvisioned(clock.instant(), origin.callerId(), origin.sourceIp(), user));
        return user;
    }

    public Page<User> list(RequestOrigin origin, String schoolUrn, Optional<String> nextToken, int limit) {
        DirectoryView view = directory.read(origin.callerId(), Optional.of(schoolUrn), Optional.empty(), Optional.empty());
        User caller = Callers.requireActive(view.caller(), adminMfa);
        ProvisioningPolicy.requireMayListUsers(caller, schoolUrn);
        if (view.school().isEmpty()) {
            throw new NotFound("No such school.");
        }
        return directory.usersOf(schoolUrn, nextToken, limit);
    }

    /**
     * Marks the record first (the record is what every request checks, so the suspension takes effect at
     * once), then disables the login. Suspending a suspended user changes nothing and disables the login
     * again, so a retry after a failure half-way finishes the job.
     */
    public User suspend(RequestOrigin origin, String userId) {
        CallerAndTarget read = target(origin, userId);
        User target = read.target();
        User result = target.status() == UserStatus.SUSPENDED ? target : changeStatus(origin, read, UserStatus.SUSPENDED);
        logins.disable(target.email());
        return result;
    }

    /** The reverse of {@link #suspend}: the record becomes ACTIVE, then the login is enabled. */
    public User reactivate(RequestOrigin origin, String userId) {
        CallerAndTarget read = target(origin, userId);
        User target = read.target();
        User result = target.status() == UserStatus.SUSPENDED ? changeStatus(origin, read, UserStatus.ACTIVE) : target;
        logins.enable(target.email());
        return result;
    }

    private record CallerAndTarget(User caller, User target) {
    }

    private CallerAndTarget target(RequestOrigin origin, String userId) {
        DirectoryView view = directory.read(origin.callerId(), Optional.empty(), Optional.of(userId), Optional.empty());
        User caller = Callers.requireActive(view.caller(), adminMfa);
        ProvisioningPolicy.requireMayChangeStatus(caller, view.user());
        return new CallerAndTarget(caller, view.user().orElseThrow());
    }

    private User changeStatus(RequestOrigin origin, CallerAndTarget read, UserStatus newStatus) {
        return directory.changeStatus(read.caller(), read.target(), newStatus,
                ProvisioningAudit.statusChanged(clock.instant(), origin, read.target(), newStatus));
    }
}
