package org.inductionrecords.core.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who did what to which record, when and from where. Ids only: never a name, email, date of birth
 * or comment, so the trail can be kept and shown without exposing personal data.
 */
public record AuditEvent(
        String eventId,
        Instant at,
        String actorUserId,
        String action,
        String entityType,
        String entityId,
        Optional<String> sourceIp,
        Map<String, String> relatedIds) {

    public AuditEvent {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(at);
        Objects.requireNonNull(actorUserId);
        Objects.requireNonNull(action);
        Objects.requireNonNull(entityType);
        Objects.requireNonNull(entityId);
        Objects.requireNonNull(sourceIp);
        relatedIds = Map.copyOf(relatedIds);
    }

    public static AuditEvent of(Instant at, String actorUserId, String action, String entityType, String entityId,
                                Optional<String> sourceIp, Map<String, String> relatedIds) {
        return new AuditEvent(UUID.randomUUID().toString(), at, actorUserId, action, entityType, entityId,
                sourceIp, relatedIds);
    }
}
