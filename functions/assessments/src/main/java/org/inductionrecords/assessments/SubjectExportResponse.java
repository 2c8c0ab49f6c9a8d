package org.inductionrecords.assessments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.subject.SubjectExport;
import org.inductionrecords.core.user.User;

/**
 * The machine-readable copy of a data subject's records: {@code format} names the layout so a reader
 * can tell versions apart; every record is in the contract's shape.
 */
record SubjectExportResponse(String format, Instant exportedAt, Optional<String> trn, Optional<UserRecord> user,
                             List<InductionFile> inductions, List<AuditRecord> auditEvents) {

    static final String FORMAT = "induction-records-subject-export/1";

    record UserRecord(String userId, String email, String givenName, String familyName, String role,
                      Optional<String> schoolUrn, Optional<String> trn, String status) {
        static UserRecord of(User user) {
            return new UserRecord(user.userId(), user.email(), user.givenName(), user.familyName(),
                    user.role().name(), user.schoolUrn(), user.trn(), user.status().name());
        }
    }

    record InductionFile(InductionResponse induction, List<AssessmentResponse> assessments,
                         List<AuditRecord> auditEvents) {
    }

    record AuditRecord(String eventId, Instant at, String actorUserId, String action, String entityType,
                       String entityId, Optional<String> sourceIp, Map<String, String> relatedIds) {
        static AuditRecord of(AuditEvent e) {
            return new AuditRecord(e.eventId(), e.at(), e.actorUserId(), e.action(), e.entityType(), e.entityId(),
                    e.sourceIp(), e.relatedIds());
        }
    }

    static SubjectExportResponse of(SubjectExport export) {
        return new SubjectExportResponse(FORMAT, export.exportedAt(), export.trn(), export.user().map(UserRecord::of),
                export.inductions().stream().map(file -> new InductionFile(InductionResponse.of(file.induction()),
                        file.assessments().stream().map(AssessmentResponse::of).toList(),
                        file.auditEvents().stream().map(AuditRecord::of).toList())).toList(),
                export.auditEvents().stream().map(AuditRecord::of).toList());
    }
}
