package org.inductionrecords.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Test data shaped like the table's items (schools, users, inductions, assessments, locks, idempotency and audit
 * records), with unicode names, and one in every few holding every attribute type DynamoDB has.
 * Deterministic for a given seed.
 */
public final class TestItems {

    private static final String[] NAMES = {"Siân", "Zoë", "Łukasz", "Ọlálékan", "李雷", "Chloé-Anne", "O'Brien",
            "Ægir", "Γιώργος", "Ольга", "Nguyễn", "🍎 Apple", "plain"};

    private TestItems() {
    }

    public static List<Map<String, AttributeValue>> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Map<String, AttributeValue>> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item(i, random));
        }
        return items;
    }

    public static Map<String, AttributeValue> item(int i, Random random) {
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        String urn = Integer.toString(100000 + random.nextInt(900000));
        String name = NAMES[random.nextInt(NAMES.length)];
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        switch (i % 8) {
            case 0 -> {
                put(item, "pk", s("SCHOOL#" + urn + "#" + i), "sk", s("SCHOOL"), "type", s("SCHOOL"), "urn", s(urn),
                        "name", s(name + " Academy"), "gsi1pk", s("SCHOOLS"), "gsi1sk", s(urn + "#" + i));
            }
            case 1 -> {
                put(item, "pk", s("USER#" + id), "sk", s("USER"), "type", s("USER"), "userId", s(id),
                        "email", s("user" + i + "@example.org"), "givenName", s(name), "familyName", s(name),
                        "role", s("NQT"), "status", s("ACTIVE"), "gsi1pk", s("SCHOOL#" + urn + "#USERS"),
                        "gsi1sk", s(id), "gsi3pk", s("TEACHER#" + (1000000 + i)), "gsi3sk", s("USER"),
                        "version", n(Integer.toString(random.nextInt(9) + 1)));
            }
            case 2, 3 -> {
                String start = "2026-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
                put(item, "pk", s("INDUCTION#" + id), "sk", s("INDUCTION"), "type", s("INDUCTION"),
                        "inductionId", s(id), "schoolUrn", s(urn), "trn", s(Integer.toString(1000000 + i)),
                        "givenName", s(name), "familyName", s("Ó Fearghail"), "dateOfBirth", s("1999-02-28"),
                        "programme", s(random.nextBoolean() ? "ECT" : "NQT"), "startDate", s(start),
                        "fte", n(random.nextBoolean() ? "1" : "0.5"), "tutorUserId", s(id),
                        "status", s("IN_PROGRESS"), "legalHold", bool(random.nextBoolean()),
                        "version", n("3"), "gsi1pk", s("SCHOOL#" + urn + "#INDUCTIONS"),
                        "gsi1sk", s(start + "#" + id), "gsi2pk", s("TUTOR#" + id), "gsi2sk", s(start + "#" + id));
                if (random.nextInt(3) == 0) {
                    put(item, "status", s("PASSED"), "outcome", s("PASS"), "outcomeDate", s("2026-07-20"),
                            "retentionEnds", s("2032-07-20"), "retentionPk", s("RETENTION"),
                            "retentionSk", s("2032-07-20#" + id), "extensionTerms", n("0"));
                }
            }
            case 4 -> {
                Map<String, AttributeValue> standards = new LinkedHashMap<>();
                for (int standard = 1; standard <= 8; standard++) {
                    standards.put("TS" + standard, m("judgement", s(random.nextBoolean() ? "MET" : "NOT_MET"),
                            "evidence", s(name + " – observed lesson " + standard)));
                }
                put(item, "pk", s("INDUCTION#" + id), "sk", s("ASSESSMENT#T3-FINAL"), "type", s("ASSESSMENT"),
                        "term", n("3"), "kind", s("FINAL"), "standards", AttributeValue.fromM(standards),
                        "comments", AttributeValue.fromL(List.of(s("Good progress — “well done”"),
                                s(name), n("42"))), "signedBy", s(id), "signedAt", s("2026-07-01T10:00:00Z"),
                        "teacherComment", s("Merci ☺"), "version", n("2"));
            }
            case 5 -> put(item, "pk", s("AUDIT#INDUCTION#" + id), "sk", s("2026-11-22T18:00:00." + i + "Z#" + id),
                    "type", s("AUDIT"), "action", s("SIGNED"), "actorId", s(id));
            case 6 -> put(item, "pk", s("INDUCTION#" + id), "sk", s("IDEMPOTENCY#" + id + "#key" + i),
                    "type", s("IDEMPOTENCY"), "requestHash", s(Integer.toHexString(random.nextInt())),
                    "statusCode", n("201"), "responseBody", s("{\"inductionId\":\"" + id + "\",\"name\":\"" + name + "\"}"),
                    "expiresAt", n(Long.toString(1_800_000_000L + i)));
            default -> {
                byte[] bytes = new byte[1 + random.nextInt(64)];
                random.nextBytes(bytes);
                put(item, "pk", s("EVERY#" + id), "sk", s("TYPE"), "type", s("EVERY_TYPE"),
                        "s", s(name), "emptyString", s(""), "n", n("-123.4500"), "big", n("12345678901234567890123456789"),
                        "b", AttributeValue.fromB(SdkBytes.fromByteArray(bytes)), "yes", bool(true), "no", bool(false),
                        "nothing", AttributeValue.fromNul(true),
                        "ss", AttributeValue.fromSs(List.of("a", name, "ß")),
                        "ns", AttributeValue.fromNs(List.of("1", "2.5", "-3")),
                        "bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"), SdkBytes.fromByteArray(bytes))),
                        "l", AttributeValue.fromL(List.of(s(name), n("1"), bool(true), AttributeValue.fromNul(true),
                                AttributeValue.fromL(List.of()), m("deep", m("deeper", s("🙂"))))),
                        "emptyMap", AttributeValue.fromM(Map.of()));
            }
        }
        return item;
    }

    /** Writes the items with BatchWriteItem, retrying whatever comes back unprocessed. */
    public static void seed(DynamoDbClient dynamoDb, String table, List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> batch = items.subList(from, Math.min(items.size(), from + 25)).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse response = dynamoDb.batchWriteItem(b -> b.requestItems(request));
                pending = response.hasUnprocessedItems() ? new HashMap<>(response.unprocessedItems()) : Map.of();
                pending.values().removeIf(List::isEmpty);
            }
        }
    }

    private static void put(Map<String, AttributeValue> item, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            item.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    private static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    private static AttributeValue m(Object... pairs) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        put(map, pairs);
        return AttributeValue.fromM(map);
    }
}
