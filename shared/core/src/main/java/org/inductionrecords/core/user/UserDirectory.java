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
    DirectoryView read(String callerId, Optional<String> schoolUrn, Optional<String> userId, Optional<String> email);

    Optional<School> school(String urn);

    /** Throws Conflict when a school with that URN exists. */
    void createSchool(School school, AuditEvent event);

    /** Every school, by URN. */
    Page<School> schools(Optional<String> nextToken, int limit);

    /** The users of one school. */
    Page<User> usersOf(String urn, Optional<String> nextToken, int limit);

    /** The record, its email lock and the audit event; throws Conflict if the email or the id is taken. */
    void add(User user, AuditEvent event);

    /** {@link #add} for the very first AB_ADMIN; throws Conflict if any AB_ADMIN was ever added. */
    void addFirstAdmin(User admin, AuditEvent event);

    /**
     * Moves the user from the status it was read with to {@code newStatus}; throws Conflict if it changed
     * meanwhile, and {@link ProvisioningPolicy#lastActiveAdmin()} if the last active AB_ADMIN would go.
     */
    User changeStatus(User user, UserStatus newStatus, AuditEvent event);

    Optional<User> userWithEmail(String email);

    /** Whether an AB_ADMIN was ever added. */
    boolean adminExists();
}
