package org.inductionrecords.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.json.Json;
import org.inductionrecords.local.LocalStack;
import org.inductionrecords.local.LocalStackOptions;
import org.inductionrecords.store.Keys;
import org.inductionrecords.store.UserItems;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The local stack in this JVM (free ports, a temporary data directory, no schedules) with one school seeded:
 * its coordinator and tutor have Cognito logins (password {@link #PASSWORD}) whose subs are their user ids.
 * Benchmarks call its API over loopback HTTP or start function JVMs against its emulators.
 */
final class BenchStack implements AutoCloseable {

    static final String PASSWORD = "Bench-Passw0rd!";
    static final String ECT_START = "2023-09-04";

    final LocalStack local;
    final Stack stack;
    final String urn;
    final User coordinator;
    final User tutor;
    final String coordinatorToken;
    final String tutorToken;
    private final Path dataDir;
    private final AtomicInteger nextTrn = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    BenchStack() throws IOException {
        dataDir = Files.createTempDirectory("induction-bench-");
        local = LocalStack.start(LocalStackOptions.defaults().withFreePorts().withDataDir(dataDir)
                .withStackName("bench").withSchedules(false));
        stack = local.stack();
        urn = "1" + String.format("%05d", System.nanoTime() % 100_000);
        local.emulators().dynamoDb().putItem(b -> b.tableName(stack.tableName()).item(Map.of(
                Keys.PK, AttributeValue.fromS(Keys.school(urn)), Keys.SK, AttributeValue.fromS("SCHOOL"),
                Keys.TYPE, AttributeValue.fromS("SCHOOL"), "urn", AttributeValue.fromS(urn),
                "name", AttributeValue.fromS("Bench School"),
                Keys.GSI1_PK, AttributeValue.fromS("SCHOOLS"), Keys.GSI1_SK, AttributeValue.fromS(urn))));
        coordinator = user("coordinator", Role.INDUCTION_COORDINATOR);
        tutor = user("tutor", Role.INDUCTION_TUTOR);
        coordinatorToken = stack.idToken(coordinator.email(), PASSWORD);
        tutorToken = stack.idToken(tutor.email(), PASSWORD);
    }

    private User user(String name, Role role) {
        String email = "bench." + name + "@example.org";
        String sub = stack.createLogin(email, PASSWORD);
        User user = new User(sub, email, "Bench", name, role, Optional.of(urn), Optional.empty(), UserStatus.ACTIVE);
        local.emulators().dynamoDb().putItem(b -> b.tableName(stack.tableName()).item(UserItems.toItem(user)));
        return user;
    }

    /** Registers an ECT induction through the API (as the coordinator), tutored by the seeded tutor. */
    String registerInduction() {
        String trn = String.format("%07d", 1_000_000 + nextTrn.incrementAndGet() % 9_000_000);
        Map<String, Object> teacher = new LinkedHashMap<>();
        teacher.put("trn", trn);
        teacher.put("givenName", "Bench");
        teacher.put("familyName", "Teacher");
        teacher.put("dateOfBirth", "1995-12-10");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("teacher", teacher);
        body.put("programme", "ECT");
        body.put("startDate", ECT_START);
        body.put("fte", 1.0);
        body.put("tutorUserId", tutor.userId());
        Answer created = call("POST", "/schools/" + urn + "/inductions", coordinatorToken, Json.write(body), null);
        if (created.status() != 201) {
            throw new IllegalStateException("registration answered " + created.status() + " " + created.body());
        }
        return Json.tree(created.body()).path("inductionId").asText();
    }

    /** An ECT assessment body a tutor may submit at this term (PROGRESS_REVIEW, or FORMAL at term 3). */
    static String assessment(int term) {
        java.time.LocalDate periodStart = java.time.LocalDate.parse(ECT_START).plusMonths(4L * (term - 1));
        Map<String, Object> body = new LinkedHashMap<>();
        String kind = term == 3 ? "FORMAL" : "PROGRESS_REVIEW";
        body.put("kind", kind);
        body.put("term", term);
        body.put("periodStart", periodStart.toString());
        body.put("periodEnd", periodStart.plusMonths(3).toString());
        body.put("daysAbsent", 2);
        body.put("progress", "SATISFACTORY");
        if (kind.equals("FORMAL")) {
            Map<String, Object> standards = new LinkedHashMap<>();
            for (String name : List.of("TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8", "PART2")) {
                standards.put(name, Map.of("rating", "MEETING", "comment", "Evidence for " + name));
            }
            body.put("standards", standards);
        }
        body.put("summary", "Good progress this term.\nTargets agreed.");
        return Json.write(body);
    }

    record Answer(int status, String body) {
    }

    /**
     * One API call over loopback HTTP. The JDK's blocking HttpURLConnection with its keep-alive connections: the
     * least client there is, so that the warm benchmark measures the API, not the client's own threads.
     */
    Answer call(String method, String path, String token, String body, String idempotencyKey) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(local.apiUrl() + path).toURL()
                    .openConnection();
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(60_000);
            connection.setRequestMethod(method);
            connection.setRequestProperty("Authorization", "Bearer " + token);
            if (idempotencyKey != null) {
                connection.setRequestProperty("Idempotency-Key", idempotencyKey);
            }
            if (body != null) {
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            // Read to the end and close: that returns the connection to the keep-alive cache.
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode json(String body) {
        return Json.tree(body);
    }

    @Override
    public void close() {
        local.close();
        try (var paths = Files.walk(dataDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
