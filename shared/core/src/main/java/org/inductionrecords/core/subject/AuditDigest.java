package org.inductionrecords.core.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inductionrecords.core.audit.AuditEvent;

/**
 * An audit trail as a subject access export gives it: every change in full, and the reads summarised per
 * day, reader, action and record (how many, first and last). Every read is audited, so a record read daily
 * for six years holds thousands of read events; summarised, the export grows with the days a record is
 * read on, not with the reads, and stays far inside Lambda's 6 MB response (docs/RETENTION.md). The
 * stored trail keeps every event, source address included, for the Appropriate Body's own audit.
 */
public record AuditDigest(List<AuditEvent> changes, List<ReadSummary> reads) {

    /** The audited actions that only show data; everything else changes it. */
    public static final Set<String> READ_ACTIONS = Set.of("INDUCTION_READ", "ASSESSMENT_READ", "LISTED", "SUBJECT_EXPORTED");
    private static final ZoneId DAYS = ZoneId.of("Europe/London");

    public AuditDigest {
        changes = List.copyOf(changes);
        reads = List.copyOf(reads);
    }

    /** The reads of one record by one actor on one day. */
    public record ReadSummary(LocalDate day, String actorUserId, String action, String entityType, String entityId,
                              int count, Instant firstAt, Instant lastAt) {
        public ReadSummary {
            Objects.requireNonNull(day);
            Objects.requireNonNull(actorUserId);
            Objects.requireNonNull(action);
            Objects.requireNonNull(entityType);
            Objects.requireNonNull(entityId);
            Objects.requireNonNull(firstAt);
            Objects.requireNonNull(lastAt);
        }

        ReadSummary with(Instant at) {
            return new ReadSummary(day, actorUserId, action, entityType, entityId, count + 1,
                    at.isBefore(firstAt) ? at : firstAt, at.isAfter(lastAt) ? at : lastAt);
        }
    }

    /** {@code trail} oldest first; the digest keeps that order (reads by the day and time first read). */
    public static AuditDigest of(List<AuditEvent> trail) {
        List<AuditEvent> changes = new ArrayList<>();
        Map<List<String>, ReadSummary> reads = new LinkedHashMap<>();
        for (AuditEvent event : trail) {
            if (!READ_ACTIONS.contains(event.action())) {
                changes.add(event);
                continue;
            }
            LocalDate day = LocalDate.ofInstant(event.at(), DAYS);
            List<String> key = List.of(day.toString(), event.actorUserId(), event.action(), event.entityType(), event.entityId());
            reads.merge(key, new ReadSummary(day, event.actorUserId(), event.action(), event.entityType(), event.entityId(),
                    1, event.at(), event.at()), (summary, one) -> summary.with(one.firstAt()));
        }
        return new AuditDigest(changes, List.copyOf(reads.values()));
    }
}
