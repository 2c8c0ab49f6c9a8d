package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * What the end-to-end tests share on top of {@link RunningStack}: unique URNs, TRNs and emails (so test
 * classes never see each other's data in the one stack of the JVM), the API calls that build a school
 * with its staff, logins for users the API provisioned, and counts of what the stack holds.
 */
final class E2eWorld {

    /** The password every provisioned user of these tests ends up with. */
    static final String PASSWORD = "E2e-Test-Passw0rd!";
    /** An NQT induction starts before September 2021; these dates keep every assessment period in the past. */
    static final LocalDate NQT_START = LocalDate.of(2021, 6, 1);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private E2eWorld() {
    }

    static RunningStack local() {
        return RunningStack.get();
    }

    static String newUrn() {
        return String.valueOf(100_000 + RANDOM.nextInt(900_000));
    }

    static String newTrn() {
        return String.valueOf(1_000_000 + RANDOM.nextInt(9_000_000));
    }

    static String email(String label) {
        return label + "." + Long.toHexString(RANDOM.nextLong()) + "@example.org";
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A school created by the bootstrap admin; answers its URN. */
    static String school(RunningStack local, String adminToken) {
        String urn = newUrn();
        RunningStack.Response created = local.call("POST", "/schools", adminToken,
                json(Map.of("urn", urn, "name", "E2E School " + urn)));
        assertEquals(201, created.status(), created.body());
        return urn;
    }

    static ObjectNode userBody(String email, String role, String trn) {
        ObjectNode body = object().put("email", email).put("givenName", "Given").put("familyName", "Family")
                .put("role", role);
        if (trn != null) {
            body.put("trn", trn);
        }
        return body;
    }

    /** POST /schools/{urn}/users as {@code token}. */
    static RunningStack.Response provision(RunningStack local, String token, String urn, String email, String role,
                                           String trn) {
        return local.call("POST", "/schools/" + urn + "/users", token, json(userBody(email, role, trn)));
    }

    /**
     * A signed-in user: provisioned through the API by {@code provisionerToken}, then given a known permanent
     * password (standing in for the invitation's first login, which {@link ProvisioningJourneyE2eTest} does in
     * full) and its first call made, which turns it from INVITED to ACTIVE.
     */
    static Person person(RunningStack local, String provisionerToken, String urn, String role, String trn) {
        String email = email(role.toLowerCase());
        RunningStack.Response created = provision(local, provisionerToken, urn, email, role, trn);
        assertEquals(201, created.status(), created.body());
        String userId = created.json().get("userId").asText();
        local.stack().createLogin(email, PASSWORD);
        String token = local.idToken(email, PASSWORD);
        RunningStack.Response me = local.call("GET", "/me", token, null);
        assertEquals(200, me.status(), me.body());
        return new Person(userId, email, token, trn);
    }

    /** A school created by the admin, with a coordinator, a headteacher and a tutor, all signed in. */
    static Staff staff(RunningStack local, String adminToken) {
        String urn = school(local, adminToken);
        Person coordinator = person(local, adminToken, urn, "INDUCTION_COORDINATOR", null);
        Person headteacher = person(local, coordinator.token(), urn, "HEADTEACHER", null);
        Person tutor = person(local, coordinator.token(), urn, "INDUCTION_TUTOR", null);
        return new Staff(urn, coordinator, headteacher, tutor);
    }

    /** The body of POST /schools/{urn}/inductions for an NQT-programme teacher. */
    static ObjectNode registration(String trn, String tutorUserId) {
        ObjectNode body = object();
        body.putObject("teacher").put("trn", trn).put("givenName", "Ada").put("familyName", "Lovelace")
                .put("dateOfBirth", "1995-12-10").put("email", "ada." + trn + "@example.org");
        body.put("programme", "NQT").put("startDate", NQT_START.toString()).put("fte", 1.0)
                .put("tutorUserId", tutorUserId);
        return body;
    }

    /** Registers an NQT-programme induction of {@code trn} at the school; answers its id. */
    static String registerTeacher(RunningStack local, String coordinatorToken, String urn, String trn, String tutorUserId) {
        RunningStack.Response created = local.call("POST", "/schools/" + urn + "/inductions", coordinatorToken,
                json(registration(trn, tutorUserId)));
        assertEquals(201, created.status(), created.body());
        return created.json().get("inductionId").asText();
    }

    /** A complete assessment body of the NQT programme: standards and recommendation PASS on the FINAL. */
    static ObjectNode assessment(String kind, int term) {
        LocalDate periodStart = NQT_START.plusMonths(4L * (term - 1));
        ObjectNode body = object().put("kind", kind).put("term", term).put("periodStart", periodStart.toString())
                .put("periodEnd", periodStart.plusMonths(3).toString()).put("daysAbsent", 2)
                .put("progress", "SATISFACTORY");
        if (kind.equals("FINAL") || kind.equals("FORMAL")) {
            ObjectNode standards = body.putObject("standards");
            for (String name : new String[] {"TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8", "PART2"}) {
                standards.putObject(name).put("rating", "MEETING").put("comment", "Evidence for " + name);
            }
        }
        if (kind.equals("FINAL")) {
            body.put("recommendation", "PASS");
        }
        body.put("summary", "Good progress this term.\nTargets agreed.");
        return body;
    }

    /** Every item in the stack's table, counted with Scan Select=COUNT (all pages). */
    static long tableItems(RunningStack local) {
        long count = 0;
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> start = null;
        do {
            var startKey = start;
            ScanResponse page = local.emulators().dynamoDb().scan(b -> b.tableName(local.stack().tableName())
                    .select(Select.COUNT).consistentRead(true).exclusiveStartKey(startKey));
            count += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    /** Every item of the table, in a stable order, hashed: any put, update or delete changes it. */
    static String tableFingerprint(RunningStack local) {
        List<String> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            var from = start;
            ScanResponse page = local.emulators().dynamoDb().scan(b -> b.tableName(local.stack().tableName())
                    .consistentRead(true).exclusiveStartKey(from));
            page.items().forEach(item -> items.add(new TreeMap<>(item).toString()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        Collections.sort(items);
        return items.size() + ":" + String.join("\n", items).hashCode();
    }

    /** Every login in the stack's user pool. */
    static long logins(RunningStack local) {
        long count = 0;
        String token = null;
        do {
            var next = token;
            var page = local.emulators().cognito().listUsers(b -> b.userPoolId(local.stack().userPoolId())
                    .limit(60).paginationToken(next));
            count += page.users().size();
            token = page.paginationToken();
        } while (token != null && !token.isEmpty());
        return count;
    }

    record Person(String userId, String email, String token, String trn) {
    }

    record Staff(String urn, Person coordinator, Person headteacher, Person tutor) {
    }
}
