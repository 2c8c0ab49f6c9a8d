package org.inductionrecords.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.inductionrecords.bench.runner.RequestRecorder;
import org.inductionrecords.store.DynamoClients;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Warm API latency and throughput through the local stack (docs/PERFORMANCE.md): an assessment submission (POST
 * /inductions/{id}/assessments, with an Idempotency-Key) and a list read (GET /inductions/{id}/assessments), each
 * at concurrency 1 and 8, over loopback HTTP (keep-alive connections) with real ID tokens (so the authorizer's
 * checks are in it; it checks a token's signature once, then remembers the token until it expires). Beside each,
 * the floor: the very DynamoDB requests that one such API call made (recorded with a global SDK interceptor),
 * replayed directly from this JVM with a client built like the functions' (writes go to fresh keys so their
 * conditions hold). A warm-up for the JIT first; then, per level, unmeasured calls at that concurrency and the API
 * and the floor measured in alternating blocks. Bounded loops; prints a Markdown table, with the CPU this JVM spent
 * per call on each side.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -cp ... org.inductionrecords.bench.WarmApiBenchmark [reads per level=800] [submissions per level=400]</pre>
 */
public final class WarmApiBenchmark {

    private WarmApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 800;
        int submissions = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        System.out.println("# warm API, " + Instant.now() + ", java " + Runtime.version() + ", load " + Load.now()
                + ", JIT " + jit());
        try (BenchStack bench = new BenchStack()) {
            int warmup = 10;
            int needed = warmup + JIT_WARMUP_SUBMISSIONS + 2 * submissions + warmRounds(1) + warmRounds(8) + BLOCKS + 1;
            ConcurrentLinkedQueue<String[]> targets = new ConcurrentLinkedQueue<>();
            List<String> inductions = new ArrayList<>();
            for (int i = 0; i < (needed + 4) / 5; i++) {
                String id = bench.registerInduction();
                inductions.add(id);
                for (int term = 1; term <= 5; term++) {
                    targets.add(new String[] {id, String.valueOf(term)});
                }
            }
            String listed = inductions.get(0);
            Runnable read = () -> expect(200, bench.call("GET", "/inductions/" + listed + "/assessments",
                    bench.coordinatorToken, null, null));
            Runnable submit = () -> {
                String[] target = targets.poll();
                expect(201, bench.call("POST", "/inductions/" + target[0] + "/assessments", bench.tutorToken,
                        BenchStack.assessment(Integer.parseInt(target[1])), UUID.randomUUID().toString()));
            };
            for (int i = 0; i < warmup; i++) {
                submit.run();
                read.run();
            }
            List<SdkRequest> submitCalls = record(submit);
            List<SdkRequest> readCalls = record(read);
            System.out.println("submission's DynamoDB requests: " + names(submitCalls));
            System.out.println("list read's DynamoDB requests: " + names(readCalls));
            DynamoDbClient dynamo = DynamoClients.create();
            Runnable readFloor = () -> readCalls.forEach(r -> replay(dynamo, r));
            Runnable submitFloor = () -> submitCalls.forEach(r -> replay(dynamo, r));
            for (int i = 0; i < warmup; i++) {
                readFloor.run();
                submitFloor.run();
            }
            // The JIT's warm-up, for the request paths of the stack, the functions and the SDK alike: without it
            // the first measured level (the API at concurrency 1) paid for compilations the floor then enjoyed, and
            // compilations still under way (with the GC) were the largest and least steady CPU of a level.
            for (int i = 0; i < JIT_WARMUP_READS; i++) {
                read.run();
                readFloor.run();
                if (i % (JIT_WARMUP_READS / JIT_WARMUP_SUBMISSIONS) == 0) {
                    submit.run();
                    submitFloor.run();
                }
            }
            List<String> rows = new ArrayList<>();
            for (int concurrency : new int[] {1, 8}) {
                Result[] list = measure(concurrency, reads, read, readFloor);
                rows.add(row("list read", concurrency, list[0], list[1]));
                Result[] submission = measure(concurrency, submissions, submit, submitFloor);
                rows.add(row("submission", concurrency, submission[0], submission[1]));
            }
            System.out.println();
            System.out.println("| request | concurrency | API p50 / p99 | API throughput | floor p50 / p99 | floor throughput | API / floor at p50 | CPU per call, API / floor |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
            System.out.println("load after: " + Load.now());
        }
        System.exit(0);
    }

    /** Latencies, wall seconds, and the CPU this JVM (client, stack, functions, DynamoDB Local) spent meanwhile. */
    record Result(long[] sortedMicros, double seconds, double cpuSeconds) {
        long p(double percentile) {
            return Stats.percentile(sortedMicros, percentile);
        }

        double perSecond() {
            return sortedMicros.length / seconds;
        }

        double cpuMillisPerCall() {
            return cpuSeconds * 1000 / sortedMicros.length;
        }

        static Result of(List<Result> blocks) {
            long[] all = blocks.stream().flatMapToLong(b -> java.util.Arrays.stream(b.sortedMicros())).sorted().toArray();
            return new Result(all, blocks.stream().mapToDouble(Result::seconds).sum(),
                    blocks.stream().mapToDouble(Result::cpuSeconds).sum());
        }
    }

    /**
     * The JIT this JVM runs with. The figures are meant with {@code -XX:TieredStopAtLevel=1}, as the README runs the
     * local stack and as Lambda runs the functions (the template's JAVA_TOOL_OPTIONS): with C2 the compiler threads
     * kept compiling the stack, DynamoDB Local and the SDK throughout a run (half a core on average, in bursts of a
     * whole one), the largest and least steady CPU use of a level on 2 cores.
     */
    static String jit() {
        boolean c1Only = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(argument -> argument.equals("-XX:TieredStopAtLevel=1"));
        return c1Only ? "C1 only (-XX:TieredStopAtLevel=1)" : "C1 and C2 (not the documented setting: add -XX:TieredStopAtLevel=1)";
    }

    static final int JIT_WARMUP_READS = 600;
    static final int JIT_WARMUP_SUBMISSIONS = 200;
    static final int BLOCKS = 8;

    /**
     * Unmeasured calls at the measured concurrency before each measurement: the local stack makes a further
     * function instance for each concurrent call (as Lambda does), and a warm figure must not include the
     * construction of those instances or their first requests.
     */
    static int warmRounds(int concurrency) {
        return 4 * concurrency;
    }

    /**
     * The API's calls and the floor's, each {@code total} times at this concurrency, in alternating blocks, so
     * that a change of the machine's load or of the JIT's state during the run falls on both alike.
     */
    static Result[] measure(int concurrency, int total, Runnable api, Runnable floor) throws Exception {
        run(concurrency, warmRounds(concurrency), api);
        run(concurrency, warmRounds(concurrency), floor);
        List<Result> apiBlocks = new ArrayList<>();
        List<Result> floorBlocks = new ArrayList<>();
        for (int block = 0; block < BLOCKS; block++) {
            int calls = total / BLOCKS + (block < total % BLOCKS ? 1 : 0);
            apiBlocks.add(run(concurrency, calls, api));
            floorBlocks.add(run(concurrency, calls, floor));
        }
        return new Result[] {Result.of(apiBlocks), Result.of(floorBlocks)};
    }

    private static Result run(int concurrency, int total, Runnable call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger left = new AtomicInteger(total);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    long began = System.nanoTime();
                    call.run();
                    micros.add((System.nanoTime() - began) / 1_000);
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        pool.shutdown();
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted, seconds, cpuSeconds);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String row(String request, int concurrency, Result api, Result floor) {
        return String.format("| %s | %d | %.1f / %.1f ms | %.0f/s | %.1f / %.1f ms | %.0f/s | **%.2fx** | %.1f / %.1f ms |",
                request, concurrency, api.p(50) / 1000.0, api.p(99) / 1000.0, api.perSecond(), floor.p(50) / 1000.0,
                floor.p(99) / 1000.0, floor.perSecond(), (double) api.p(50) / floor.p(50), api.cpuMillisPerCall(),
                floor.cpuMillisPerCall());
    }

    private static List<SdkRequest> record(Runnable call) {
        List<SdkRequest> requests = Collections.synchronizedList(new ArrayList<>());
        RequestRecorder.record(request -> {
            if (request.getClass().getPackageName().contains(".dynamodb.")) {
                requests.add(request);
            }
        });
        try {
            call.run();
        } finally {
            RequestRecorder.record(null);
        }
        return List.copyOf(requests);
    }

    private static String names(List<SdkRequest> requests) {
        return requests.stream().map(r -> r.getClass().getSimpleName().replace("Request", "")
                + (r instanceof TransactWriteItemsRequest t ? "(" + t.transactItems().size() + " items)" : ""))
                .toList().toString();
    }

    /** The same request again; a write goes to a fresh partition so that its conditions hold every time. */
    private static void replay(DynamoDbClient dynamo, SdkRequest request) {
        switch (request) {
            case GetItemRequest get -> dynamo.getItem(get);
            case BatchGetItemRequest batch -> dynamo.batchGetItem(batch);
            case QueryRequest query -> dynamo.query(query);
            case PutItemRequest put -> dynamo.putItem(put.toBuilder().item(fresh(put.item())).build());
            case TransactWriteItemsRequest transaction -> dynamo.transactWriteItems(transaction.toBuilder()
                    .clientRequestToken(null)
                    .transactItems(transaction.transactItems().stream().map(WarmApiBenchmark::fresh).toList())
                    .build());
            default -> throw new IllegalStateException("no replay for " + request.getClass().getSimpleName());
        }
    }

    private static TransactWriteItem fresh(TransactWriteItem item) {
        if (item.put() != null) {
            Put put = item.put();
            return item.toBuilder().put(put.toBuilder().item(fresh(put.item())).build()).build();
        }
        if (item.update() != null || item.delete() != null) {
            throw new IllegalStateException("the floor replays puts and condition checks only: " + item);
        }
        return item;
    }

    private static Map<String, AttributeValue> fresh(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> copy = new HashMap<>(item);
        copy.put("pk", AttributeValue.fromS("FLOOR#" + UUID.randomUUID() + "#" + item.get("pk").s()));
        return copy;
    }

    private static void expect(int status, BenchStack.Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + ", answered " + answer.status() + " "
                    + answer.body());
        }
    }
}
