package org.inductionrecords.core.subject;

import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.user.User;

/** What the table holds about one data subject, read whole (every page), and the rectification's write. */
public interface SubjectRecords {

    /** What is held under a TRN, read together: the NQT user carrying it, and every induction (any school). */
    record Teacher(Optional<User> user, List<Induction> inductions) {
        public Teacher {
            inductions = List.copyOf(inductions);
        }
    }

    Teacher teacher(String trn);

    List<Assessment> assessmentsOf(String inductionId);

    /** The audit trail of one entity, oldest first. */
    List<AuditEvent> auditTrail(String entityType, String entityId);

    /**
     * Replaces each induction if it is still at the version it was read with, renames the user if given
     * (and it still exists), and writes the audit events: all in one transaction, else Conflict.
     */
    void rectify(List<Induction> read, List<Induction> rectified, Optional<User> renamedUser, List<AuditEvent> events);

    /** A read's audit event. */
    void audit(AuditEvent event);
}
