package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.assessment;
import static org.inductionrecords.local.E2eWorld.json;
import static org.inductionrecords.local.E2eWorld.logins;
import static org.inductionrecords.local.E2eWorld.newTrn;
import static org.inductionrecords.local.E2eWorld.registration;
import static org.inductionrecords.local.E2eWorld.tableItems;
import static org.inductionrecords.local.E2eWorld.userBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.inductionrecords.local.E2eWorld.Person;
import org.inductionrecords.local.E2eWorld.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A realistic corpus of bad requests sent over HTTP through the local stack to every write route (POST, and
 * the PATCH of rectification) of
 * UsersFunction and AssessmentsFunction, each by a caller allowed to use the route (so only the input is
 * wrong): every answer is 4xx with the contract's error JSON, a 400 names the offending field in
 * {@code details}, nothing answers 5xx, and the table holds exactly as many items (and the pool as many
 * logins) afterwards as before. Likewise every route called without a valid ID token answers the gateway's
 * 401 in the contract's error JSON.
 */
@Tag("emulators")
class BadInputE2eTest {

    private static final String TEN_THOUSAND_AND_ONE = "x".repeat(10_001);
    private static final String TWO_HUNDRED_THOUSAND = "y".repeat(200_000);
    /** Larger than any JSON body of this API, under API Gateway's 10 MB: the function's own limit answers. */
    private static final int SIX_MB = 6 * 1024 * 1024;

    private static RunningStack local;
    private static String admin;
    private static Staff school;
    private static Person nqt;
    private static String inductionId;

    /**
     * Given a school with its staff and an NQT, all already signed in (a first call activates a user, which
     * is a write), and the NQT's induction with a signed TERMLY 1 awaiting acknowledgement.
     */
    @BeforeAll
    static void aSchoolWithAnInductionAwaitingAcknowledgement() {
        local = E2eWorld.local();
        admin = local.adminToken();
        school = E2eWorld.staff(local, admin);
        String trn = newTrn();
        RunningStack.Response registered = local.call("POST", "/schools/" + school.urn() + "/inductions",
                school.coordinator().token(), json(registration(trn, school.tutor().userId())));
        assertEquals(201, registered.status(), registered.body());
        nqt = E2eWorld.person(local, school.coordinator().token(), school.urn(), "NQT", trn);
        inductionId = registered.json().get("inductionId").asText();
        assertEquals(201, local.call("POST", "/inductions/" + inductionId + "/assessments", school.tutor().token(),
                json(assessment("TERMLY", 1))).status());
        assertEquals(200, local.call("POST", "/inductions/" + inductionId + "/assessments/T1-TERMLY/sign",
                school.headteacher().token(), null).status());
    }

    /** One bad request: who sends it where, the raw body and its content type, and the answer expected. */
    private record Case(String name, String method, String token, String path, byte[] body, String contentType,
                        int status, String error, String field) {
    }

    private static final class Corpus {
        private final List<Case> cases = new ArrayList<>();
        /** The method of the cases added next: every write route is a POST but rectification's PATCH. */
        private String method = "POST";

        void add(String name, String token, String path, String body, String contentType, int status, String error,
                 String field) {
            add(name, token, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, status,
                    error, field);
        }

        void add(String name, String token, String path, byte[] body, String contentType, int status, String error,
                 String field) {
            cases.add(new Case(name, method, token, path, body, contentType, status, error, field));
        }

        void invalid(String name, String token, String path, String body, String field) {
            add(name, token, path, body, "application/json", 400, "validation_failed", field);
        }

        /** A valid body broken one way: 400 naming {@code field}. */
        void broken(String name, String token, String path, ObjectNode valid, Consumer<ObjectNode> breakIt,
                    String field) {
            ObjectNode body = valid.deepCopy();
            breakIt.accept(body);
            invalid(name, token, path, json(body), field);
        }

        /** What every JSON route refuses whatever its fields: not JSON, not an object, not declared JSON, too big. */
        void notJson(String route, String token, String path, String validBody, String textField) {
            invalid(route + ": malformed JSON", token, path, "{\"a\": \"b\",", "body");
            invalid(route + ": a JSON array", token, path, "[1,2,3]", "body");
            invalid(route + ": JSON null", token, path, "null", "body");
            invalid(route + ": trailing garbage", token, path, validBody + " trailing", "body");
            if (!route.contains("acknowledge")) { // its only field is optional: {} is a valid acknowledgement
                invalid(route + ": an empty object", token, path, "{}", null);
            }
            invalid(route + ": nested 100,000 deep", token, path, "[".repeat(100_000) + "]".repeat(100_000), "body");
            add(route + ": invalid UTF-8 in " + textField, token, path,
                    invalidUtf8(validBody, textField), "application/json", 400, "validation_failed", "body");
            add(route + ": text/plain body", token, path, validBody, "text/plain", 415,
                    "unsupported_media_type", null);
            add(route + ": form-encoded body", token, path, "a=b&c=d",
                    "application/x-www-form-urlencoded", 415, "unsupported_media_type", null);
            add(route + ": a 6 MB body", token, path, sixMegabytes(), "application/json", 413,
                    "payload_too_large", null);
        }
    }

    /** The valid body with bytes that are not UTF-8 at the start of this field's text. */
    private static byte[] invalidUtf8(String validBody, String field) {
        byte[] utf8 = validBody.getBytes(StandardCharsets.UTF_8);
        String start = "\"" + field + "\":\"";
        if (!validBody.contains(start)) {
            throw new IllegalArgumentException(field + " is not a text field of " + validBody);
        }
        int quote = validBody.indexOf(start) + start.length(); // ASCII before it: chars and bytes agree
        byte[] broken = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, broken, 0, quote);
        broken[quote] = (byte) 0xC3;
        broken[quote + 1] = (byte) 0x28;
        System.arraycopy(utf8, quote, broken, quote + 2, utf8.length - quote);
        return broken;
    }

    private static String sixMegabytes() {
        return "{\"summary\":\"" + "z".repeat(SIX_MB) + "\"}";
    }

    private static List<Case> corpus() {
        Corpus c = new Corpus();
        String coordinator = school.coordinator().token();
        String tutor = school.tutor().token();
        String headteacher = school.headteacher().token();
        String urn = school.urn();

        // POST /schools
        ObjectNode newSchool = E2eWorld.object().put("urn", E2eWorld.newUrn()).put("name", "A school");
        c.notJson("POST /schools", admin, "/schools", json(newSchool), "name");
        c.add("POST /schools: an 11 MB body, over the gateway's 10 MB", admin, "/schools",
                "{\"name\":\"" + "z".repeat(11 * 1024 * 1024) + "\"}", "application/json", 413,
                "payload_too_large", null);
        c.broken("school: urn as a number", admin, "/schools", newSchool, b -> b.put("urn", 123456), "urn");
        c.broken("school: 5-digit urn", admin, "/schools", newSchool, b -> b.put("urn", "12345"), "urn");
        c.broken("school: urn missing", admin, "/schools", newSchool, b -> b.remove("urn"), "urn");
        c.broken("school: name missing", admin, "/schools", newSchool, b -> b.remove("name"), "name");
        c.broken("school: name of 10,001 chars", admin, "/schools", newSchool, b -> b.put("name", TEN_THOUSAND_AND_ONE),
                "name");
        c.broken("school: name of 200,000 chars", admin, "/schools", newSchool, b -> b.put("name", TWO_HUNDRED_THOUSAND),
                "name");
        c.broken("school: control character in name", admin, "/schools", newSchool, b -> b.put("name", "A\u0007school"),
                "name");
        c.invalid("school: a lone surrogate in name", admin, "/schools",
                "{\"urn\":\"" + E2eWorld.newUrn() + "\",\"name\":\"A\\ud800 school\"}", "name");
        c.broken("school: name as an object", admin, "/schools", newSchool, b -> b.putObject("name"), "name");

        // POST /schools/{urn}/users
        String users = "/schools/" + urn + "/users";
        ObjectNode user = userBody("bad.input@example.org", "HEADTEACHER", null);
        c.notJson("POST /schools/{urn}/users", coordinator, users, json(user), "givenName");
        c.broken("user: malformed email", coordinator, users, user, b -> b.put("email", "bad@@example.org"), "email");
        c.broken("user: email as a number", coordinator, users, user, b -> b.put("email", 42), "email");
        c.broken("user: email of 200,000 chars", coordinator, users, user,
                b -> b.put("email", TWO_HUNDRED_THOUSAND + "@example.org"), "email");
        c.broken("user: email missing", coordinator, users, user, b -> b.remove("email"), "email");
        c.broken("user: givenName of 10,001 chars", coordinator, users, user,
                b -> b.put("givenName", TEN_THOUSAND_AND_ONE), "givenName");
        c.broken("user: familyName of 200,000 chars", coordinator, users, user,
                b -> b.put("familyName", TWO_HUNDRED_THOUSAND), "familyName");
        c.broken("user: NUL in givenName", coordinator, users, user, b -> b.put("givenName", "Ann\u0000"), "givenName");
        c.broken("user: escape sequence in familyName", coordinator, users, user,
                b -> b.put("familyName", "Smith\u001b[2J"), "familyName");
        c.broken("user: familyName as an array", coordinator, users, user,
                b -> b.putArray("familyName").add("Smith"), "familyName");
        c.broken("user: unknown role", coordinator, users, user, b -> b.put("role", "PRINCIPAL"), "role");
        c.broken("user: lower-case role", coordinator, users, user, b -> b.put("role", "headteacher"), "role");
        c.broken("user: role missing", coordinator, users, user, b -> b.remove("role"), "role");
        c.broken("user: NQT without trn", coordinator, users, user, b -> b.put("role", "NQT"), "trn");
        c.broken("user: NQT with a 6-digit trn", coordinator, users, user,
                b -> b.put("role", "NQT").put("trn", "123456"), "trn");
        c.broken("user: NQT with trn as a number", coordinator, users, user,
                b -> b.put("role", "NQT").put("trn", 1234567), "trn");
        c.invalid("user: URN in the path not 6 digits", admin, "/schools/abcdef/users", json(user), "urn");

        // POST /users/{userId}/suspend and /reactivate: the only input is the path
        for (String action : new String[] {"suspend", "reactivate"}) {
            c.invalid(action + ": userId with an underscore", admin, "/users/not_an_id/" + action, null, "userId");
            c.invalid(action + ": userId with a space", admin, "/users/a%20b/" + action, null, "userId");
            c.invalid(action + ": userId of 65 chars", admin, "/users/" + "a".repeat(65) + "/" + action, null,
                    "userId");
            c.invalid(action + ": userId with a control character", admin, "/users/ab%07cd/" + action, null, "userId");
        }

        // POST /schools/{urn}/inductions
        String inductions = "/schools/" + urn + "/inductions";
        ObjectNode induction = registration(newTrn(), school.tutor().userId());
        c.notJson("POST /schools/{urn}/inductions", coordinator, inductions, json(induction), "givenName");
        c.broken("induction: teacher missing", coordinator, inductions, induction, b -> b.remove("teacher"), "teacher");
        c.broken("induction: teacher as a string", coordinator, inductions, induction, b -> b.put("teacher", "Ada"),
                "teacher");
        c.broken("induction: trn as a number", coordinator, inductions, induction,
                b -> teacher(b).put("trn", 1234567), "trn");
        c.broken("induction: 8-digit trn", coordinator, inductions, induction,
                b -> teacher(b).put("trn", "12345678"), "trn");
        c.broken("induction: givenName of 10,001 chars", coordinator, inductions, induction,
                b -> teacher(b).put("givenName", TEN_THOUSAND_AND_ONE), "givenName");
        c.broken("induction: familyName of 200,000 chars", coordinator, inductions, induction,
                b -> teacher(b).put("familyName", TWO_HUNDRED_THOUSAND), "familyName");
        c.broken("induction: control character in familyName", coordinator, inductions, induction,
                b -> teacher(b).put("familyName", "Love\u0008lace"), "familyName");
        c.broken("induction: dateOfBirth 2023-02-30", coordinator, inductions, induction,
                b -> teacher(b).put("dateOfBirth", "2023-02-30"), "dateOfBirth");
        c.broken("induction: dateOfBirth in UK order", coordinator, inductions, induction,
                b -> teacher(b).put("dateOfBirth", "10/12/1995"), "dateOfBirth");
        c.broken("induction: malformed email", coordinator, inductions, induction,
                b -> teacher(b).put("email", "ada at example.org"), "email");
        c.broken("induction: unknown programme", coordinator, inductions, induction, b -> b.put("programme", "QTS"),
                "programme");
        c.broken("induction: startDate 2023-02-30", coordinator, inductions, induction,
                b -> b.put("startDate", "2023-02-30"), "startDate");
        c.broken("induction: startDate as a number", coordinator, inductions, induction,
                b -> b.put("startDate", 20210601), "startDate");
        c.broken("induction: fte as a string", coordinator, inductions, induction, b -> b.put("fte", "full"), "fte");
        c.broken("induction: fte beyond any number type", coordinator, inductions, induction,
                b -> b.put("fte", new java.math.BigDecimal("1e999999999")), "fte");
        c.broken("induction: fte of zero", coordinator, inductions, induction, b -> b.put("fte", 0), "fte");
        c.broken("induction: tutorUserId missing", coordinator, inductions, induction, b -> b.remove("tutorUserId"),
                "tutorUserId");
        c.broken("induction: tutorUserId as a number", coordinator, inductions, induction,
                b -> b.put("tutorUserId", 7), "tutorUserId");

        // POST /inductions/{inductionId}/assessments: a valid FINAL 3, broken one way at a time
        String assessments = "/inductions/" + inductionId + "/assessments";
        ObjectNode fin = assessment("FINAL", 3);
        c.notJson("POST /inductions/{id}/assessments", tutor, assessments, json(fin), "summary");
        c.broken("assessment: unknown kind", tutor, assessments, fin, b -> b.put("kind", "WEEKLY"), "kind");
        c.broken("assessment: kind missing", tutor, assessments, fin, b -> b.remove("kind"), "kind");
        c.broken("assessment: term as a word", tutor, assessments, fin, b -> b.put("term", "three"), "term");
        c.broken("assessment: term beyond any number type", tutor, assessments, fin,
                b -> b.put("term", new java.math.BigDecimal("1e999999999")), "term");
        c.broken("assessment: term as a boolean", tutor, assessments, fin, b -> b.put("term", true), "term");
        c.broken("assessment: kind null", tutor, assessments, fin, b -> b.putNull("kind"), "kind");
        c.broken("assessment: daysAbsent of 20 digits", tutor, assessments, fin,
                b -> b.put("daysAbsent", new java.math.BigInteger("99999999999999999999")), "daysAbsent");
        c.broken("assessment: term as a fraction", tutor, assessments, fin, b -> b.put("term", 2.5), "term");
        c.broken("assessment: periodStart 2023-02-30", tutor, assessments, fin,
                b -> b.put("periodStart", "2023-02-30"), "periodStart");
        c.broken("assessment: periodEnd missing", tutor, assessments, fin, b -> b.remove("periodEnd"), "periodEnd");
        c.broken("assessment: daysAbsent negative", tutor, assessments, fin, b -> b.put("daysAbsent", -1),
                "daysAbsent");
        c.broken("assessment: daysAbsent 367", tutor, assessments, fin, b -> b.put("daysAbsent", 367), "daysAbsent");
        c.broken("assessment: daysAbsent as a string", tutor, assessments, fin, b -> b.put("daysAbsent", "two"),
                "daysAbsent");
        c.broken("assessment: unknown progress", tutor, assessments, fin, b -> b.put("progress", "GOOD"), "progress");
        c.broken("assessment: standards missing on a FINAL", tutor, assessments, fin, b -> b.remove("standards"),
                "standards");
        c.broken("assessment: unknown standard TS9", tutor, assessments, fin,
                b -> ((ObjectNode) b.get("standards")).putObject("TS9").put("rating", "MEETING"), "standards");
        c.broken("assessment: unknown rating", tutor, assessments, fin,
                b -> ((ObjectNode) b.get("standards").get("TS1")).put("rating", "EXCELLENT"), "standards");
        c.broken("assessment: standard comment of 10,001 chars", tutor, assessments, fin,
                b -> ((ObjectNode) b.get("standards").get("TS2")).put("comment", TEN_THOUSAND_AND_ONE), "standards");
        c.broken("assessment: unknown recommendation", tutor, assessments, fin,
                b -> b.put("recommendation", "MAYBE"), "recommendation");
        c.broken("assessment: recommendation missing on a FINAL", tutor, assessments, fin,
                b -> b.remove("recommendation"), "recommendation");
        c.broken("assessment: summary of 10,001 chars", tutor, assessments, fin,
                b -> b.put("summary", TEN_THOUSAND_AND_ONE), "summary");
        c.broken("assessment: summary of 200,000 chars", tutor, assessments, fin,
                b -> b.put("summary", TWO_HUNDRED_THOUSAND), "summary");
        c.broken("assessment: NUL in summary", tutor, assessments, fin, b -> b.put("summary", "Fine\u0000"), "summary");
        c.invalid("assessment: a lone surrogate in summary", tutor, assessments,
                json(fin).replace("Good progress", "Good \\udc00progress"), "summary");
        c.broken("assessment: summary as a number", tutor, assessments, fin, b -> b.put("summary", 5), "summary");
        c.invalid("assessment: inductionId not an id", tutor, "/inductions/not_an_id/assessments", json(fin),
                "inductionId");

        // POST .../sign: the only input is the path
        String base = "/inductions/" + inductionId + "/assessments/";
        c.invalid("sign: unknown kind in the assessment id", headteacher, base + "T1-WEEKLY/sign", null, "assessmentId");
        c.invalid("sign: term 100 in the assessment id", headteacher, base + "T100-FINAL/sign", null, "assessmentId");
        c.invalid("sign: inductionId with a control character", headteacher,
                "/inductions/ab%00cd/assessments/T1-TERMLY/sign", null, "inductionId");

        // POST .../acknowledge {comment?}: the NQT acknowledging its signed TERMLY 1
        String acknowledge = base + "T1-TERMLY/acknowledge";
        ObjectNode comment = E2eWorld.object().put("comment", "Agreed.");
        c.notJson("POST .../acknowledge", nqt.token(), acknowledge, json(comment), "comment");
        c.broken("acknowledge: comment as a number", nqt.token(), acknowledge, comment, b -> b.put("comment", 1),
                "comment");
        c.broken("acknowledge: comment of 10,001 chars", nqt.token(), acknowledge, comment,
                b -> b.put("comment", TEN_THOUSAND_AND_ONE), "comment");
        c.broken("acknowledge: comment of 200,000 chars", nqt.token(), acknowledge, comment,
                b -> b.put("comment", TWO_HUNDRED_THOUSAND), "comment");
        c.broken("acknowledge: bell character in comment", nqt.token(), acknowledge, comment,
                b -> b.put("comment", "Agreed\u0007"), "comment");
        c.invalid("acknowledge: a lone surrogate in comment", nqt.token(), acknowledge,
                "{\"comment\":\"Agreed \\ud83d\"}", "comment");
        c.invalid("acknowledge: unknown kind in the assessment id", nqt.token(), base + "T1-MONTHLY/acknowledge",
                json(comment), "assessmentId");

        // POST /inductions/{inductionId}/outcome
        String outcome = "/inductions/" + inductionId + "/outcome";
        ObjectNode passed = E2eWorld.object().put("outcome", "PASSED").put("outcomeDate", "2022-07-15");
        c.notJson("POST /inductions/{id}/outcome", admin, outcome, json(passed), "outcome");
        c.broken("outcome: unknown outcome", admin, outcome, passed, b -> b.put("outcome", "PASS"), "outcome");
        c.broken("outcome: outcome missing", admin, outcome, passed, b -> b.remove("outcome"), "outcome");
        c.broken("outcome: outcomeDate 2023-02-30", admin, outcome, passed, b -> b.put("outcomeDate", "2023-02-30"),
                "outcomeDate");
        c.broken("outcome: outcomeDate with a time", admin, outcome, passed,
                b -> b.put("outcomeDate", "2022-07-15T10:00:00Z"), "outcomeDate");
        c.broken("outcome: outcomeDate missing", admin, outcome, passed, b -> b.remove("outcomeDate"), "outcomeDate");
        c.broken("outcome: extensionTerms as a word", admin, outcome, passed,
                b -> b.put("outcome", "EXTENDED").put("extensionTerms", "two"), "extensionTerms");
        c.broken("outcome: extensionTerms beyond any number type", admin, outcome, passed,
                b -> b.put("outcome", "EXTENDED").put("extensionTerms", new java.math.BigDecimal("1e999999999")),
                "extensionTerms");
        c.broken("outcome: negative extensionTerms", admin, outcome, passed,
                b -> b.put("outcome", "EXTENDED").put("extensionTerms", -1), "extensionTerms");

        // POST /inductions/{inductionId}/extensions and /reductions (CONTRACT.md section 6)
        for (String kind : new String[] {"extensions", "reductions"}) {
            String terms = "/inductions/" + inductionId + "/" + kind;
            ObjectNode change = E2eWorld.object().put("terms", 1.5).put("reason", "Long illness");
            c.notJson("POST /inductions/{id}/" + kind, admin, terms, json(change), "reason");
            c.broken(kind + ": terms missing", admin, terms, change, b -> b.remove("terms"), "terms");
            c.broken(kind + ": terms as a word", admin, terms, change, b -> b.put("terms", "one"), "terms");
            c.broken(kind + ": terms 0", admin, terms, change, b -> b.put("terms", 0), "terms");
            c.broken(kind + ": terms 16.1", admin, terms, change, b -> b.put("terms", 16.1), "terms");
            c.broken(kind + ": terms with two decimals", admin, terms, change, b -> b.put("terms", 1.25), "terms");
            c.broken(kind + ": reason missing", admin, terms, change, b -> b.remove("reason"), "reason");
            c.broken(kind + ": reason empty", admin, terms, change, b -> b.put("reason", ""), "reason");
            c.broken(kind + ": reason of 501 chars", admin, terms, change, b -> b.put("reason", "r".repeat(501)),
                    "reason");
        }

        // POST /inductions/{inductionId}/statutory-leave
        String leave = "/inductions/" + inductionId + "/statutory-leave";
        ObjectNode counted = E2eWorld.object().put("count", true);
        c.broken("statutory leave: count as a string", admin, leave, counted, b -> b.put("count", "yes"), "count");
        c.broken("statutory leave: count missing", admin, leave, counted, b -> b.remove("count"), "count");

        // POST /inductions/{inductionId}/legal-hold
        String hold = "/inductions/" + inductionId + "/legal-hold";
        ObjectNode held = E2eWorld.object().put("hold", true).put("reason", "Claim pending");
        c.notJson("POST /inductions/{id}/legal-hold", admin, hold, json(held), "reason");
        c.broken("legal hold: hold as a string", admin, hold, held, b -> b.put("hold", "yes"), "hold");
        c.broken("legal hold: hold missing", admin, hold, held, b -> b.remove("hold"), "hold");
        c.broken("legal hold: reason of 10,001 chars", admin, hold, held, b -> b.put("reason", TEN_THOUSAND_AND_ONE),
                "reason");
        c.broken("legal hold: reason of 200,000 chars", admin, hold, held, b -> b.put("reason", TWO_HUNDRED_THOUSAND),
                "reason");
        c.broken("legal hold: control character in reason", admin, hold, held,
                b -> b.put("reason", "Claim\u0001pending"), "reason");
        c.broken("legal hold: reason as an array", admin, hold, held, b -> b.putArray("reason"), "reason");

        // PATCH /teachers/{trn}: rectification by the AB admin of the NQT's names and date of birth
        c.method = "PATCH";
        String teacher = "/teachers/" + nqt.trn();
        ObjectNode rectify = E2eWorld.object().put("givenName", "Augusta");
        c.notJson("PATCH /teachers/{trn}", admin, teacher, json(rectify), "givenName");
        c.broken("rectify: givenName of 10,001 chars", admin, teacher, rectify,
                b -> b.put("givenName", TEN_THOUSAND_AND_ONE), "givenName");
        c.broken("rectify: familyName of 200,000 chars", admin, teacher, rectify,
                b -> b.put("familyName", TWO_HUNDRED_THOUSAND), "familyName");
        c.broken("rectify: control character in givenName", admin, teacher, rectify,
                b -> b.put("givenName", "Au\u0000gusta"), "givenName");
        c.broken("rectify: givenName null", admin, teacher, rectify, b -> b.putNull("givenName"), "givenName");
        c.broken("rectify: dateOfBirth 2023-02-30", admin, teacher, rectify, b -> b.put("dateOfBirth", "2023-02-30"),
                "dateOfBirth");
        c.broken("rectify: dateOfBirth in the future", admin, teacher, rectify,
                b -> b.put("dateOfBirth", "2999-01-01"), "dateOfBirth");
        c.broken("rectify: dateOfBirth as a number", admin, teacher, rectify, b -> b.put("dateOfBirth", 19951210),
                "dateOfBirth");
        c.broken("rectify: the trn itself", admin, teacher, rectify, b -> b.put("trn", "7654321"), "trn");
        c.invalid("rectify: a 6-digit trn in the path", admin, "/teachers/123456", json(rectify), "trn");
        return c.cases;
    }

    private static ObjectNode teacher(ObjectNode registration) {
        return (ObjectNode) registration.get("teacher");
    }

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsA4xxWithTheContractsErrorAndWritesNothing() {
        return corpus().stream().map(c -> DynamicTest.dynamicTest(c.name() + " -> " + c.status(), () -> {
            long items = tableItems(local);
            long loginsBefore = logins(local);

            RunningStack.Response answer = send(c);

            assertTrue(answer.status() < 500, () -> "never 5xx: " + answer.status() + " " + abbreviated(answer));
            assertEquals(c.status(), answer.status(), () -> abbreviated(answer));
            JsonNode error = answer.json();
            assertNotNull(error, () -> "the contract's error JSON: " + abbreviated(answer));
            assertEquals(c.error(), error.path("error").asText(), () -> abbreviated(answer));
            assertTrue(error.path("message").isTextual(), () -> abbreviated(answer));
            assertTrue(error.path("details").isArray(), () -> abbreviated(answer));
            if (c.field() != null) {
                assertTrue(error.path("details").size() > 0, () -> abbreviated(answer));
                error.path("details").forEach(d -> {
                    assertTrue(!d.path("field").asText().isEmpty(), () -> "each detail names a field: " + d);
                    assertTrue(!d.path("message").asText().isEmpty(), () -> "each detail says why: " + d);
                });
                assertTrue(fields(error).stream().anyMatch(f -> f.contains(c.field())),
                        () -> "a detail for " + c.field() + ": " + abbreviated(answer));
            }
            assertTrue(answer.body().length() < 5_000, "the answer does not echo the input");
            assertEquals(items, tableItems(local), "no item written");
            assertEquals(loginsBefore, logins(local), "no login created");
        }));
    }

    @Test
    void everyRouteRefusesAMissingOrForgedTokenWith401AndWritesNothing() {
        // given every route of the template, with real ids and valid bodies: only the token is wrong
        String valid = local.adminToken();
        String[] parts = valid.split("\\.");
        String otherSub = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"sub\":\"[^\"]+\"", "\"sub\":\"" + school.coordinator().userId() + "\"")
                .getBytes(StandardCharsets.UTF_8));
        String forged = parts[0] + "." + otherSub + "." + parts[2];
        String urn = school.urn();
        String induction = "/inductions/" + inductionId;
        String[][] routes = {
                {"GET", "/me", null},
                {"POST", "/me/mfa", null},
                {"PATCH", "/me", json(Map.of("reminders", false))},
                {"POST", "/schools", json(E2eWorld.object().put("urn", E2eWorld.newUrn()).put("name", "X"))},
                {"GET", "/schools", null},
                {"GET", "/schools/" + urn, null},
                {"POST", "/schools/" + urn + "/users", json(userBody(E2eWorld.email("token"), "HEADTEACHER", null))},
                {"GET", "/schools/" + urn + "/users", null},
                {"POST", "/users/" + school.tutor().userId() + "/suspend", null},
                {"POST", "/users/" + school.tutor().userId() + "/reactivate", null},
                {"PUT", "/term-dates/2032", json(Map.of("terms", List.of(
                        Map.of("name", "AUTUMN", "start", "2032-09-03", "end", "2032-12-17"),
                        Map.of("name", "SPRING", "start", "2033-01-04", "end", "2033-03-25"),
                        Map.of("name", "SUMMER", "start", "2033-04-11", "end", "2033-07-20"))))},
                {"GET", "/term-dates", null},
                {"POST", "/schools/" + urn + "/inductions", json(registration(newTrn(), school.tutor().userId()))},
                {"GET", "/schools/" + urn + "/inductions", null},
                {"GET", "/inductions?status=PASSED", null},
                {"GET", induction, null},
                {"PATCH", induction, json(Map.of("tutorUserId", school.tutor().userId()))},
                {"POST", induction + "/leave", json(Map.of("leaveDate", "2021-12-17"))},
                {"POST", induction + "/close", json(Map.of("closeDate", "2021-12-17", "reason", "OTHER"))},
                {"POST", induction + "/assessments", json(assessment("TERMLY", 2))},
                {"GET", induction + "/assessments", null},
                {"GET", induction + "/assessments/T1-TERMLY", null},
                {"POST", induction + "/assessments/T1-TERMLY/sign", null},
                {"POST", induction + "/assessments/T1-TERMLY/acknowledge", "{}"},
                {"PUT", induction + "/assessments/T1-TERMLY", json(assessment("TERMLY", 1))},
                {"GET", induction + "/assessments/T1-TERMLY/versions", null},
                {"POST", induction + "/assessments/T1-TERMLY/approve", null},
                {"POST", induction + "/assessments/T1-TERMLY/return", json(Map.of("comment", "Add evidence"))},
                {"GET", induction + "/schedule", null},
                {"GET", "/tasks", null},
                {"POST", induction + "/outcome", json(Map.of("outcome", "EXTENDED", "outcomeDate", "2022-07-15",
                        "extensionTerms", 1))},
                {"POST", induction + "/legal-hold", json(Map.of("hold", true, "reason", "Claim"))},
                {"POST", induction + "/extensions", json(Map.of("terms", 1, "reason", "Illness"))},
                {"POST", induction + "/reductions", json(Map.of("terms", 1, "reason", "Experience"))},
                {"POST", induction + "/statutory-leave", json(Map.of("count", true))},
                {"POST", "/schools/" + urn + "/inductions/bulk", null},
                {"POST", "/outcomes/bulk", null},
                {"GET", "/exports/caseload.csv", null},
                {"GET", "/exports/trs", null},
                {"GET", "/exports/termly-return.csv?academicYear=2025&term=AUTUMN", null},
                {"GET", induction + "/assessments/T1-TERMLY/pdf", null},
        };
        long items = tableItems(local);
        long loginsBefore = logins(local);

        for (String[] route : routes) {
            for (String token : new String[] {null, "not-a-token", forged}) {
                // when it is called without a valid ID token
                RunningStack.Response answer = local.call(route[0], route[1], token, route[2]);

                // then the gateway answers 401 with the contract's error JSON
                String what = route[0] + " " + route[1] + (token == null ? " without a token" : " with a bad token");
                assertEquals(401, answer.status(), () -> what + ": " + answer.body());
                assertNotNull(answer.json(), what);
                assertEquals("unauthorized", answer.json().path("error").asText(), what);
            }
        }
        assertEquals(items, tableItems(local), "nothing written");
        assertEquals(loginsBefore, logins(local), "no login created");
    }

    @Test
    void badPathAndQueryParametersOfEveryReadAre400WithTheirFieldAndWriteNothing() {
        String urn = school.urn();
        String induction = "/inductions/" + inductionId;
        String[][] reads = {
                {"/schools?limit=0", "limit"},
                {"/schools?limit=many", "limit"},
                {"/schools?nextToken=forged", "nextToken"},
                {"/schools/12345a", "urn"},
                {"/schools/" + "1".repeat(5_000), "urn"},
                {"/schools/" + urn + "/users?nextToken=e30", "nextToken"},
                {"/schools/" + urn + "/users?limit=101", "limit"},
                {"/schools/" + urn + "/inductions?nextToken=e30", "nextToken"},
                {"/schools/" + urn + "/inductions?limit=-1", "limit"},
                {"/schools/abcdef/inductions", "urn"},
                {"/inductions?status=DONE", "status"},
                {"/inductions?urn=12345", "urn"},
                {"/inductions?q=" + "x".repeat(101), "q"},
                {"/inductions?nextToken=forged", "nextToken"},
                {"/inductions?status=PASSED&nextToken=e30", "nextToken"},
                {"/inductions/not_an_id", "inductionId"},
                {induction + "/assessments?nextToken=forged", "nextToken"},
                {induction + "/assessments/T0-FINAL", "assessmentId"},
                {induction + "/assessments/t1-termly", "assessmentId"},
        };
        long items = tableItems(local);

        for (String[] read : reads) {
            RunningStack.Response answer = local.call("GET", read[0], admin, null);

            String what = "GET " + (read[0].length() > 80 ? read[0].substring(0, 80) + "..." : read[0]);
            assertEquals(400, answer.status(), () -> what + ": " + abbreviated(answer));
            assertEquals("validation_failed", answer.json().path("error").asText(), what);
            assertTrue(fields(answer.json()).contains(read[1]), () -> what + ": " + abbreviated(answer));
        }
        assertEquals(items, tableItems(local), "a refused read is not audited as a read");
    }

    private static RunningStack.Response send(Case c) {
        HttpRequest.Builder request = HttpRequest.newBuilder(local.apiUrl().resolve(c.path()))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + c.token())
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.body() != null) {
            request.header("Content-Type", c.contentType());
        }
        return local.send(request.build());
    }

    private static List<String> fields(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.path("details").forEach(d -> fields.add(d.path("field").asText()));
        return fields;
    }

    private static String abbreviated(RunningStack.Response answer) {
        String body = answer.body() == null ? "" : answer.body();
        return answer.status() + " " + (body.length() > 600 ? body.substring(0, 600) + "..." : body);
    }
}
