package org.inductionrecords.core.subject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.user.User;

/**
 * Everything the system holds about one data subject (right of access): the user record, the
 * inductions with that TRN each with its assessments and audit trail, and the trails of the user and
 * the teacher themselves. A reduced induction is its basic record, with no assessments left.
 */
public record SubjectExport(Instant exportedAt, Optional<String> trn, Optional<User> user,
                            List<InductionFile> inductions, List<AuditEvent> auditEvents) {

    public SubjectExport {
        inductions = List.copyOf(inductions);
        auditEvents = List.copyOf(auditEvents);
    }

    /** One induction with what hangs off it. */
    public record InductionFile(Induction induction, List<Assessment> assessments, List<AuditEvent> auditEvents) {
        public InductionFile {
            assessments = List.copyOf(assessments);
            auditEvents = List.copyOf(auditEvents);
        }
    }
}
