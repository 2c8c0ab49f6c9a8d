package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;

import java.util.HashMap;
import java.util.Map;
import org.inductionrecords.core.audit.AuditEvent;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Audit events live beside what they are about: {@code AUDIT#<type>#<id>} / {@code <instant>#<eventId>},
 * written in the same transaction as the change they record, never overwritten.
 */
public final class AuditItems {

    public static final String TYPE = "AUDIT";

    private AuditItems() {
    }

    public static Map<String, AttributeValue> toItem(AuditEvent event) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.audit(event.entityType(), event.entityId())));
        item.put(Keys.SK, s(event.at().toString() + "#" + event.eventId()));
        item.put(Keys.TYPE, s(TYPE));
        item.put("eventId", s(event.eventId()));
        item.put("at", s(event.at().toString()));
        item.put("actorUserId", s(event.actorUserId()));
        item.put("action", s(event.action()));
        item.put("entityType", s(event.entityType()));
        item.put("entityId", s(event.entityId()));
        event.sourceIp().ifPresent(ip -> item.put("sourceIp", s(ip)));
        if (!event.relatedIds().isEmpty()) {
            Map<String, AttributeValue> related = new HashMap<>();
            event.relatedIds().forEach((k, v) -> related.put(k, s(v)));
            item.put("relatedIds", AttributeValue.fromM(related));
        }
        return item;
    }

    /** The Put of an audit event inside a change's transaction. */
    public static TransactWriteItem put(String tableName, AuditEvent event) {
        return TransactWriteItem.builder()
                .put(Put.builder()
                        .tableName(tableName)
                        .item(toItem(event))
                        .conditionExpression("attribute_not_exists(pk)")
                        .build())
                .build();
    }
}
