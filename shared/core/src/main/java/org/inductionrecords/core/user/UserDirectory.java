package org.inductionrecords.core.user;

import java.util.Optional;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.audit.AuditEvent;

/**
 * Where schools and user records are kept. Every change is written with its audit event in one
 * transaction, under conditions that make a concurrent or repeated change fail rather than half-apply.
 */
public interface UserDirectory {

    /**
     * One consistent read of everything a request needs: the caller (an INVITED caller becomes ACTIVE,
     * as with {@link CallerLookup}) and, when asked for, a school, a user, and the user who owns an email.
     */
    DirectoryView read(String callerId, Optional<String> schoolUrn, Optional<String> userId, Optional<String> email,
                       Optional<String> trn);

    default DirectoryView read(String callerId, Optional<String> schoolUrn, Optional<String> userId,
                               Optional<String> email) {
        return read(callerId, schoolUrn, userId, email, Optional.empty());
    }

    Optional<School> school(String urn);

    /** Throws Conflict when a school with that URN exists. */
    void createSchool(School school, AuditEvent event);

    /** Every school, by URN. */
    Page<School> schools(Optional<String> nextToken, int limit);

    /** The users of one school. */
    Page<User> usersOf(String urn, Optional<String> nextToken, int limit);

    /**
     * The record, its email lock and the audit event; throws Conflict if the email or the id is taken. An
     * NQT's record also takes its TRN's login lock (Conflict if taken) and is written only while the
     * induction read in {@code teacher} is still in progress at the user's school (else InvalidInput on trn).
     */
    void add(User user, Optional<TeacherOfTrn> teacher, AuditEvent event);

    /** {@link #add} for the very first AB_ADMIN; throws Conflict if any AB_ADMIN was ever added. */
    void addFirstAdmin(User admin, AuditEvent event);

    /**
     * Moves the user from the status it was read with to {@code newStatus}, on condition that the caller is
     * still ACTIVE; throws Conflict if the user's status changed meanwhile, and
     * {@link ProvisioningPolicy#callerSuspendedMeanwhile()} if the caller's did.
     */
    User changeStatus(User caller, User user, UserStatus newStatus, AuditEvent event);

    /**
     * Records the caller's second factor with its audit event, on condition that the caller is still ACTIVE
     * ({@link ProvisioningPolicy#callerSuspendedMeanwhile()} otherwise).
     */
    User recordMfa(User caller, Mfa mfa, AuditEvent event);

    /**
     * Sets the user's reminder setting, with its audit event, on condition that the record is still there and not
     * suspended meanwhile (Conflict otherwise).
     */
    User setReminders(User user, boolean on, AuditEvent event);

    /** An operator's recovery of a locked-out Appropriate Body: this AB_ADMIN's record becomes ACTIVE. */
    User reinstateAdmin(User admin, AuditEvent event);

    Optional<User> userWithEmail(String email);

    /** Whether an AB_ADMIN was ever added. */
    boolean adminExists();
}
