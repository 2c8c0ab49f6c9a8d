package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.error.Conflict;
import org.inductionrecords.core.error.Rejection;
import org.inductionrecords.core.user.DirectoryView;
import org.inductionrecords.core.user.ProvisioningPolicy;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.School;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserDirectory;
import org.inductionrecords.core.user.UserStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Schools and users in the single table. Reads are consistent (a suspension counts at once); each change
 * is one TransactWriteItems with its audit event, so it happens whole or not at all.
 */
public final class UserStore implements UserDirectory {

    private static final Set<String> GSI1_PAGE_KEY = Set.of(Keys.PK, Keys.SK, Keys.GSI1_PK, Keys.GSI1_SK);
    private static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final DynamoCallerLookup callers;

    public UserStore(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
        this.callers = new DynamoCallerLookup(dynamo, tableName);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public DirectoryView read(String callerId, Optional<String> schoolUrn, Optional<String> userId,
                              Optional<String> email) {
        Map<String, Map<String, AttributeValue>> keys = new LinkedHashMap<>();
        keys.put(Keys.user(callerId), UserItems.key(callerId));
        schoolUrn.ifPresent(urn -> keys.put(Keys.school(urn), SchoolItems.key(urn)));
        userId.ifPresent(id -> keys.put(Keys.user(id), UserItems.key(id)));
        email.ifPresent(e -> keys.put(Keys.email(e), EmailItems.key(e)));
        Map<String, Map<String, AttributeValue>> found = batchGet(keys.values());

        Optional<User> caller = Optional.ofNullable(found.get(Keys.user(callerId)))
                .map(UserItems::fromItem)
                .map(callers::onFirstUse);
        Optional<User> user = userId.flatMap(id -> id.equals(callerId) ? caller
                : Optional.ofNullable(found.get(Keys.user(id))).map(UserItems::fromItem));
        return new DirectoryView(caller,
                schoolUrn.map(urn -> found.get(Keys.school(urn))).map(SchoolItems::fromItem),
                user,
                email.map(e -> found.get(Keys.email(e))).map(EmailItems::userId));
    }

    /** One BatchGetItem (consistent); keys DynamoDB leaves unprocessed are asked for again. */
    private Map<String, Map<String, AttributeValue>> batchGet(Iterable<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> pending = new ArrayList<>();
        keys.forEach(pending::add);
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        while (!pending.isEmpty()) {
            List<Map<String, AttributeValue>> asked = pending;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(Map.of(tableName,
                    KeysAndAttributes.builder().keys(asked).consistentRead(true).build())));
            response.responses().getOrDefault(tableName, List.of())
                    .forEach(item -> found.put(item.get(Keys.PK).s(), item));
            KeysAndAttributes unprocessed = response.unprocessedKeys().get(tableName);
            pending = unprocessed == null ? List.of() : unprocessed.keys();
        }
        return found;
    }

    @Override
    public Optional<School> school(String urn) {
        return get(SchoolItems.key(urn)).map(SchoolItems::fromItem);
    }

    @Override
    public Optional<User> userWithEmail(String email) {
        return get(EmailItems.key(email)).map(EmailItems::userId)
                .flatMap(id -> get(UserItems.key(id))).map(UserItems::fromItem);
    }

    @Override
    public boolean adminExists() {
        return get(UserAdminCounter.key()).isPresent();
    }

    private Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        GetItemResponse response = dynamo.getItem(b -> b.tableName(tableName).key(key).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    @Override
    public Page<School> schools(Optional<String> nextToken, int limit) {
        return queryGsi1(SchoolItems.ALL_SCHOOLS, nextToken, limit).map(SchoolItems::fromItem);
    }

    @Override
    public Page<User> usersOf(String urn, Optional<String> nextToken, int limit) {
        return queryGsi1(UserItems.schoolUsersPartition(urn), nextToken, limit).map(UserItems::fromItem);
    }

    private Page<Map<String, AttributeValue>> queryGsi1(String partition, Optional<String> nextToken, int limit) {
        Optional<Map<String, AttributeValue>> start = PageToken.decode(nextToken, GSI1_PAGE_KEY, Keys.GSI1_PK, partition);
        QueryResponse response = dynamo.query(b -> b.tableName(tableName)
                .indexName(Keys.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.GSI1_PK))
                .expressionAttributeValues(Map.of(":pk", s(partition)))
                .exclusiveStartKey(start.orElse(null))
                .limit(limit));
        return new Page<>(response.items(), PageToken.encode(response.lastEvaluatedKey()));
    }

    // ---------------------------------------------------------------- changes

    @Override
    public void createSchool(School school, AuditEvent event) {
        transact(List.of(putNew(SchoolItems.toItem(school)), AuditItems.put(tableName, event)),
                failed -> failed == 0 ? new Conflict("A school with this URN exists already.") : null);
    }

    @Override
    public void add(User user, AuditEvent event) {
        List<TransactWriteItem> writes = new ArrayList<>(userWrites(user, event));
        if (user.role() == Role.AB_ADMIN && user.isActive()) {
            writes.add(UserAdminCounter.increment(tableName));
        }
        transact(writes, failed -> failed <= 1 ? new Conflict("A user with this email exists already.") : null);
    }

    @Override
    public void addFirstAdmin(User admin, AuditEvent event) {
        List<TransactWriteItem> writes = new ArrayList<>(userWrites(admin, event));
        writes.add(UserAdminCounter.first(tableName));
        transact(writes, failed -> switch (failed) {
            case 0, 1 -> new Conflict("A user with this email exists already.");
            case 3 -> new Conflict("An AB_ADMIN exists already.");
            default -> null;
        });
    }

    /** The record (index 0) and the email lock (index 1), both only if new, and the audit event. */
    private List<TransactWriteItem> userWrites(User user, AuditEvent event) {
        return List.of(putNew(UserItems.toItem(user)),
                putNew(EmailItems.toItem(user.email(), user.userId())),
                AuditItems.put(tableName, event));
    }

    @Override
    public User changeStatus(User user, UserStatus newStatus, AuditEvent event) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(Update.builder()
                .tableName(tableName)
                .key(UserItems.key(user.userId()))
                .updateExpression("SET #status = :new")
                .conditionExpression("#status = :read")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":new", s(newStatus.name()), ":read", s(user.status().name())))
                .build()).build());
        writes.add(AuditItems.put(tableName, event));
        User changed = user.withStatus(newStatus);
        if (user.role() == Role.AB_ADMIN && user.isActive() != changed.isActive()) {
            writes.add(changed.isActive() ? UserAdminCounter.increment(tableName) : UserAdminCounter.decrement(tableName));
        }
        transact(writes, failed -> switch (failed) {
            case 0 -> new Conflict("The user's status changed meanwhile; read it again.");
            case 2 -> ProvisioningPolicy.lastActiveAdmin();
            default -> null;
        });
        return changed;
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(tableName)
                .item(item)
                .conditionExpression("attribute_not_exists(pk)")
                .build()).build();
    }

    /** What a failed condition at a given index of the transaction means; null if it means nothing known. */
    private interface FailedCondition {
        Rejection rejectionFor(int index);
    }

    private void transact(List<TransactWriteItem> writes, FailedCondition meaning) {
        try {
            dynamo.transactWriteItems(b -> b.transactItems(writes));
        } catch (TransactionCanceledException cancelled) {
            List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons() : List.of();
            for (int i = 0; i < reasons.size(); i++) {
                if (CONDITIONAL_CHECK_FAILED.equals(reasons.get(i).code())) {
                    Rejection rejection = meaning.rejectionFor(i);
                    if (rejection != null) {
                        throw rejection;
                    }
                }
            }
            if (reasons.stream().anyMatch(r -> "TransactionConflict".equals(r.code()))) {
                throw new Conflict("Another change to the same records was under way; try again.");
            }
            throw cancelled;
        }
    }
}
