package org.inductionrecords.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.inductionrecords.json.Json;

/**
 * Cold start of each function against the SDK floor (docs/PERFORMANCE.md): starts the local stack in this JVM
 * and seeds a school with a coordinator and one induction; then, for each function, runs fresh JVMs with Lambda's flags
 * whose class path is only that function's function.jar plus the bench runner jar: the function answering
 * its events/ sample (GET /me and GET /inductions/{id} as the seeded coordinator, so both answer 200), and,
 * interleaved with it, the floor program building the same SDK clients and making the same calls. Timed
 * from process start to the answer line. Prints a Markdown table (median, min-max, ratio to the floor).
 *
 * <pre>java -cp ... org.inductionrecords.bench.ColdStartBenchmark [runs=7] [function ...]</pre>
 */
public final class ColdStartBenchmark {

    /** Lambda's java21 JVM: C1 only (the template's JAVA_TOOL_OPTIONS), class data sharing, serial GC. */
    static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto", "-XX:+UseSerialGC", "-Xmx870m");

    record Function(String logicalId, String module, String handler, String mode, String clients) {
    }

    static final List<Function> FUNCTIONS = List.of(
            new Function("UsersFunction", "users", "org.inductionrecords.users.UsersHandler", "api", "dynamodb,cognito"),
            new Function("AssessmentsFunction", "assessments", "org.inductionrecords.assessments.AssessmentsHandler",
                    "api", "dynamodb"),
            new Function("BulkFunction", "bulk", "org.inductionrecords.bulk.BulkHandler", "api", "dynamodb"),
            new Function("BootstrapAdminFunction", "users", "org.inductionrecords.users.BootstrapAdminHandler",
                    "stream", "dynamodb,cognito"),
            new Function("BackupFunction", "backup", "org.inductionrecords.backup.BackupHandler", "stream",
                    "dynamodb,s3"),
            new Function("RestoreFunction", "restore", "org.inductionrecords.restore.RestoreHandler", "stream",
                    "dynamodb,s3"),
            new Function("RetentionSweepFunction", "retention-sweep",
                    "org.inductionrecords.retention.RetentionSweepHandler", "stream", "dynamodb,cognito"),
            new Function("ReminderFunction", "reminders", "org.inductionrecords.reminders.ReminderHandler", "stream",
                    "dynamodb,ses"));

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        Path root = Root.find();
        Path runnerJar = Files.list(root.resolve("bench/target"))
                .filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("build bench first: bench/target/*-runner.jar"));
        Path eventsDir = Files.createTempDirectory("bench-events-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println("# cold start, " + runs + " runs, " + Instant.now() + ", java " + Runtime.version()
                + ", load " + Load.now());
        try (BenchStack bench = new BenchStack()) {
            String inductionId = bench.registerInduction();
            Map<String, Path> events = events(root, eventsDir, bench, inductionId);
            List<String> rows = new ArrayList<>();
            for (Function function : FUNCTIONS) {
                if (!only.isEmpty() && !only.contains(function.logicalId())) {
                    continue;
                }
                Path jar = root.resolve("functions/" + function.module() + "/target/function.jar");
                String classPath = jar + File.pathSeparator + runnerJar;
                Map<String, String> env = environment(bench, function);
                List<String> functionCommand = command(java, classPath,
                        "org.inductionrecords.bench.runner.ColdRunner", function.handler(), function.mode(),
                        events.get(function.logicalId()).toString());
                // One unmeasured run: warms the page cache, and tells the floor which calls to make.
                Run first = Run.of(functionCommand, env);
                List<String> floorCommand = command(java, classPath, "org.inductionrecords.bench.runner.FloorRunner",
                        "explicit", function.clients(), first.calls());
                List<String> defaultFloorCommand = new ArrayList<>(floorCommand);
                defaultFloorCommand.set(defaultFloorCommand.size() - 3, "default");
                Run.of(floorCommand, env);
                List<Run> fn = new ArrayList<>();
                List<Run> floor = new ArrayList<>();
                List<Run> defaultFloor = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    fn.add(Run.of(functionCommand, env));
                    floor.add(Run.of(floorCommand, env));
                    if (function.mode().equals("api")) {
                        defaultFloor.add(Run.of(defaultFloorCommand, env));
                    }
                }
                String row = String.format("| %s | %s | %d ms (%d-%d) | %d ms / %d ms | %d ms (%d-%d) | **%.2fx** | %s | %s |",
                        function.logicalId(), fn.get(0).answer(), Stats.median(fn, Run::wallMs), Stats.min(fn, Run::wallMs),
                        Stats.max(fn, Run::wallMs), Stats.median(fn, Run::initMs), Stats.median(fn, Run::invokeMs),
                        Stats.median(floor, Run::wallMs), Stats.min(floor, Run::wallMs), Stats.max(floor, Run::wallMs),
                        (double) Stats.median(fn, Run::wallMs) / Stats.median(floor, Run::wallMs),
                        defaultFloor.isEmpty() ? "-" : Stats.median(defaultFloor, Run::wallMs) + " ms",
                        first.calls());
                System.out.println(row);
                rows.add(row);
            }
            System.out.println();
            System.out.println("| function | answer | cold start median (min-max) | init / first invoke | floor median (min-max) | ratio | floor, SDK default chains | SDK calls |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
            System.out.println("load after: " + Load.now());
        }
        System.exit(0);
    }

    static List<String> command(String java, String classPath, String main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(LAMBDA_FLAGS);
        // For a look inside, e.g. BENCH_CHILD_FLAGS="-Xlog:class+load:file=/tmp/classes-%p.txt" (not for figures).
        String extra = System.getenv("BENCH_CHILD_FLAGS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(classPath);
        command.add(main);
        command.addAll(List.of(args));
        return command;
    }

    /** The function's variables from the template, plus what Lambda sets, plus the emulators' endpoints. */
    static Map<String, String> environment(BenchStack bench, Function function) {
        Map<String, String> env = new LinkedHashMap<>(bench.stack.environment(function.logicalId()));
        env.put("AWS_REGION", "eu-west-2");
        env.put("AWS_DEFAULT_REGION", "eu-west-2");
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", bench.local.emulators().dynamoDbEndpoint().toString());
        env.put("AWS_ENDPOINT_URL_S3", bench.local.emulators().s3Endpoint().toString());
        env.put("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", bench.local.emulators().cognitoEndpoint().toString());
        env.put("AWS_ENDPOINT_URL_SESV2", bench.local.emulators().sesEndpoint().toString());
        return env;
    }

    /** The events/ samples, with the seeded coordinator as caller and the seeded induction as path id. */
    static Map<String, Path> events(Path root, Path dir, BenchStack bench, String inductionId) throws Exception {
        Map<String, Path> events = new LinkedHashMap<>();
        ObjectNode me = (ObjectNode) Json.tree(Files.readString(root.resolve("events/users/get-me.json")));
        ((ObjectNode) me.path("requestContext").path("authorizer").path("claims")).put("sub",
                bench.coordinator.userId());
        events.put("UsersFunction", write(dir, "get-me.json", me.toString()));
        ObjectNode induction = (ObjectNode) Json.tree(
                Files.readString(root.resolve("events/assessments/get-induction.json")));
        ((ObjectNode) induction.path("requestContext").path("authorizer").path("claims")).put("sub",
                bench.coordinator.userId());
        ((ObjectNode) induction.path("pathParameters")).put("inductionId", inductionId);
        induction.put("path", "/inductions/" + inductionId);
        events.put("AssessmentsFunction", write(dir, "get-induction.json", induction.toString()));
        // BulkFunction: the coordinator's caseload export of the seeded school (one induction), 200.
        ObjectNode caseload = (ObjectNode) Json.tree(Files.readString(root.resolve("events/bulk/export-caseload.json")));
        ((ObjectNode) caseload.path("requestContext").path("authorizer").path("claims")).put("sub",
                bench.coordinator.userId());
        caseload.putNull("queryStringParameters");
        events.put("BulkFunction", write(dir, "export-caseload.json", caseload.toString()));
        events.put("BootstrapAdminFunction", root.resolve("events/bootstrap-admin.json"));
        events.put("BackupFunction", root.resolve("events/backup-scheduled.json"));
        // The restore verifies (dry run) the backup the backup runs wrote (named by the event's time).
        ObjectNode restore = (ObjectNode) Json.tree(Files.readString(root.resolve("events/restore.json")));
        restore.put("targetTable", bench.stack.name() + "-restore-bench");
        events.put("RestoreFunction", write(dir, "restore.json", restore.toString()));
        events.put("RetentionSweepFunction", root.resolve("events/retention-dry-run.json"));
        // The day's real run (not a dry run), as of yesterday: within the 24 hours the function accepts.
        ObjectNode reminders = (ObjectNode) Json.tree(Files.readString(root.resolve("events/reminders-scheduled.json")));
        reminders.put("time", Instant.now().minusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString());
        events.put("ReminderFunction", write(dir, "reminders.json", reminders.toString()));
        return events;
    }

    private static Path write(Path dir, String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** One child JVM: wall time from start to its answer line, and what it reported. */
    record Run(long wallMs, String answer, long initMs, long invokeMs, String calls) {

        static Run of(List<String> command, Map<String, String> env) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
            builder.environment().clear();
            builder.environment().putAll(env);
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            Process process = builder.start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ANSWERED ")) {
                        long wall = (System.nanoTime() - start) / 1_000_000;
                        Map<String, String> fields = new LinkedHashMap<>();
                        String[] parts = line.split(" ");
                        for (String part : parts) {
                            int eq = part.indexOf('=');
                            if (eq > 0 && !part.startsWith("bytes=")) {
                                fields.put(part.substring(0, eq), part.substring(eq + 1));
                            }
                        }
                        process.waitFor(30, TimeUnit.SECONDS);
                        return new Run(wall, parts[1], Long.parseLong(fields.get("init_ms")),
                                Long.parseLong(fields.get("invoke_ms")), line.substring(line.indexOf("calls=") + 6));
                    }
                }
            }
            process.waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("no answer from " + String.join(" ", command.subList(command.size() - 3,
                    command.size())) + " (exit " + process.exitValue() + "); rerun it by hand to see its stderr");
        }
    }
}
