package org.inductionrecords.assessments;

import static org.inductionrecords.assessments.Fixtures.NQT_START;
import static org.inductionrecords.assessments.Fixtures.assessment;
import static org.inductionrecords.assessments.Fixtures.newTrn;
import static org.inductionrecords.assessments.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.inductionrecords.assessments.Fixtures.School;
import org.inductionrecords.assessments.TestApi.Response;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A realistic corpus of bad requests, each sent as API Gateway would: every one answers 4xx with
 * the contract's error body (400s name the field), none answers 5xx, and the table holds exactly
 * as many items afterwards as before.
 */
@Tag("emulators")
class BadInputCorpusTest {

    private static TestApi api;
    private static School school;
    private static User abAdmin;
    private static String inductionId;

    @BeforeAll
    static void oneInduction() {
        api = new TestApi("assessments-bad-input");
        abAdmin = api.user(Role.AB_ADMIN, null);
        school = Fixtures.school(api);
        inductionId = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                registration(newTrn(), "NQT", NQT_START, school.tutor().userId())).text("inductionId");
    }

    private record Case(String name, User caller, String method, String path, String body, Map<String, String> headers,
                        int expectedStatus) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void submission(String name, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = assessment("FINAL", 3, NQT_START);
        breakIt.accept(body);
        CASES.add(new Case("assessment: " + name, school.tutor(), "POST", "/inductions/" + inductionId + "/assessments",
                Json.write(body), Map.of(), 400));
    }

    @SuppressWarnings("unchecked")
    private static void registrationCase(String name, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = registration(newTrn(), "NQT", NQT_START, school.tutor().userId());
        body.put("teacher", new LinkedHashMap<>((Map<String, Object>) body.get("teacher")));
        breakIt.accept(body);
        CASES.add(new Case("registration: " + name, school.coordinator(), "POST",
                "/schools/" + school.urn() + "/inductions", Json.write(body), Map.of(), 400));
    }

    private static void raw(String name, String path, String body, int status) {
        CASES.add(new Case(name, school.tutor(), "POST", path, body, Map.of(), status));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> teacher(Map<String, Object> body) {
        return (Map<String, Object>) body.get("teacher");
    }

    private static void corpus() {
        String assessments = "/inductions/" + inductionId + "/assessments";
        raw("malformed JSON", assessments, "{\"kind\": \"FINAL\",", 400);
        raw("JSON array", assessments, "[1,2,3]", 400);
        raw("JSON null", assessments, "null", 400);
        raw("JSON string", assessments, "\"FINAL\"", 400);
        raw("trailing garbage", assessments, Json.write(assessment("FINAL", 3, NQT_START)) + " x", 400);
        raw("empty body", assessments, "", 400);
        raw("nested 100,000 deep", assessments, "[".repeat(100_000) + "]".repeat(100_000), 400);
        raw("number of 5,000 digits", assessments,
                Json.write(assessment("FINAL", 3, NQT_START)).replace("\"term\":3", "\"term\":" + "9".repeat(5_000)), 400);
        raw("lone surrogate in the summary", assessments,
                Json.write(assessment("FINAL", 3, NQT_START)).replace("Good progress", "Good \\ud800 progress"), 400);
        raw("body over 1 MB", assessments, "{\"summary\":\"" + "a".repeat(1_100_000) + "\"}", 413);
        raw("6 MB body", assessments, "{\"summary\":\"" + "a".repeat(6 * 1024 * 1024) + "\"}", 413);
        CASES.add(new Case("not JSON content type", school.tutor(), "POST", assessments, "kind=FINAL",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), 415));
        submission("kind missing", b -> b.remove("kind"));
        submission("term missing", b -> b.remove("term"));
        submission("periodStart missing", b -> b.remove("periodStart"));
        submission("progress missing", b -> b.remove("progress"));
        submission("daysAbsent missing", b -> b.remove("daysAbsent"));
        submission("unknown kind", b -> b.put("kind", "WEEKLY"));
        submission("lower-case kind", b -> b.put("kind", "final"));
        submission("unknown progress", b -> b.put("progress", "GOOD"));
        submission("unknown recommendation", b -> b.put("recommendation", "MAYBE"));
        submission("term as string", b -> b.put("term", "3"));
        submission("term as fraction", b -> b.put("term", 2.5));
        submission("term zero", b -> b.put("term", 0));
        submission("term beyond any programme", b -> b.put("term", 13));
        submission("term huge", b -> b.put("term", 99999999999L));
        submission("daysAbsent negative", b -> b.put("daysAbsent", -1));
        submission("daysAbsent 367", b -> b.put("daysAbsent", 367));
        submission("daysAbsent as boolean", b -> b.put("daysAbsent", true));
        submission("30 February", b -> b.put("periodEnd", "2023-02-30"));
        submission("date without padding", b -> b.put("periodStart", "2021-6-1"));
        submission("date with time", b -> b.put("periodStart", "2021-06-01T00:00:00Z"));
        submission("date as number", b -> b.put("periodStart", 20210601));
        submission("summary over 10,000 characters", b -> b.put("summary", "x".repeat(10_001)));
        submission("summary with a control character", b -> b.put("summary", "ok\u0000not ok"));
        submission("summary as object", b -> b.put("summary", Map.of("text", "hi")));
        submission("standards as array", b -> b.put("standards", List.of("TS1")));
        submission("standards with an unknown standard", b -> {
            Map<String, Object> standards = new LinkedHashMap<>(Fixtures.standards("MEETING"));
            standards.put("TS9", Map.of("rating", "MEETING", "comment", "x"));
            b.put("standards", standards);
        });
        submission("standard with an unknown rating", b -> {
            Map<String, Object> standards = new LinkedHashMap<>(Fixtures.standards("MEETING"));
            standards.put("TS3", Map.of("rating", "EXCEEDING", "comment", "x"));
            b.put("standards", standards);
        });
        submission("standard without comment", b -> {
            Map<String, Object> standards = new LinkedHashMap<>(Fixtures.standards("MEETING"));
            standards.put("TS3", Map.of("rating", "MEETING"));
            b.put("standards", standards);
        });
        submission("huge standard comment", b -> {
            Map<String, Object> standards = new LinkedHashMap<>(Fixtures.standards("MEETING"));
            standards.put("TS3", Map.of("rating", "MEETING", "comment", "y".repeat(50_000)));
            b.put("standards", standards);
        });
        submission("text over the item size budget (4-byte characters)", b -> {
            Map<String, Object> standards = new LinkedHashMap<>();
            Fixtures.standards("MEETING").keySet().forEach(name -> standards.put(name,
                    Map.of("rating", "MEETING", "comment", "\uD83D\uDE00".repeat(10_000))));
            b.put("standards", standards);
            b.put("summary", "\uD83D\uDE00".repeat(10_000));
        });
        registrationCase("teacher missing", b -> b.remove("teacher"));
        registrationCase("teacher as string", b -> b.put("teacher", "Ada"));
        registrationCase("trn of six digits", b -> teacher(b).put("trn", "123456"));
        registrationCase("trn as number", b -> teacher(b).put("trn", 1234567));
        registrationCase("name of 101 characters", b -> teacher(b).put("givenName", "A".repeat(101)));
        registrationCase("name of 200 KB", b -> teacher(b).put("familyName", "B".repeat(200_000)));
        registrationCase("name on two lines", b -> teacher(b).put("familyName", "Love\nlace"));
        registrationCase("name with half a surrogate pair", b -> teacher(b).put("familyName", "Love\udc00lace"));
        registrationCase("blank name", b -> teacher(b).put("givenName", "   "));
        registrationCase("date of birth 30 February", b -> teacher(b).put("dateOfBirth", "1990-02-30"));
        registrationCase("date of birth in the future", b -> teacher(b).put("dateOfBirth", "2090-01-01"));
        registrationCase("email without domain", b -> teacher(b).put("email", "ada@"));
        registrationCase("unknown programme", b -> b.put("programme", "PGCE"));
        registrationCase("fte zero", b -> b.put("fte", 0));
        registrationCase("fte over one", b -> b.put("fte", 1.5));
        registrationCase("fte as string", b -> b.put("fte", "1.0"));
        registrationCase("start date 2023-02-29", b -> b.put("startDate", "2023-02-29"));
        registrationCase("tutorUserId with a path", b -> b.put("tutorUserId", "../../etc"));
        registrationCase("tutorUserId missing", b -> b.remove("tutorUserId"));
        CASES.add(new Case("outcome: unknown outcome", abAdmin, "POST", "/inductions/" + inductionId + "/outcome",
                "{\"outcome\":\"DEFERRED\",\"outcomeDate\":\"2022-01-01\"}", Map.of(), 400));
        CASES.add(new Case("outcome: EXTENDED without terms", abAdmin, "POST", "/inductions/" + inductionId + "/outcome",
                "{\"outcome\":\"EXTENDED\",\"outcomeDate\":\"2022-01-01\"}", Map.of(), 400));
        CASES.add(new Case("outcome: extension of 7 terms", abAdmin, "POST", "/inductions/" + inductionId + "/outcome",
                "{\"outcome\":\"EXTENDED\",\"outcomeDate\":\"2022-01-01\",\"extensionTerms\":7}", Map.of(), 400));
        CASES.add(new Case("outcome: PASSED with terms", abAdmin, "POST", "/inductions/" + inductionId + "/outcome",
                "{\"outcome\":\"PASSED\",\"outcomeDate\":\"2022-01-01\",\"extensionTerms\":1}", Map.of(), 400));
        CASES.add(new Case("registration: fte overflowing a double", school.coordinator(), "POST",
                "/schools/" + school.urn() + "/inductions", Json.write(registration(newTrn(), "NQT", NQT_START,
                        school.tutor().userId())).replace("\"fte\":1.0", "\"fte\":1e999"), Map.of(), 400));
        CASES.add(new Case("outcome: extension overflowing a double", abAdmin, "POST",
                "/inductions/" + inductionId + "/outcome",
                "{\"outcome\":\"EXTENDED\",\"outcomeDate\":\"2022-01-01\",\"extensionTerms\":-1e999}", Map.of(), 400));
        CASES.add(new Case("outcome: extension with a huge exponent", abAdmin, "POST",
                "/inductions/" + inductionId + "/outcome",
                "{\"outcome\":\"EXTENDED\",\"outcomeDate\":\"2022-01-01\",\"extensionTerms\":1e-999999}", Map.of(), 400));
        CASES.add(new Case("legal hold without reason", abAdmin, "POST", "/inductions/" + inductionId + "/legal-hold",
                "{\"hold\":true}", Map.of(), 400));
        CASES.add(new Case("acknowledge comment as number", school.tutor(), "POST",
                "/inductions/" + inductionId + "/assessments/T1-TERMLY/acknowledge", "{\"comment\":5}", Map.of(), 400));
        CASES.add(new Case("path id with dots", school.tutor(), "GET", "/inductions/..%2F..", null, Map.of(), 400));
        CASES.add(new Case("assessment id not of this system", school.tutor(), "GET",
                "/inductions/" + inductionId + "/assessments/T99-FINAL", null, Map.of(), 400));
        CASES.add(new Case("urn of five digits", school.coordinator(), "GET", "/schools/12345/inductions", null,
                Map.of(), 400));
        CASES.add(new Case("limit not a number", school.coordinator(), "GET",
                "/schools/" + school.urn() + "/inductions?limit=ten", null, Map.of(), 400));
        CASES.add(new Case("idempotency key with spaces", school.tutor(), "POST", assessments,
                Json.write(assessment("TERMLY", 1, NQT_START)), Map.of("Idempotency-Key", "a key"), 400));
        CASES.add(new Case("no identity", null, "GET", "/inductions/" + inductionId, null, Map.of(), 401));
        CASES.add(new Case("unknown user", new User("not-a-user", "x@example.org", "X", "Y", Role.AB_ADMIN,
                java.util.Optional.empty(), java.util.Optional.empty(), org.inductionrecords.core.user.UserStatus.ACTIVE),
                "GET", "/inductions/" + inductionId, null, Map.of(), 403));
    }

    @Test
    void everyBadRequestIsAClear4xxAndWritesNothing() {
        corpus();
        long before = api.itemCount();
        List<String> wrong = new ArrayList<>();
        for (Case c : CASES) {
            Response response = api.send(c.caller(), c.method(), c.path(), c.body(), c.headers());
            boolean detailed = c.expectedStatus() != 400 || response.json().path("details").size() > 0;
            boolean shaped = response.json().path("error").isTextual() && response.json().path("message").isTextual();
            if (response.status() != c.expectedStatus() || !detailed || !shaped) {
                wrong.add(c.name() + " -> " + abbreviate(response.toString()));
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, api.itemCount(), "no item written by any bad request");
        assertTrue(CASES.size() > 60, "the corpus is realistic");
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
