package org.inductionrecords.core.subject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.user.User;

/**
 * Everything the system holds about one data subject (right of access): the user record, the
 * inductions with that TRN each with its assessments and audit trail, and the trails of the user and
 * the teacher themselves. A reduced induction is its basic record, with no assessments left. Trails are
 * digested: changes in full, reads summarised ({@link AuditDigest}).
 */
public record SubjectExport(Instant exportedAt, Optional<String> trn, Optional<User> user,
                            List<InductionFile> inductions, AuditDigest audit) {

    public SubjectExport {
        inductions = List.copyOf(inductions);
    }

    /** One induction with what hangs off it. */
    public record InductionFile(Induction induction, List<Assessment> assessments, AuditDigest audit) {
        public InductionFile {
            assessments = List.copyOf(assessments);
        }
    }
}
