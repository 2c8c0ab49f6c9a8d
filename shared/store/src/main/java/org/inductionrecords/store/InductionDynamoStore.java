package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.s;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.AssessmentStatus;
import org.inductionrecords.core.induction.IdempotentRequest;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionAccessPolicy.ListScope;
import org.inductionrecords.core.induction.InductionFilter;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.induction.InductionStore;
import org.inductionrecords.core.induction.OutcomeRules;
import org.inductionrecords.core.induction.StoredResponse;
import org.inductionrecords.core.induction.Submission;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * {@link InductionStore} on the single table. Every change is one TransactWriteItems whose
 * conditions carry the rule (school exists, tutor still a tutor there, TRN free, version unchanged,
 * kind and term not yet assessed, idempotency key unseen) together with its audit event; a failed
 * condition becomes the matching rejection, read from the transaction's cancellation reasons. A
 * submission reads its induction first (the core decides on it) and writes it back at that version.
 */
public final class InductionDynamoStore implements InductionStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public InductionDynamoStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<User> findUser(String userId) {
        return get(UserItems.key(userId)).map(UserItems::fromItem);
    }

    /** One Query of the teacher's partition in gsi3 (the inductions of a TRN, any school), one item. */
    @Override
    public Optional<LocalDate> heldDateOfBirth(String trn) {
        QueryResponse response = dynamo.query(b -> b.tableName(table).indexName(Keys.GSI3)
                .keyConditionExpression("gsi3pk = :p AND begins_with(gsi3sk, :inductions)")
                .expressionAttributeValues(Map.of(":p", s(Keys.teacher(trn)), ":inductions", s(InductionItems.GSI3_SK_PREFIX)))
                .projectionExpression("dateOfBirth")
                .limit(1));
        return response.items().stream().findFirst()
                .filter(item -> item.containsKey("dateOfBirth"))
                .map(item -> LocalDate.parse(item.get("dateOfBirth").s()));
    }

    @Override
    public void register(Induction induction, AuditEvent event) {
        String urn = induction.schoolUrn();
        Transaction.on(dynamo)
                .write(check(Map.of(Keys.PK, s(Keys.school(urn)), Keys.SK, s("SCHOOL")), "attribute_exists(pk)",
                        Map.of(), Map.of()), new NotFound("No such school."))
                .write(check(UserItems.key(induction.tutorUserId().orElseThrow()),
                                "#role = :tutor AND schoolUrn = :urn AND #status IN (:active, :invited)",
                                Map.of("#role", "role", "#status", "status"),
                                Map.of(":tutor", s(Role.INDUCTION_TUTOR.name()), ":urn", s(urn),
                                        ":active", s(UserStatus.ACTIVE.name()), ":invited", s(UserStatus.INVITED.name()))),
                        InvalidInput.of("tutorUserId", "must be an active induction tutor of this school"))
                .write(putNew(InductionItems.lockItem(induction.teacher().trn(), induction.inductionId())),
                        new Conflict("This teacher already has an induction in progress."))
                .write(putNew(InductionItems.toItem(induction)))
                .write(AuditItems.put(table, event))
                .run();
    }

    @Override
    public Optional<Induction> find(String inductionId) {
        return get(InductionItems.key(inductionId)).map(InductionItems::fromItem);
    }

    /**
     * TABLE.md pattern 21, one Query a page: by TRN the teacher's partition (gsi3); by school that school's
     * (gsi1); otherwise the status's partition of gsi4, a family-name search as a prefix of its sort key. The
     * status (and the name, where it is not the key) is a filter on the one partition read.
     */
    @Override
    public Page<Induction> listAcross(InductionFilter filter, Optional<String> nextToken, int limit) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).limit(limit);
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> filters = new ArrayList<>();
        Set<String> tokenKeys;
        String partitionAttribute;
        String partition;
        if (filter.trn().isPresent()) {
            partitionAttribute = Keys.GSI3_PK;
            partition = Keys.teacher(filter.trn().orElseThrow());
            tokenKeys = Set.of(Keys.PK, Keys.SK, Keys.GSI3_PK, Keys.GSI3_SK);
            query.indexName(Keys.GSI3).keyConditionExpression("gsi3pk = :p AND begins_with(gsi3sk, :inductions)")
                    .scanIndexForward(false);
            values.put(":inductions", s(InductionItems.GSI3_SK_PREFIX));
            filters.add("#status = :status");
            filter.schoolUrn().ifPresent(urn -> {
                filters.add("schoolUrn = :urn");
                values.put(":urn", s(urn));
            });
        } else if (filter.schoolUrn().isPresent()) {
            partitionAttribute = Keys.GSI1_PK;
            partition = InductionItems.schoolPartition(filter.schoolUrn().orElseThrow());
            tokenKeys = Set.of(Keys.PK, Keys.SK, Keys.GSI1_PK, Keys.GSI1_SK);
            query.indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :p").scanIndexForward(false);
            filters.add("#status = :status");
            filter.familyNamePrefix().ifPresent(name -> {
                filters.add("begins_with(gsi4sk, :name)");
                values.put(":name", s(name));
            });
        } else {
            partitionAttribute = Keys.GSI4_PK;
            partition = InductionItems.statusPartition(filter.status());
            tokenKeys = Set.of(Keys.PK, Keys.SK, Keys.GSI4_PK, Keys.GSI4_SK);
            query.indexName(Keys.GSI4);
            if (filter.familyNamePrefix().isPresent()) {
                query.keyConditionExpression("gsi4pk = :p AND begins_with(gsi4sk, :name)");
                values.put(":name", s(filter.familyNamePrefix().orElseThrow()));
            } else {
                query.keyConditionExpression("gsi4pk = :p");
            }
        }
        if (!partitionAttribute.equals(Keys.GSI4_PK)) {
            // "status" is a DynamoDB reserved word
            values.put(":status", s(filter.status().name()));
            query.filterExpression(String.join(" AND ", filters)).expressionAttributeNames(Map.of("#status", "status"));
        }
        values.put(":p", s(partition));
        PageToken.decode(nextToken, tokenKeys, partitionAttribute, partition).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.expressionAttributeValues(values).build());
        return new Page<>(response.items().stream().map(InductionItems::fromItem).toList(),
                PageToken.encode(response.lastEvaluatedKey()));
    }

    @Override
    public Page<Induction> list(ListScope scope, Optional<String> nextToken, int limit) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).limit(limit).scanIndexForward(false);
        Map<String, AttributeValue> values = new HashMap<>();
        Set<String> tokenKeys;
        String partitionAttribute;
        String partition;
        switch (scope) {
            case ListScope.WholeSchool whole -> {
                partitionAttribute = Keys.GSI1_PK;
                partition = InductionItems.schoolPartition(whole.urn());
                tokenKeys = Set.of(Keys.PK, Keys.SK, Keys.GSI1_PK, Keys.GSI1_SK);
                query.indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :p");
            }
            case ListScope.AssignedTo assigned -> {
                partitionAttribute = Keys.GSI2_PK;
                partition = InductionItems.tutorPartition(assigned.tutorUserId());
                tokenKeys = Set.of(Keys.PK, Keys.SK, Keys.GSI2_PK, Keys.GSI2_SK);
                query.indexName(Keys.GSI2).keyConditionExpression("gsi2pk = :p")
                        .filterExpression("schoolUrn = :urn");
                values.put(":urn", s(assigned.urn()));
            }
            case ListScope.OwnTeacher own -> {
                partitionAttribute = Keys.GSI3_PK;
                partition = Keys.teacher(own.trn());
                tokenKeys = Set.of(Keys.PK, Keys.SK, Keys.GSI3_PK, Keys.GSI3_SK);
                query.indexName(Keys.GSI3).keyConditionExpression("gsi3pk = :p AND begins_with(gsi3sk, :inductions)")
                        .filterExpression("schoolUrn = :urn");
                values.put(":inductions", s(InductionItems.GSI3_SK_PREFIX));
                values.put(":urn", s(own.urn()));
            }
        }
        values.put(":p", s(partition));
        PageToken.decode(nextToken, tokenKeys, partitionAttribute, partition).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.expressionAttributeValues(values).build());
        return new Page<>(response.items().stream().map(InductionItems::fromItem).toList(),
                PageToken.encode(response.lastEvaluatedKey()));
    }

    @Override
    public Submission submit(Induction updated, long readVersion, Assessment assessment,
                             Optional<IdempotentRequest> idempotency, StoredResponse response, AuditEvent event) {
        Transaction transaction = Transaction.on(dynamo);
        // First: a key seen before answers the stored response (or a mismatch), whatever else failed.
        idempotency.ifPresent(request -> transaction.write(TransactWriteItem.builder().put(Put.builder()
                        .tableName(table)
                        .item(IdempotencyItems.toItem(assessment.inductionId(), request, response, assessment.submittedAt()))
                        // An expired record that TTL has not yet removed counts as unseen.
                        .conditionExpression("attribute_not_exists(pk) OR expiresAt < :now")
                        .expressionAttributeValues(Map.of(":now", n(assessment.submittedAt().getEpochSecond())))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()).build(),
                old -> new Answered(seenBefore(request, old.or(() -> get(IdempotencyItems.key(assessment.inductionId(), request)))))));
        try {
            transaction
                    // Before the induction's version: a duplicate is a 409 however the race went.
                    .write(putNew(AssessmentItems.toItem(assessment)),
                            new Conflict("This induction already has a " + assessment.kind() + " assessment for term "
                                    + assessment.term() + "."))
                    // The absence it records changes the terms required: written at the version the rules read.
                    .write(InductionItems.putAtVersion(table, updated, readVersion),
                            old -> InductionItems.beingReduced(old) ? inductionChanged(old)
                                    : new Answered(new Submission.InductionChanged()))
                    .write(AuditItems.put(table, event))
                    .run();
            return new Submission.Created(assessment, response);
        } catch (Answered answered) {
            return answered.submission;
        }
    }

    @Override
    public Optional<Submission> answeredBefore(String inductionId, IdempotentRequest request, Instant now) {
        return get(IdempotencyItems.key(inductionId, request))
                .filter(item -> IdempotencyItems.fromItem(item).expiresAt() >= now.getEpochSecond())
                .map(item -> seenBefore(request, Optional.of(item)));
    }

    private static Submission seenBefore(IdempotentRequest request, Optional<Map<String, AttributeValue>> old) {
        IdempotencyItems.Stored stored = IdempotencyItems.fromItem(old.orElseThrow(Transaction::retryLater));
        return stored.requestHash().equals(request.requestHash())
                ? new Submission.Replayed(stored.response())
                : new Submission.KeyMismatch();
    }

    /** A refused submission whose answer is not an error: the stored response, or "read again". */
    private static final class Answered extends RuntimeException {
        private final transient Submission submission;

        Answered(Submission submission) {
            super(null, null, false, false);
            this.submission = submission;
        }
    }

    @Override
    public InductionAndAssessment findAssessment(String inductionId, String assessmentId) {
        Map<String, AttributeValue> inductionKey = InductionItems.key(inductionId);
        Map<String, AttributeValue> assessmentKey = AssessmentItems.key(inductionId, assessmentId);
        List<Map<String, AttributeValue>> found = Batches.getAll(dynamo, table, List.of(inductionKey, assessmentKey));
        Optional<Induction> induction = found.stream()
                .filter(item -> InductionItems.TYPE.equals(item.get(Keys.TYPE).s()))
                .findFirst().map(InductionItems::fromItem);
        Optional<Assessment> assessment = found.stream()
                .filter(item -> AssessmentItems.TYPE.equals(item.get(Keys.TYPE).s()))
                .findFirst().map(AssessmentItems::fromItem);
        return new InductionAndAssessment(induction, assessment);
    }

    @Override
    public Page<Assessment> listAssessments(String inductionId, Optional<String> nextToken, int limit) {
        String partition = Keys.induction(inductionId);
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).limit(limit).consistentRead(true)
                .keyConditionExpression("pk = :p AND begins_with(sk, :assessments)")
                .expressionAttributeValues(Map.of(":p", s(partition), ":assessments", s(AssessmentItems.SK_PREFIX)));
        PageToken.decode(nextToken, Set.of(Keys.PK, Keys.SK), Keys.PK, partition).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.build());
        return new Page<>(response.items().stream().map(AssessmentItems::fromItem).toList(),
                PageToken.encode(response.lastEvaluatedKey()));
    }

    @Override
    public void updateAssessment(Assessment updated, long expectedVersion, AuditEvent event) {
        Transaction.on(dynamo)
                .write(putAtVersion(AssessmentItems.toItem(updated), expectedVersion),
                        new Conflict("The assessment changed meanwhile (it was signed or acknowledged already)."))
                .write(AuditItems.put(table, event))
                .run();
    }

    @Override
    public void recordOutcome(OutcomeRules.Plan plan, long expectedVersion, AuditEvent event) {
        Induction induction = plan.induction();
        Transaction transaction = Transaction.on(dynamo);
        plan.signedFinalId().ifPresent(finalId -> transaction.write(check(
                        AssessmentItems.key(induction.inductionId(), finalId), "#status IN (:signed, :acknowledged)",
                        Map.of("#status", "status"),
                        Map.of(":signed", s(AssessmentStatus.SIGNED.name()),
                                ":acknowledged", s(AssessmentStatus.ACKNOWLEDGED.name()))),
                new Conflict("A PASSED or FAILED outcome needs the signed " + finalId + " assessment.")));
        transaction.write(InductionItems.putAtVersion(table, induction, expectedVersion), InductionDynamoStore::inductionChanged);
        if (plan.releasesTrn()) {
            transaction.write(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(InductionItems.lockKey(induction.teacher().trn()))
                    // Only this induction's lock: never free a TRN another induction holds.
                    .conditionExpression("attribute_not_exists(pk) OR inductionId = :id")
                    .expressionAttributeValues(Map.of(":id", s(induction.inductionId())))
                    .build()).build());
        }
        transaction.write(AuditItems.put(table, event)).run();
    }

    @Override
    public void updateInduction(Induction updated, long expectedVersion, AuditEvent event) {
        Transaction.on(dynamo)
                .write(InductionItems.putAtVersion(table, updated, expectedVersion), InductionDynamoStore::inductionChanged)
                .write(AuditItems.put(table, event))
                .run();
    }

    @Override
    public void audit(AuditEvent event) {
        dynamo.putItem(b -> b.tableName(table).item(AuditItems.toItem(event)));
    }

    // ---------------------------------------------------------------- helpers

    private Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        GetItemResponse response = dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    private TransactWriteItem check(Map<String, AttributeValue> key, String condition, Map<String, String> names,
                                    Map<String, AttributeValue> values) {
        ConditionCheck.Builder check = ConditionCheck.builder().tableName(table).key(key)
                .conditionExpression(condition);
        if (!names.isEmpty()) {
            check.expressionAttributeNames(names);
        }
        if (!values.isEmpty()) {
            check.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().conditionCheck(check.build()).build();
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /** Why a write of the induction at the version read was refused, from the item as it was. */
    private static Conflict inductionChanged(Optional<Map<String, AttributeValue>> asItWas) {
        return InductionItems.beingReduced(asItWas)
                ? new Conflict("The induction's retention period has ended and it is being reduced to its basic"
                        + " record; it can no longer be changed.")
                : new Conflict("The induction changed meanwhile; read it again.");
    }

    private TransactWriteItem putAtVersion(Map<String, AttributeValue> item, long expectedVersion) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("version = :v")
                .expressionAttributeValues(Map.of(":v", n(expectedVersion))).build()).build();
    }
}
