package org.inductionrecords.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.inductionrecords.store.Batches;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Puts items into one table with BatchWriteItem, 25 at a time, a few batches in flight. What DynamoDB
 * returns unprocessed is retried as {@link Batches} does it; a batch that stays unprocessed through every
 * attempt fails the restore rather than losing items silently. Memory stays at the batches in
 * flight: {@link #put} blocks while they are all busy.
 */
final class BatchWriter implements AutoCloseable {

    static final int BATCH_SIZE = Batches.MAX_WRITE;
    static final int IN_FLIGHT = 4;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final ExecutorService pool;
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final List<Future<?>> running = new ArrayList<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicLong written = new AtomicLong();
    private List<WriteRequest> batch = new ArrayList<>(BATCH_SIZE);

    BatchWriter(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.pool = Executors.newFixedThreadPool(IN_FLIGHT, runnable -> {
            Thread thread = new Thread(runnable, "restore-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    void put(Map<String, AttributeValue> item) {
        batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        if (batch.size() == BATCH_SIZE) {
            submit();
        }
    }

    /** Writes what is left and waits for every batch; answers the number of items written. */
    long finish() {
        if (!batch.isEmpty()) {
            submit();
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Restore interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                failure.compareAndSet(null, new RestoreRefused("Writing to " + table + " failed: " + e.getCause(),
                        e.getCause()));
            }
        }
        running.clear();
        throwIfFailed();
        return written.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void submit() {
        throwIfFailed();
        List<WriteRequest> full = batch;
        batch = new ArrayList<>(BATCH_SIZE);
        slots.acquireUninterruptibly();
        running.removeIf(Future::isDone);
        running.add(pool.submit(() -> {
            try {
                write(full);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                throw e;
            } finally {
                slots.release();
            }
        }));
    }

    private void write(List<WriteRequest> requests) {
        try {
            written.addAndGet(Batches.writeAll(dynamoDb, table, requests));
        } catch (Batches.Unprocessed unprocessed) {
            throw new RestoreRefused(unprocessed.getMessage(), unprocessed);
        }
    }

    private void throwIfFailed() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed instanceof RestoreRefused refused ? refused
                    : new RestoreRefused("Writing to " + table + " failed: " + failed, failed);
        }
    }
}
