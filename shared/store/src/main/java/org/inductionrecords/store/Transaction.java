package org.inductionrecords.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.inductionrecords.core.error.Conflict;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * One TransactWriteItems whose writes each carry their own refusal: when a write's condition fails, the
 * refusal of the first such write (in the order added) is thrown, given the item as it was where the
 * write asked for it ({@code ALL_OLD}). One policy for everything else: a cancellation caused only by
 * another transaction on the same items (or throttling) is retried with back-off; then, like any
 * cancellation no write explains, it is a 409 that says to retry. Never a 500, never a partial write.
 */
public final class Transaction {

    /** How often a transaction that lost a race is tried in all. */
    static final int ATTEMPTS = 4;
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final Set<String> RETRYABLE = Set.of("TransactionConflict", "ThrottlingError",
            "ProvisionedThroughputExceeded");

    private final DynamoDbClient dynamo;
    private final List<TransactWriteItem> writes = new ArrayList<>();
    private final List<Optional<Function<Optional<Map<String, AttributeValue>>, RuntimeException>>> refusals =
            new ArrayList<>();

    private Transaction(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    public static Transaction on(DynamoDbClient dynamo) {
        return new Transaction(dynamo);
    }

    /** A write whose condition (if any) holds unless something outside the rules changed the table. */
    public Transaction write(TransactWriteItem write) {
        writes.add(write);
        refusals.add(Optional.empty());
        return this;
    }

    /** A write whose failed condition means {@code refusal}. */
    public Transaction write(TransactWriteItem write, RuntimeException refusal) {
        return write(write, itemAsItWas -> refusal);
    }

    /** A write whose failed condition is explained from the item as it was ({@code ALL_OLD}, if asked for). */
    public Transaction write(TransactWriteItem write, Function<Optional<Map<String, AttributeValue>>, RuntimeException> refusal) {
        writes.add(write);
        refusals.add(Optional.of(refusal));
        return this;
    }

    public void run() {
        for (int attempt = 1; ; attempt++) {
            List<CancellationReason> reasons = attempt(List.copyOf(writes));
            if (reasons == null) {
                return;
            }
            for (int i = 0; i < reasons.size() && i < refusals.size(); i++) {
                CancellationReason reason = reasons.get(i);
                if (CONDITION_FAILED.equals(reason.code()) && refusals.get(i).isPresent()) {
                    throw refusals.get(i).get().apply(itemOf(reason));
                }
            }
            boolean lostARace = reasons.stream().anyMatch(r -> RETRYABLE.contains(r.code()))
                    && reasons.stream().noneMatch(r -> CONDITION_FAILED.equals(r.code()));
            if (!lostARace || attempt == ATTEMPTS) {
                throw retryLater();
            }
            backOff(attempt);
        }
    }

    /** The refusal of a transaction no write's refusal explains. */
    public static Conflict retryLater() {
        return new Conflict("Another change to the same records was under way; read them again and retry.");
    }

    /** Null on success, else the cancellation reasons (one per write). */
    private List<CancellationReason> attempt(List<TransactWriteItem> items) {
        try {
            dynamo.transactWriteItems(b -> b.transactItems(items));
            return null;
        } catch (TransactionCanceledException cancelled) {
            return cancelled.hasCancellationReasons() ? cancelled.cancellationReasons() : List.of();
        }
    }

    private static Optional<Map<String, AttributeValue>> itemOf(CancellationReason reason) {
        return reason.hasItem() && !reason.item().isEmpty() ? Optional.of(reason.item()) : Optional.empty();
    }

    /** The SDK's own retries do not cover a cancelled transaction: 20, 40, 80 ms, with jitter. */
    static void backOff(int attempt) {
        long base = 10L << attempt;
        try {
            Thread.sleep(base + (long) (Math.random() * base));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw retryLater();
        }
    }
}
