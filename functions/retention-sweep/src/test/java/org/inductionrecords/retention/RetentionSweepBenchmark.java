package org.inductionrecords.retention;

import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.s;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStatus;
import org.inductionrecords.core.induction.Outcome;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.induction.Retention;
import org.inductionrecords.core.induction.Teacher;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.store.InductionItems;
import org.inductionrecords.store.Keys;
import org.inductionrecords.store.UserItems;
import org.inductionrecords.testing.RoundTrips;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Cost follows the due records, not the table: one real sweep over 100 due inductions among
 * 1,000, then among 20,000, each in its own fresh stack. Prints wall time, DynamoDB items read and
 * requests per operation. Not a test (timings on a shared machine are not a pass/fail matter); run:
 *
 * <pre>
 * ./mvnw -o -q -pl functions/retention-sweep test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.mainClass=org.inductionrecords.retention.RetentionSweepBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * Every due induction has six assessments, an idempotency record and an NQT user with a login; of the
 * rest, half are finished but not yet due (in the retention index with later end dates) and half are in
 * progress, each with two assessments.
 */
public final class RetentionSweepBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 18);

    private RetentionSweepBenchmark() {
    }

    record Result(int total, int due, long wallMillis, long itemsRead, Map<String, Integer> requests, JsonNode report) {
    }

    public static void main(String[] args) {
        measure(300, 100); // warm-up: JIT, clients, the emulators' first calls
        Result small = measure(1_000, 100);
        Result large = measure(20_000, 100);
        Result smallAgain = measure(1_000, 100); // the order's effect on wall time (warm-up, machine load)
        for (Result result : List.of(small, large, smallAgain)) {
            System.out.printf("%,7d inductions, %d due: wall %,d ms, items read %,d, requests %s, report %s%n",
                    result.total(), result.due(), result.wallMillis(), result.itemsRead(), result.requests(),
                    result.report());
        }
        System.out.printf("ratio 20,000 / 1,000: wall %.2fx, items read %.2fx (target: within 1.3x)%n",
                (double) large.wallMillis() / small.wallMillis(), (double) large.itemsRead() / small.itemsRead());
        System.exit(0);
    }

    static Result measure(int total, int due) {
        World world = World.fresh();
        ReadCounter.reset();
        long seeded = System.nanoTime();
        seed(world, total, due);
        System.out.printf("seeded %,d inductions in %,d ms%n", total, (System.nanoTime() - seeded) / 1_000_000);
        // The handler as Lambda builds it; the counters are registered globally, so they see its clients.
        RetentionSweepHandler handler = new RetentionSweepHandler(world.environment());
        ReadCounter.reset();
        RoundTrips.reset();
        long started = System.nanoTime();
        JsonNode report = Sweeps.invoke(handler, Sweeps.scheduledOn(AS_OF, false));
        long wall = (System.nanoTime() - started) / 1_000_000;
        if (report.get("reduced").asInt() != due) {
            throw new IllegalStateException("expected " + due + " reduced: " + report);
        }
        return new Result(total, due, wall, ReadCounter.itemsRead(), RoundTrips.counts(), report);
    }

    private static void seed(World world, int total, int due) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String trn = String.format("%07d", i);
            if (i < due) {
                Induction induction = finished(trn, AS_OF.minusYears(6).minusDays(i % 30));
                items.add(InductionItems.toItem(induction));
                for (int term = 1; term <= 6; term++) {
                    items.add(assessment(induction.inductionId(), term));
                }
                items.add(idempotency(induction.inductionId()));
                String email = "bench." + trn + "." + UUID.randomUUID() + "@example.org";
                String sub = world.stack.createLogin(email, World.PASSWORD);
                items.add(UserItems.toItem(new User(sub, email, "Grace", "Hopper", Role.NQT, Optional.of("100001"),
                        Optional.of(trn), UserStatus.ACTIVE)));
                items.add(Map.of(Keys.PK, s(Keys.email(email)), Keys.SK, s("EMAIL"), Keys.TYPE, s("EMAIL_LOCK"),
                        "userId", s(sub)));
            } else {
                Induction induction = i % 2 == 0
                        ? finished(trn, AS_OF.minusYears(5).plusDays(i % 365))
                        : registered(trn);
                items.add(InductionItems.toItem(induction));
                items.add(assessment(induction.inductionId(), 1));
                items.add(assessment(induction.inductionId(), 2));
            }
            if (items.size() >= 500) {
                write(world, items);
                items.clear();
            }
        }
        write(world, items);
    }

    private static Induction registered(String trn) {
        return Induction.register(UUID.randomUUID().toString(), "100001",
                new Teacher(trn, "Grace", "Hopper", LocalDate.of(1994, 12, 9), Optional.of(trn + "@example.org")),
                Programme.ECT, LocalDate.of(2017, 9, 1), BigDecimal.ONE, "tutor-1");
    }

    private static Induction finished(String trn, LocalDate on) {
        return registered(trn).withOutcome(InductionStatus.PASSED, Outcome.PASSED, on, Optional.empty(),
                Optional.of(Retention.ends(on)));
    }

    private static Map<String, AttributeValue> assessment(String inductionId, int term) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.induction(inductionId)));
        item.put(Keys.SK, s("ASSESSMENT#T" + term + "-PROGRESS_REVIEW"));
        item.put(Keys.TYPE, s("ASSESSMENT"));
        item.put("summary", s("x".repeat(400)));
        item.put("version", n(1));
        return item;
    }

    private static Map<String, AttributeValue> idempotency(String inductionId) {
        return Map.of(Keys.PK, s(Keys.induction(inductionId)), Keys.SK, s("IDEMPOTENCY#tutor-1#" + UUID.randomUUID()),
                Keys.TYPE, s("IDEMPOTENCY"), "responseBody", s("{}"));
    }

    private static void write(World world, List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> batch = items.subList(from, Math.min(from + 25, items.size())).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(world.table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse response = world.dynamo.batchWriteItem(b -> b.requestItems(request));
                pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
        }
    }
}
