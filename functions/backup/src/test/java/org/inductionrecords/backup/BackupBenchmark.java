package org.inductionrecords.backup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.backup.BackupLayout;
import org.inductionrecords.store.backup.BackupManifest;

/**
 * Backup throughput and peak heap for tables of different sizes (the aim: heap at 100k items within 1.5x of heap
 * at 10k). Not a test: timings on a shared machine are not a pass/fail matter. Run from the repository root:
 *
 * <pre>
 * ./mvnw -o -q -pl functions/backup test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
 *   -Dexec.executable="$JAVA_HOME/bin/java" -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.inductionrecords.backup.BackupBenchmark 10000 100000"
 * </pre>
 *
 * This JVM starts the emulators and seeds one stack per size; each backup then runs in a fresh child JVM
 * (-Xmx512m, SerialGC and C1 only, as Lambda runs a 1024 MB function) holding nothing but the handler, so
 * that its heap is the function's alone. The child samples heap use every 5 ms (peak, garbage included) and
 * forces a full GC every second to read the live heap (peak live). A second child then only scans the table
 * (same consistent segmented scan, no S3) to show how much of the time is DynamoDB Local's.
 */
public final class BackupBenchmark {

    private static final List<String> CHILD_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC",
            "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], args[2]);
            return;
        }
        if (args.length > 0 && args[0].equals("--scan")) {
            scanOnly(args[1]);
            return;
        }
        if (args.length > 0 && args[0].equals("--cpu-child")) {
            cpuChild(args[1], args[2]);
            return;
        }
        // --cpu: the backup's own cost per item (docs/PERFORMANCE.md "Backup at England's scale") instead of its heap
        boolean cpu = args.length > 0 && args[0].equals("--cpu");
        String[] sizeArgs = cpu ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        int[] sizes = sizeArgs.length == 0 ? new int[] {10_000, 100_000}
                : java.util.Arrays.stream(sizeArgs).mapToInt(Integer::parseInt).toArray();
        Emulators emulators = Emulators.shared();
        List<String> results = new ArrayList<>();
        for (int size : sizes) {
            Stack stack = emulators.createStack("bench-" + size + "-" + System.currentTimeMillis() % 100_000);
            long seedStart = System.nanoTime();
            seed(emulators, stack, size);
            System.out.printf("seeded %,d items in %.1f s%n", size, (System.nanoTime() - seedStart) / 1e9);
            Map<String, String> env = new LinkedHashMap<>(stack.environment("BackupFunction"));
            env.put("aws.region", Emulators.REGION);
            env.put("aws.accessKeyId", Emulators.ACCESS_KEY);
            env.put("aws.secretAccessKey", Emulators.SECRET_KEY);
            env.put(Emulators.DYNAMODB_ENDPOINT_PROPERTY, emulators.dynamoDbEndpoint().toString());
            env.put(Emulators.S3_ENDPOINT_PROPERTY, emulators.s3Endpoint().toString());
            if (cpu) {
                results.add(costPerItem(emulators, stack, env, size));
                continue;
            }
            JsonNode report = Json.tree(runChild("--child", Json.write(env)));
            JsonNode scan = Json.tree(runChild("--scan", Json.write(env)));
            BackupManifest manifest = BackupSites.manifest(emulators.s3(), stack.primaryBucket(),
                    report.get("backupId").asText());
            long bytes = manifest.files().stream().mapToLong(f -> f.bytes()).sum();
            String line = String.format("items=%,d files=%d gzip=%.1f MiB/site backup=%.1f s (%,.0f items/s) "
                            + "scanOnly=%.1f s peakHeapSampled=%.1f MiB peakLive=%.1f MiB liveBefore=%.1f MiB",
                    manifest.items(), manifest.files().size(), bytes / 1048576.0, report.get("millis").asLong() / 1000.0,
                    manifest.items() * 1000.0 / report.get("millis").asLong(), scan.get("millis").asLong() / 1000.0,
                    report.get("peakSampled").asLong() / 1048576.0, report.get("peakLive").asLong() / 1048576.0,
                    report.get("before").asLong() / 1048576.0);
            System.out.println(line);
            results.add(line);
        }
        System.out.println("---");
        results.forEach(System.out::println);
        System.exit(0);
    }

    /**
     * One backup with nothing else in its JVM (no sampler, no forced GCs), its process CPU time read before and
     * after; then the scan alone, the same way. DynamoDB Local runs in this JVM, not the children, so neither
     * child's CPU includes the emulator's work: the backup child's is the function's own (the SDK's unmarshalling,
     * the JSON lines, gzip, the uploads), the scan child's the part of it any reader of the table pays.
     */
    private static String costPerItem(Emulators emulators, Stack stack, Map<String, String> env, int size)
            throws Exception {
        var description = emulators.dynamoDb().describeTable(b -> b.tableName(stack.tableName())).table();
        JsonNode report = Json.tree(runChild("--cpu-child", Json.write(env)));
        JsonNode scan = Json.tree(runChild("--scan", Json.write(env)));
        BackupManifest manifest = BackupSites.manifest(emulators.s3(), stack.primaryBucket(),
                report.get("backupId").asText());
        long gzipPerSite = manifest.files().stream().mapToLong(f -> f.bytes()).sum();
        long items = manifest.items();
        String line = String.format("items=%,d segments=%d tableBytes=%,d (%.0f B/item) wall=%.1f s cpu=%.1f s "
                        + "(%.1f us/item) scanOnlyWall=%.1f s scanOnlyCpu=%.1f s (%.1f us/item) "
                        + "gzip=%,d B/site (%.1f B/item/site, %.1f B/item both sites)",
                items, SegmentPlan.segmentsFor(description.itemCount(), description.tableSizeBytes()),
                description.tableSizeBytes(), description.tableSizeBytes() / (double) Math.max(1, size),
                report.get("millis").asLong() / 1000.0, report.get("cpuNanos").asLong() / 1e9,
                report.get("cpuNanos").asLong() / 1000.0 / items, scan.get("millis").asLong() / 1000.0,
                scan.get("cpuNanos").asLong() / 1e9, scan.get("cpuNanos").asLong() / 1000.0 / items,
                gzipPerSite, gzipPerSite / (double) items, 2.0 * gzipPerSite / items);
        System.out.println(line);
        return line;
    }

    /** In a child JVM: one backup through the handler, its process CPU time and wall time only. */
    private static void cpuChild(String envJson, String time) throws Exception {
        Map<String, String> env = handlerEnvironment(envJson);
        BackupHandler handler = new BackupHandler(env);
        String event = "{\"detail-type\":\"Scheduled Event\",\"time\":\"" + time + "\"}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuNanos = processCpuNanos() - cpuBefore;
        JsonNode answer = Json.tree(out.toString(StandardCharsets.UTF_8));
        System.out.println(Json.write(Map.of("backupId", answer.get("backupId").asText(), "millis", millis,
                "cpuNanos", cpuNanos)));
        System.exit(0);
    }

    /** The child's function environment; the {@code aws.*} entries become this JVM's system properties. */
    private static Map<String, String> handlerEnvironment(String envJson) {
        Map<String, String> env = new LinkedHashMap<>();
        Json.tree(envJson).fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("aws.")) {
                System.setProperty(e.getKey(), e.getValue().asText());
            } else {
                env.put(e.getKey(), e.getValue().asText());
            }
        });
        return env;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void seed(Emulators emulators, Stack stack, int size) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> parts = new ArrayList<>();
        int chunk = 5_000;
        for (int from = 0; from < size; from += chunk) {
            int start = from;
            int end = Math.min(size, from + chunk);
            parts.add(pool.submit(() -> {
                java.util.Random random = new java.util.Random(start);
                List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> items = new ArrayList<>();
                for (int i = start; i < end; i++) {
                    items.add(TestItems.item(i, random));
                }
                TestItems.seed(emulators.dynamoDb(), stack.tableName(), items);
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
        pool.shutdown();
    }

    private static String runChild(String mode, String envJson) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(CHILD_JVM);
        String extra = System.getProperty("bench.childJvmArgs", "");   // e.g. -XX:StartFlightRecording=...
        if (!extra.isBlank() && mode.equals("--child")) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BackupBenchmark.class.getName(), mode,
                envJson, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("benchmark child failed: " + output);
        }
        return output.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
    }

    /** In a child JVM: the same consistent segmented scan as the backup, items counted and dropped. */
    private static void scanOnly(String envJson) {
        JsonNode env = Json.tree(envJson);
        env.fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("aws.")) {
                System.setProperty(e.getKey(), e.getValue().asText());
            }
        });
        var dynamoDb = org.inductionrecords.store.DynamoClients.create();
        String table = env.get("TABLE_NAME").asText();
        var description = dynamoDb.describeTable(b -> b.tableName(table)).table();
        int segments = SegmentPlan.segmentsFor(description.itemCount(), description.tableSizeBytes());
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        long items = java.util.stream.IntStream.range(0, segments).parallel().mapToLong(segment ->
                dynamoDb.scanPaginator(b -> b.tableName(table).consistentRead(true).segment(segment)
                        .totalSegments(segments)).items().stream().count()).sum();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(Json.write(Map.of("items", items, "millis", millis,
                "cpuNanos", processCpuNanos() - cpuBefore)));
        System.exit(0);
    }

    /** In the child JVM: one backup through the handler, measured. */
    private static void child(String envJson, String time) throws Exception {
        Map<String, String> env = handlerEnvironment(envJson);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakLive = new AtomicLong();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    if (info.getGcAction().contains("major")) {
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum();
                        peakLive.accumulateAndGet(used, Math::max);
                    }
                }
            }, null, null);
        }
        BackupHandler handler = new BackupHandler(env);
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peakSampled = new AtomicLong(before);
        peakLive.set(before);
        Thread sampler = new Thread(() -> {
            long lastFullGc = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                peakSampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (System.nanoTime() - lastFullGc > 1_000_000_000L) {
                    System.gc();
                    lastFullGc = System.nanoTime();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        String event = "{\"detail-type\":\"Scheduled Event\",\"time\":\"" + time + "\"}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        JsonNode answer = Json.tree(out.toString(StandardCharsets.UTF_8));
        System.out.println(Json.write(Map.of("backupId", answer.get("backupId").asText(), "millis", millis,
                "peakSampled", peakSampled.get(), "peakLive", peakLive.get(), "before", before)));
        System.exit(0);
    }
}
