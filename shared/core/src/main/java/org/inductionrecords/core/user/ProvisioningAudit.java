package org.inductionrecords.core.user;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.audit.AuditEvent;

/** The audit events of schools and users: ids only, never a name or an email. */
final class ProvisioningAudit {

    static final String SCHOOL = "SCHOOL";
    static final String USER = "USER";
    /** The actor of the first AB_ADMIN's creation: an operator's direct invocation, not a user. */
    static final String BOOTSTRAP_ACTOR = "BOOTSTRAP";

    private ProvisioningAudit() {
    }

    static AuditEvent schoolCreated(Instant at, RequestOrigin origin, School school) {
        return AuditEvent.of(at, origin.callerId(), "SCHOOL_CREATED", SCHOOL, school.urn(), origin.sourceIp(), Map.of());
    }

    static AuditEvent userProvisioned(Instant at, String actorId, Optional<String> sourceIp, User user) {
        return AuditEvent.of(at, actorId, "USER_PROVISIONED", USER, user.userId(), sourceIp, related(user));
    }

    static AuditEvent statusChanged(Instant at, RequestOrigin origin, User user, UserStatus newStatus) {
        String action = newStatus == UserStatus.SUSPENDED ? "USER_SUSPENDED" : "USER_REACTIVATED";
        return AuditEvent.of(at, origin.callerId(), action, USER, user.userId(), origin.sourceIp(), related(user));
    }

    /** The caller's second factor recorded (the method only: nothing about the device). */
    static AuditEvent mfaRecorded(Instant at, RequestOrigin origin, User user) {
        return AuditEvent.of(at, origin.callerId(), "USER_MFA_RECORDED", USER, user.userId(), origin.sourceIp(),
                related(user));
    }

    static AuditEvent remindersChanged(Instant at, RequestOrigin origin, User user, boolean on) {
        return AuditEvent.of(at, origin.callerId(), on ? "USER_REMINDERS_ON" : "USER_REMINDERS_OFF", USER,
                user.userId(), origin.sourceIp(), related(user));
    }

    /** An operator's recovery of a locked-out Appropriate Body (an audited override of the bootstrap). */
    static AuditEvent adminRecovered(Instant at, User admin) {
        return AuditEvent.of(at, BOOTSTRAP_ACTOR, "AB_ADMIN_RECOVERED", USER, admin.userId(), Optional.empty(), Map.of());
    }

    private static Map<String, String> related(User user) {
        return user.schoolUrn().map(urn -> Map.of("schoolUrn", urn)).orElse(Map.of());
    }
}
