package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.s;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.retention.RetentionRecords;
import org.inductionrecords.core.retention.TeacherUser;
import org.inductionrecords.core.validation.Text;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The retention sweep's table access. Finds due inductions through the sparse, keys-only
 * {@code retention} index (so cost follows the due records, not the table), reads each one
 * consistently, and makes every write idempotent or conditional on the version it read.
 */
public final class RetentionTable implements RetentionRecords {

    /** Due inductions read per index page: small enough to stop within the time budget between pages. */
    static final int PAGE_SIZE = 100;
    private static final String INDUCTION_PREFIX = "INDUCTION#";
    private static final Set<String> INDEX_KEYS = Set.of(Keys.PK, Keys.SK, Keys.RETENTION_PK, Keys.RETENTION_SK);

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final RetentionDeletes deletes;

    public RetentionTable(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
        this.deletes = new RetentionDeletes(dynamo, tableName);
    }

    @Override
    public Page<String> dueInductionIds(LocalDate asOf, Optional<String> cursor) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(tableName)
                .indexName(Keys.RETENTION)
                .keyConditionExpression("#p = :p AND #s <= :upTo")
                .expressionAttributeNames(Map.of("#p", Keys.RETENTION_PK, "#s", Keys.RETENTION_SK))
                // "<date>#<id>" sorts by date; U+FFFF sorts after every id, so the whole as-of day is included.
                .expressionAttributeValues(Map.of(":p", s(InductionItems.RETENTION_PARTITION),
                        ":upTo", s(asOf + "#\uffff")))
                .limit(PAGE_SIZE);
        PageToken.decode(cursor, INDEX_KEYS, Keys.RETENTION_PK, InductionItems.RETENTION_PARTITION)
                .ifPresent(query::exclusiveStartKey);
        QueryResponse page = dynamo.query(query.build());
        List<String> ids = page.items().stream()
                .map(item -> item.get(Keys.PK).s().substring(INDUCTION_PREFIX.length()))
                .toList();
        return new Page<>(ids, page.hasLastEvaluatedKey() ? PageToken.encode(page.lastEvaluatedKey())
                : Optional.empty());
    }

    @Override
    public Optional<Induction> find(String inductionId) {
        GetItemResponse response = dynamo.getItem(b -> b.tableName(tableName)
                .key(InductionItems.key(inductionId))
                .consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(InductionItems.fromItem(response.item()));
    }

    @Override
    public List<String> assessmentIds(String inductionId) {
        List<String> ids = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(tableName)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.induction(inductionId)),
                                ":prefix", s(AssessmentItems.SK_PREFIX)))
                        .projectionExpression("sk")
                        .consistentRead(true))
                .items()
                .forEach(item -> ids.add(item.get(Keys.SK).s().substring(AssessmentItems.SK_PREFIX.length())));
        return ids;
    }

    @Override
    public Optional<Induction> claim(Induction read, Optional<Integer> termsServed) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":next", n(read.version() + 1));
        values.put(":read", n(read.version()));
        values.put(":held", AttributeValue.fromBool(true));
        values.put(":started", AttributeValue.fromBool(true));
        termsServed.ifPresent(terms -> values.put(":terms", n(terms)));
        try {
            Map<String, AttributeValue> stored = dynamo.updateItem(b -> b.tableName(tableName)
                    .key(InductionItems.key(read.inductionId()))
                    // A new version makes any write from an older read (a legal hold, say) fail and re-read; the
                    // marker refuses every write from a newer read until the rewrite to the basic record.
                    .updateExpression("SET version = :next, " + InductionItems.REDUCTION_STARTED + " = :started"
                            + (termsServed.isPresent() ? ", termsServed = if_not_exists(termsServed, :terms)" : ""))
                    .conditionExpression("version = :read AND NOT legalHold = :held")
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            return Optional.of(InductionItems.fromItem(stored));
        } catch (ConditionalCheckFailedException changed) {
            return Optional.empty();
        }
    }

    @Override
    public void deleteAssessmentsAndIdempotencyRecords(String inductionId) {
        deletes.deleteAllBesideTheInduction(inductionId);
    }

    @Override
    public boolean teacherHasAnotherLiveInduction(String trn, String exceptInductionId) {
        for (Map<String, AttributeValue> item : teacherPartition(trn, InductionItems.GSI3_SK_PREFIX)) {
            String otherId = item.get("inductionId").s();
            boolean looksLive = !InductionStatus.REDUCED.name().equals(item.get("status").s());
            // The index may lag a reduction made a moment ago: confirm with a consistent read.
            if (!otherId.equals(exceptInductionId) && looksLive
                    && find(otherId).map(other -> !other.isReduced()).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<TeacherUser> teacherUsers(String trn) {
        return teacherPartition(trn, "USER#").stream()
                .filter(item -> UserItems.TYPE.equals(item.get(Keys.TYPE).s()))
                .map(item -> new TeacherUser(item.get("userId").s(), item.get("email").s()))
                .toList();
    }

    private List<Map<String, AttributeValue>> teacherPartition(String trn, String sortPrefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(tableName)
                        .indexName(Keys.GSI3)
                        .keyConditionExpression("gsi3pk = :pk AND begins_with(gsi3sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.teacher(trn)), ":prefix", s(sortPrefix)))
                        .projectionExpression("#type, inductionId, #status, userId, email")
                        .expressionAttributeNames(Map.of("#type", Keys.TYPE, "#status", "status")))
                .items()
                .forEach(items::add);
        return items;
    }

    @Override
    public void removeTeacherUser(TeacherUser user, AuditEvent audit) {
        TransactWriteItem lock = TransactWriteItem.builder().delete(Delete.builder()
                .tableName(tableName)
                .key(Map.of(Keys.PK, s(Keys.email(Text.normaliseEmail(user.email()))), Keys.SK, s("EMAIL")))
                .conditionExpression("attribute_not_exists(pk) OR userId = :userId")
                .expressionAttributeValues(Map.of(":userId", s(user.userId())))
                .build()).build();
        TransactWriteItem record = TransactWriteItem.builder().delete(Delete.builder()
                .tableName(tableName)
                .key(UserItems.key(user.userId()))
                // Gone already (the index lagged its deletion): then no second audit event either.
                .conditionExpression("attribute_exists(pk)")
                .build()).build();
        try {
            Transaction.on(dynamo).write(lock).write(record, new AsItWas()).write(AuditItems.put(tableName, audit)).run();
        } catch (AsItWas gone) {
            // nothing to do: the user was removed by an earlier run
        }
    }

    @Override
    public boolean rewriteAsBasicRecord(Induction read, Induction reduced, AuditEvent audit) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":version", n(read.version()));
        values.put(":status", s(read.status().name()));
        values.put(":retentionSk", s(InductionItems.retentionSortKey(read.retentionEnds().orElseThrow(),
                read.inductionId())));
        values.put(":held", AttributeValue.fromBool(true));
        TransactWriteItem rewrite = TransactWriteItem.builder().put(Put.builder()
                .tableName(tableName)
                .item(InductionItems.toItem(reduced))
                .conditionExpression("version = :version AND #status = :status AND #retentionSk = :retentionSk"
                        + " AND NOT legalHold = :held")
                .expressionAttributeNames(Map.of("#status", "status", "#retentionSk", Keys.RETENTION_SK))
                .expressionAttributeValues(values)
                .build()).build();
        try {
            Transaction.on(dynamo).write(rewrite, new AsItWas()).write(AuditItems.put(tableName, audit)).run();
            return true;
        } catch (AsItWas changed) {
            return false;
        }
    }

    /** A condition that found the item not as the sweep read it: for the sweep an answer, not an error. */
    private static final class AsItWas extends RuntimeException {
        AsItWas() {
            super(null, null, false, false);
        }
    }
}
