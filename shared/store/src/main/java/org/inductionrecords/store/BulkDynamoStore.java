package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.inductionrecords.core.induction.BulkStore;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.user.User;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link BulkStore} on the single table (docs/TABLE.md "Bulk work and exports"): emails and users by
 * BatchGetItem ({@link Batches}, 100 keys a call), a TRN's inductions by a Query of its gsi3 partition (at most
 * {@link #PARALLEL} at once, so 1,000 rows cost 1,000 small queries but about 1/16 of the time), a school's by its
 * gsi1 partition, the schools by theirs. No scans.
 */
public final class BulkDynamoStore implements BulkStore {

    /** Queries in flight at once: well under the SDK's default connection pool of 50. */
    static final int PARALLEL = 16;

    private final DynamoDbClient dynamo;
    private final String table;

    public BulkDynamoStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Map<String, User> usersWithEmails(Collection<String> emails) {
        Map<String, String> userIdByEmail = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(emails), Batches.MAX_GET)) {
            for (Map<String, AttributeValue> item : Batches.getAll(dynamo, table,
                    chunk.stream().map(EmailItems::key).toList())) {
                userIdByEmail.put(item.get(Keys.PK).s().substring("EMAIL#".length()), EmailItems.userId(item));
            }
        }
        Map<String, User> users = new HashMap<>();
        List<String> userIds = List.copyOf(new java.util.HashSet<>(userIdByEmail.values()));
        Map<String, User> byId = new HashMap<>();
        for (List<String> chunk : chunks(userIds, Batches.MAX_GET)) {
            for (Map<String, AttributeValue> item : Batches.getAll(dynamo, table,
                    chunk.stream().map(UserItems::key).toList())) {
                User user = UserItems.fromItem(item);
                byId.put(user.userId(), user);
            }
        }
        userIdByEmail.forEach((email, userId) -> {
            User user = byId.get(userId);
            if (user != null) {
                users.put(email, user);
            }
        });
        return users;
    }

    @Override
    public List<Induction> inductionsOfTrn(String trn) {
        List<Induction> inductions = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).indexName(Keys.GSI3)
                        .keyConditionExpression("gsi3pk = :p AND begins_with(gsi3sk, :inductions)")
                        .expressionAttributeValues(Map.of(":p", s(Keys.teacher(trn)),
                                ":inductions", s(InductionItems.GSI3_SK_PREFIX))))
                .items().forEach(item -> inductions.add(InductionItems.fromItem(item)));
        return inductions;
    }

    @Override
    public Map<String, List<Induction>> inductionsOfTrns(Collection<String> trns) {
        Map<String, List<Induction>> found = new LinkedHashMap<>();
        Semaphore permits = new Semaphore(PARALLEL);
        Map<String, Future<List<Induction>>> pending = new LinkedHashMap<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String trn : new java.util.LinkedHashSet<>(trns)) {
                pending.put(trn, threads.submit(() -> {
                    permits.acquire();
                    try {
                        return inductionsOfTrn(trn);
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (Map.Entry<String, Future<List<Induction>>> entry : pending.entrySet()) {
                List<Induction> inductions = entry.getValue().get();
                if (!inductions.isEmpty()) {
                    found.put(entry.getKey(), inductions);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading inductions", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        return found;
    }

    @Override
    public List<Induction> inductionsOfSchool(String urn) {
        List<Induction> inductions = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :p")
                        .expressionAttributeValues(Map.of(":p", s(InductionItems.schoolPartition(urn)))))
                .items().forEach(item -> inductions.add(InductionItems.fromItem(item)));
        return inductions;
    }

    @Override
    public List<String> schoolUrns() {
        List<String> urns = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :p")
                        .expressionAttributeValues(Map.of(":p", s(SchoolItems.ALL_SCHOOLS)))
                        .projectionExpression("urn"))
                .items().forEach(item -> urns.add(item.get("urn").s()));
        return urns;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }
}
