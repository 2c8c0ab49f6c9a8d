package org.inductionrecords.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.subject.AuditDigest;
import org.inductionrecords.core.subject.SubjectExport;
import org.inductionrecords.core.user.User;

/**
 * The machine-readable copy of a data subject's records: {@code format} names the layout so a reader
 * can tell versions apart; every record is in the contract's shape.
 */
record SubjectExportResponse(String format, Instant exportedAt, Optional<String> trn, Optional<UserRecord> user,
                             List<InductionFile> inductions, List<AuditRecord> auditEvents, List<ReadRecord> reads) {

    /** Version 2: every trail's reads summarised per day, reader, action and record ({@code reads}). */
    static final String FORMAT = "induction-records-subject-export/2";

    record UserRecord(String userId, String email, String givenName, String familyName, String role,
                      Optional<String> schoolUrn, Optional<String> trn, String status) {
        static UserRecord of(User user) {
            return new UserRecord(user.userId(), user.email(), user.givenName(), user.familyName(),
                    user.role().name(), user.schoolUrn(), user.trn(), user.status().name());
        }
    }

    record InductionFile(InductionResponse induction, List<AssessmentResponse> assessments,
                         List<AuditRecord> auditEvents, List<ReadRecord> reads) {
    }

    record ReadRecord(LocalDate day, String actorUserId, String action, String entityType, String entityId, int count,
                      Instant firstAt, Instant lastAt) {
        static ReadRecord of(AuditDigest.ReadSummary r) {
            return new ReadRecord(r.day(), r.actorUserId(), r.action(), r.entityType(), r.entityId(), r.count(),
                    r.firstAt(), r.lastAt());
        }
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
                        changes(file.audit()), reads(file.audit()))).toList(),
                changes(export.audit()), reads(export.audit()));
    }

    private static List<AuditRecord> changes(AuditDigest digest) {
        return digest.changes().stream().map(AuditRecord::of).toList();
    }

    private static List<ReadRecord> reads(AuditDigest digest) {
        return digest.reads().stream().map(ReadRecord::of).toList();
    }
}
