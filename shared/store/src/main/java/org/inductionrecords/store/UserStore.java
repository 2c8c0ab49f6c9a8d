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
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.user.DirectoryView;
import org.inductionrecords.core.user.Mfa;
import org.inductionrecords.core.user.ProvisioningPolicy;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.School;
import org.inductionrecords.core.user.TeacherOfTrn;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserDirectory;
import org.inductionrecords.core.user.UserStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Schools and users in the single table. Reads are consistent (a suspension counts at once); each change
 * is one TransactWriteItems with its audit event, so it happens whole or not at all.
 */
public final class UserStore implements UserDirectory {

    private static final Set<String> GSI1_PAGE_KEY = Set.of(Keys.PK, Keys.SK, Keys.GSI1_PK, Keys.GSI1_SK);

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
                              Optional<String> email, Optional<String> trn) {
        Map<String, Map<String, AttributeValue>> keys = new LinkedHashMap<>();
        keys.put(id(UserItems.key(callerId)), UserItems.key(callerId));
        schoolUrn.ifPresent(urn -> keys.put(id(SchoolItems.key(urn)), SchoolItems.key(urn)));
        userId.ifPresent(id -> keys.put(id(UserItems.key(id)), UserItems.key(id)));
        email.ifPresent(e -> keys.put(id(EmailItems.key(e)), EmailItems.key(e)));
        trn.ifPresent(t -> {
            keys.put(id(InductionItems.lockKey(t)), InductionItems.lockKey(t));
            keys.put(id(TeacherLoginItems.key(t)), TeacherLoginItems.key(t));
        });
        Map<String, Map<String, AttributeValue>> found = batchGet(keys.values());

        Optional<User> caller = Optional.ofNullable(found.get(id(UserItems.key(callerId))))
                .map(UserItems::fromItem)
                .map(callers::onFirstUse);
        Optional<User> user = userId.flatMap(id -> id.equals(callerId) ? caller
                : Optional.ofNullable(found.get(id(UserItems.key(id)))).map(UserItems::fromItem));
        return new DirectoryView(caller,
                schoolUrn.map(urn -> found.get(id(SchoolItems.key(urn)))).map(SchoolItems::fromItem),
                user,
                email.map(e -> found.get(id(EmailItems.key(e)))).map(EmailItems::userId),
                trn.map(t -> teacher(t, found)));
    }

    /** The TRN's induction in progress (one more read, through its lock) and its login, if any. */
    private TeacherOfTrn teacher(String trn, Map<String, Map<String, AttributeValue>> found) {
        Optional<TeacherOfTrn.InductionInProgress> inProgress = Optional.ofNullable(found.get(id(InductionItems.lockKey(trn))))
                .map(lock -> lock.get("inductionId").s())
                .flatMap(inductionId -> get(InductionItems.key(inductionId)))
                .filter(induction -> InductionStatus.IN_PROGRESS.name().equals(induction.get("status").s()))
                .map(induction -> new TeacherOfTrn.InductionInProgress(induction.get("inductionId").s(),
                        induction.get("schoolUrn").s()));
        Optional<String> login = Optional.ofNullable(found.get(id(TeacherLoginItems.key(trn)))).map(TeacherLoginItems::userId);
        return new TeacherOfTrn(trn, inProgress, login);
    }

    private static String id(Map<String, AttributeValue> key) {
        return key.get(Keys.PK).s() + "|" + key.get(Keys.SK).s();
    }

    /** One BatchGetItem (consistent), keyed by pk and sk. */
    private Map<String, Map<String, AttributeValue>> batchGet(Iterable<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> asked = new ArrayList<>();
        keys.forEach(asked::add);
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        Batches.getAll(dynamo, tableName, asked).forEach(item -> found.put(id(item), item));
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
        return get(FirstAdminMarker.key()).isPresent();
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

    /** The AB admins (gsi1 {@code AB_ADMINS}), a page at a time. */
    public Page<User> admins(Optional<String> nextToken, int limit) {
        return queryGsi1(UserItems.AB_ADMINS, nextToken, limit).map(UserItems::fromItem);
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
        Transaction.on(dynamo)
                .write(putNew(SchoolItems.toItem(school)), new Conflict("A school with this URN exists already."))
                .write(AuditItems.put(tableName, event))
                .run();
    }

    @Override
    public void add(User user, Optional<TeacherOfTrn> teacher, AuditEvent event) {
        Transaction transaction = userWrites(user, event);
        if (user.role() == Role.NQT) {
            TeacherOfTrn.InductionInProgress induction = teacher.flatMap(TeacherOfTrn::inProgress).orElseThrow();
            transaction
                    .write(putNew(TeacherLoginItems.toItem(user.trn().orElseThrow(), user.userId())),
                            ProvisioningPolicy.loginExists())
                    .write(condition(InductionItems.key(induction.inductionId()),
                                    "#status = :inProgress AND schoolUrn = :urn AND trn = :trn",
                                    Map.of("#status", "status"),
                                    Map.of(":inProgress", s(InductionStatus.IN_PROGRESS.name()),
                                            ":urn", s(user.schoolUrn().orElseThrow()), ":trn", s(user.trn().orElseThrow()))),
                            ProvisioningPolicy.notTeacherOfSchool());
        }
        transaction.run();
    }

    @Override
    public void addFirstAdmin(User admin, AuditEvent event) {
        userWrites(admin, event)
                .write(FirstAdminMarker.putFirst(tableName), new Conflict("An AB_ADMIN exists already."))
                .run();
    }

    /** The record and the email lock, both only if new, and the audit event. */
    private Transaction userWrites(User user, AuditEvent event) {
        Conflict emailTaken = new Conflict("A user with this email exists already.");
        return Transaction.on(dynamo)
                .write(putNew(UserItems.toItem(user)), emailTaken)
                .write(putNew(EmailItems.toItem(user.email(), user.userId())), emailTaken)
                .write(AuditItems.put(tableName, event));
    }

    @Override
    public User changeStatus(User caller, User user, UserStatus newStatus, AuditEvent event) {
        Transaction.on(dynamo)
                .write(TransactWriteItem.builder().update(Update.builder()
                                .tableName(tableName)
                                .key(UserItems.key(user.userId()))
                                .updateExpression("SET #status = :new")
                                .conditionExpression("#status = :read")
                                .expressionAttributeNames(Map.of("#status", "status"))
                                .expressionAttributeValues(Map.of(":new", s(newStatus.name()), ":read", s(user.status().name())))
                                .build()).build(),
                        new Conflict("The user's status changed meanwhile; read it again."))
                // The rule that keeps an active AB_ADMIN: see ProvisioningPolicy.callerSuspendedMeanwhile.
                .write(condition(UserItems.key(caller.userId()), "#status = :active",
                                Map.of("#status", "status"), Map.of(":active", s(UserStatus.ACTIVE.name()))),
                        ProvisioningPolicy.callerSuspendedMeanwhile())
                .write(AuditItems.put(tableName, event))
                .run();
        return user.withStatus(newStatus);
    }

    @Override
    public User recordMfa(User caller, Mfa mfa, AuditEvent event) {
        updateOwnRecord(caller, UserItems.MFA, s(mfa.name()), "#status = :status", UserStatus.ACTIVE,
                ProvisioningPolicy.callerSuspendedMeanwhile(), event);
        return caller.withMfa(mfa);
    }

    @Override
    public User setReminders(User user, boolean on, AuditEvent event) {
        updateOwnRecord(user, UserItems.REMINDERS, Attributes.bool(on), "attribute_exists(pk) AND #status <> :status",
                UserStatus.SUSPENDED, new Conflict("The user changed meanwhile; read it again."), event);
        return user.withReminders(on);
    }

    /** One attribute of a user's own record, under a condition on its status, with its audit event. */
    private void updateOwnRecord(User user, String attribute, AttributeValue value, String statusCondition,
                                 UserStatus status, RuntimeException refusal, AuditEvent event) {
        Transaction.on(dynamo)
                .write(TransactWriteItem.builder().update(Update.builder()
                                .tableName(tableName)
                                .key(UserItems.key(user.userId()))
                                .updateExpression("SET #attribute = :value")
                                .conditionExpression(statusCondition)
                                .expressionAttributeNames(Map.of("#attribute", attribute, "#status", "status"))
                                .expressionAttributeValues(Map.of(":value", value, ":status", s(status.name())))
                                .build()).build(),
                        refusal)
                .write(AuditItems.put(tableName, event))
                .run();
    }

    @Override
    public User reinstateAdmin(User admin, AuditEvent event) {
        Transaction.on(dynamo)
                .write(TransactWriteItem.builder().update(Update.builder()
                                .tableName(tableName)
                                .key(UserItems.key(admin.userId()))
                                .updateExpression("SET #status = :active")
                                .conditionExpression("#role = :admin")
                                .expressionAttributeNames(Map.of("#status", "status", "#role", "role"))
                                .expressionAttributeValues(Map.of(":active", s(UserStatus.ACTIVE.name()),
                                        ":admin", s(Role.AB_ADMIN.name())))
                                .build()).build(),
                        new Conflict("That user is not an AB_ADMIN."))
                .write(AuditItems.put(tableName, event))
                .run();
        return admin.withStatus(UserStatus.ACTIVE);
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(tableName)
                .item(item)
                .conditionExpression("attribute_not_exists(pk)")
                .build()).build();
    }

    private TransactWriteItem condition(Map<String, AttributeValue> key, String expression, Map<String, String> names,
                                        Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder()
                .tableName(tableName)
                .key(key)
                .conditionExpression(expression)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build()).build();
    }
}
