package org.inductionrecords.core.induction;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.inductionrecords.core.audit.AuditEvent;

/**
 * The audit events of inductions and their assessments. All of an induction's events share its
 * trail ({@code INDUCTION}/{@code <inductionId>}), assessments named in {@code relatedIds}; lists
 * are recorded on the school's trail with the ids shown. Ids and enum values only.
 */
final class InductionAudit {

    static final String INDUCTION = "INDUCTION";
    static final String SCHOOL = "SCHOOL";
    /** The list across schools, by status. */
    static final String INDUCTIONS = "INDUCTIONS";

    private InductionAudit() {
    }

    static AuditEvent onInduction(Actor actor, Instant at, String action, Induction induction,
                                  Map<String, String> related) {
        Map<String, String> ids = new HashMap<>(related);
        ids.put("schoolUrn", induction.schoolUrn());
        return AuditEvent.of(at, actor.userId(), action, INDUCTION, induction.inductionId(), actor.sourceIp(), ids);
    }

    static AuditEvent onAssessment(Actor actor, Instant at, String action, Induction induction, String assessmentId) {
        return onInduction(actor, at, action, induction, Map.of("assessmentId", assessmentId));
    }

    /** For a write whose induction was not read: the school is the one its conditions required. */
    static AuditEvent onAssessment(Actor actor, Instant at, String action, String inductionId, String schoolUrn,
                                   String assessmentId) {
        return AuditEvent.of(at, actor.userId(), action, INDUCTION, inductionId, actor.sourceIp(),
                Map.of("schoolUrn", schoolUrn, "assessmentId", assessmentId));
    }

    static AuditEvent listed(Actor actor, Instant at, String entityType, String entityId, String idsName,
                             Collection<String> ids) {
        return AuditEvent.of(at, actor.userId(), "LISTED", entityType, entityId, actor.sourceIp(),
                Map.of(idsName, String.join(",", ids)));
    }
}
