package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.optionalString;
import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.subject.SubjectRecords;
import org.inductionrecords.core.user.User;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A data subject's items: one gsi3 query {@code TEACHER#<trn>} finds the teacher's inductions and NQT
 * user together (every page); assessments and audit trails are queries of their partitions, every page read.
 */
public final class SubjectDynamoStore implements SubjectRecords {

    private final DynamoDbClient dynamo;
    private final String table;

    public SubjectDynamoStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Teacher teacher(String trn) {
        List<Map<String, AttributeValue>> items = teacherItems(trn);
        return new Teacher(
                items.stream().filter(item -> UserItems.TYPE.equals(string(item, Keys.TYPE))).map(UserItems::fromItem)
                        .findFirst(),
                items.stream().filter(item -> InductionItems.TYPE.equals(string(item, Keys.TYPE)))
                        .map(InductionItems::fromItem).toList());
    }

    private List<Map<String, AttributeValue>> teacherItems(String trn) {
        return all(QueryRequest.builder().tableName(table).indexName(Keys.GSI3)
                .keyConditionExpression("gsi3pk = :p")
                .expressionAttributeValues(Map.of(":p", s(Keys.teacher(trn)))), Function.identity());
    }

    @Override
    public List<Assessment> assessmentsOf(String inductionId) {
        return all(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :p AND begins_with(sk, :a)")
                .expressionAttributeValues(Map.of(":p", s(Keys.induction(inductionId)),
                        ":a", s(AssessmentItems.SK_PREFIX))), AssessmentItems::fromItem);
    }

    @Override
    public List<AuditEvent> auditTrail(String entityType, String entityId) {
        return all(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s(Keys.audit(entityType, entityId)))),
                SubjectDynamoStore::auditEvent);
    }

    @Override
    public void rectify(List<Induction> read, List<Induction> rectified, Optional<User> renamedUser,
                        List<AuditEvent> events) {
        Transaction transaction = Transaction.on(dynamo);
        for (int i = 0; i < rectified.size(); i++) {
            transaction.write(InductionItems.putAtVersion(table, rectified.get(i), read.get(i).version()),
                    asItWas -> new Conflict(InductionItems.beingReduced(asItWas)
                            ? "One of the teacher's inductions is being reduced to its basic record; try again later."
                            : "The teacher's records changed meanwhile; read them again."));
        }
        // The user's names only: its status may change meanwhile and must not be overwritten.
        renamedUser.ifPresent(user -> transaction.write(TransactWriteItem.builder().update(Update.builder().tableName(table)
                        .key(UserItems.key(user.userId()))
                        .updateExpression("SET givenName = :g, familyName = :f")
                        .conditionExpression("attribute_exists(pk) AND trn = :t")
                        .expressionAttributeValues(Map.of(":g", s(user.givenName()), ":f", s(user.familyName()),
                                ":t", s(user.trn().orElseThrow()))).build()).build(),
                new Conflict("The teacher's records changed meanwhile; read them again.")));
        events.forEach(event -> transaction.write(AuditItems.put(table, event)));
        transaction.run();
    }

    @Override
    public void audit(AuditEvent event) {
        dynamo.putItem(b -> b.tableName(table).item(AuditItems.toItem(event))
                .conditionExpression("attribute_not_exists(pk)"));
    }

    private <T> List<T> all(QueryRequest.Builder query, Function<Map<String, AttributeValue>, T> map) {
        List<T> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = dynamo.query(query.exclusiveStartKey(start).build());
            page.items().forEach(item -> out.add(map.apply(item)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    /** The inverse of {@link AuditItems#toItem}. */
    static AuditEvent auditEvent(Map<String, AttributeValue> item) {
        Map<String, String> related = new HashMap<>();
        AttributeValue relatedIds = item.get("relatedIds");
        if (relatedIds != null && relatedIds.hasM()) {
            relatedIds.m().forEach((k, v) -> related.put(k, v.s()));
        }
        return new AuditEvent(string(item, "eventId"), Instant.parse(string(item, "at")), string(item, "actorUserId"),
                string(item, "action"), string(item, "entityType"), string(item, "entityId"),
                optionalString(item, "sourceIp"), related);
    }
}
