package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No personal data in logs (docs/DOMAIN.md): a whole journey through the local stack over HTTP (provision
 * every tier, register, submit, sign, acknowledge with a comment, outcome, legal hold, export and
 * rectification, a backup and a dry-run retention sweep) plus refusals and validation errors, while every line
 * this JVM prints is captured (the functions' loggers, the local stack's console, System.out and System.err).
 * No name, email, date of birth, comment, summary, evidence or hold reason of the journey's data appears in
 * any line, nor in any error answer.
 */
@Tag("emulators")
class LogPrivacyE2eTest {

    private static final String TAG = Long.toString(System.nanoTime() % 1_000_000, 36);

    /** The journey's personal data: every value distinctive, so a log line holding one is found. */
    private static final String GIVEN = "Zephyrine";
    private static final String FAMILY = "Quillfeather";
    private static final String DATE_OF_BIRTH = "1990-07-13";
    private static final String TEACHER_EMAIL = "zephyrine.quillfeather." + TAG + "@example.org";
    private static final String COMMENT = "marmalade-walrus-7";
    private static final String SUMMARY = "saffron-heron-42 made steady progress";
    private static final String EVIDENCE = "ptarmigan-evidence-9";
    private static final String HOLD_REASON = "kumquat-tribunal-3";
    private static final String STAFF_GIVEN = "Ottoline";
    private static final String STAFF_FAMILY = "Brackenridge";
    private static final String RECTIFIED = "Zephyrinia";

    private final RunningStack local = E2eWorld.local();
    private final String admin = local.adminToken();
    private final List<String> staffEmails = new ArrayList<>();
    private final List<RunningStack.Response> errorAnswers = new ArrayList<>();

    @Test
    void aWholeJourneyWithErrorsLogsNoNameEmailDateOfBirthOrComment() {
        List<String> lines;
        try (LogCapture capture = LogCapture.start()) {
            journey();
            lines = capture.lines();
        }

        List<String> markers = new ArrayList<>(List.of(GIVEN, FAMILY, DATE_OF_BIRTH, TEACHER_EMAIL, COMMENT,
                SUMMARY, "saffron-heron-42", EVIDENCE, HOLD_REASON, STAFF_GIVEN, STAFF_FAMILY, RECTIFIED));
        markers.addAll(staffEmails);
        // the capture saw the functions and the local stack's console, or this test would prove nothing
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"message\":\"request\"")),
                "the functions' request log lines were captured");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[local] 401")),
                "the local stack's console was captured (LogCaptureExtension installed before the stack started)");
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (String marker : markers) {
                if (lower.contains(marker.toLowerCase(Locale.ROOT))) {
                    leaks.add(marker + " in: " + line);
                }
            }
        }
        System.out.printf("log privacy: %d log lines captured, %d personal values searched for (%d checks),"
                + " %d error answers checked%n", lines.size(), markers.size(), (long) lines.size() * markers.size(),
                errorAnswers.size());
        assertEquals(List.of(), leaks);
        for (RunningStack.Response error : errorAnswers) {
            for (String marker : markers) {
                assertFalse(error.body().toLowerCase(Locale.ROOT).contains(marker.toLowerCase(Locale.ROOT)),
                        () -> "an error answer echoes " + marker + ": " + error.body());
            }
        }
    }

    private void journey() {
        // the AB admin creates a school and its coordinator, who provisions the other tiers
        String urn = E2eWorld.school(local, admin);
        String coordinator = person(admin, urn, "INDUCTION_COORDINATOR", null);
        String headteacher = person(coordinator, urn, "HEADTEACHER", null);
        String tutorToken = person(coordinator, urn, "INDUCTION_TUTOR", null);
        String tutorId = local.call("GET", "/me", tutorToken, null).json().get("userId").asText();
        String trn = E2eWorld.newTrn();

        // provisioning errors: the same email again (409), an unknown role and a bad email (400), a tier refusal
        refused(409, local.call("POST", "/schools/" + urn + "/users", coordinator,
                json(staffBody(staffEmails.get(1), "HEADTEACHER", null))));
        refused(400, local.call("POST", "/schools/" + urn + "/users", coordinator,
                json(staffBody(staffEmail(), "PRINCIPAL", null))));
        refused(400, local.call("POST", "/schools/" + urn + "/users", coordinator,
                json(staffBody(GIVEN + "@@" + FAMILY, "HEADTEACHER", null))));
        refused(403, local.call("POST", "/schools/" + urn + "/users", headteacher,
                json(staffBody(staffEmail(), "INDUCTION_TUTOR", null))));

        // registration, after validation errors that carry the teacher's data
        refused(400, register(coordinator, urn, trn, tutorId, teacher -> teacher.put("dateOfBirth", "1990-02-30")));
        refused(400, register(coordinator, urn, trn, tutorId, teacher -> teacher.put("givenName", GIVEN + "\u0007")));
        refused(400, register(coordinator, urn, trn, tutorId, teacher -> teacher.put("familyName",
                FAMILY.repeat(20))));
        refused(400, register(coordinator, urn, trn, tutorId, teacher -> teacher.put("email", TEACHER_EMAIL + "@")));
        refused(400, local.call("POST", "/schools/" + urn + "/inductions", coordinator,
                "{\"teacher\": {\"givenName\": \"" + GIVEN + "\", \"familyName\": \"" + FAMILY + "\""));
        RunningStack.Response registered = register(coordinator, urn, trn, tutorId, teacher -> { });
        assertEquals(201, registered.status(), registered.body());
        // the teacher's own login, once its induction is registered
        String nqt = person(coordinator, urn, "NQT", trn);
        String path = "/inductions/" + registered.json().get("inductionId").asText();
        refused(409, register(coordinator, urn, trn, tutorId, teacher -> { }));

        // three assessments submitted, signed and acknowledged with a comment; errors on the way
        for (String[] point : new String[][] {{"TERMLY", "1"}, {"TERMLY", "2"}, {"FINAL", "3"}}) {
            int term = Integer.parseInt(point[1]);
            ObjectNode body = E2eWorld.assessment(point[0], term).put("summary", SUMMARY + " in term " + term);
            if (body.has("standards")) {
                body.get("standards").properties().forEach(s -> ((ObjectNode) s.getValue())
                        .put("comment", EVIDENCE + " for " + s.getKey()));
            }
            ObjectNode tooLong = body.deepCopy().put("summary", SUMMARY.repeat(300));
            refused(400, local.call("POST", path + "/assessments", tutorToken, json(tooLong)));
            refused(403, local.call("POST", path + "/assessments", nqt, json(body)));
            assertEquals(201, local.call("POST", path + "/assessments", tutorToken, json(body)).status());
            refused(409, local.call("POST", path + "/assessments", tutorToken, json(body)));
            String assessment = path + "/assessments/T" + term + "-" + point[0];
            refused(409, local.call("POST", assessment + "/acknowledge", nqt, json(Map.of("comment", COMMENT))));
            assertEquals(200, local.call("POST", assessment + "/sign", headteacher, null).status());
            refused(400, local.call("POST", assessment + "/acknowledge", nqt,
                    json(Map.of("comment", COMMENT + "\u0000"))));
            refused(403, local.call("POST", assessment + "/acknowledge", tutorToken,
                    json(Map.of("comment", COMMENT))));
            assertEquals(200, local.call("POST", assessment + "/acknowledge", nqt,
                    json(Map.of("comment", COMMENT + " term " + term))).status());
        }

        // the Appropriate Body's decisions, with a refusal and a bad date first
        refused(400, local.call("POST", path + "/outcome", admin, json(Map.of("outcome", "PASSED",
                "outcomeDate", DATE_OF_BIRTH.replace("-07-", "-13-")))));
        refused(403, local.call("POST", path + "/outcome", coordinator,
                json(Map.of("outcome", "PASSED", "outcomeDate", "2022-07-15"))));
        assertEquals(200, local.call("POST", path + "/outcome", admin,
                json(Map.of("outcome", "PASSED", "outcomeDate", "2022-07-15"))).status());
        refused(400, local.call("POST", path + "/legal-hold", admin,
                json(Map.of("hold", "yes", "reason", HOLD_REASON))));
        assertEquals(200, local.call("POST", path + "/legal-hold", admin,
                json(Map.of("hold", true, "reason", HOLD_REASON))).status());

        // reads by everyone in scope, and one out of it
        for (String token : List.of(admin, coordinator, headteacher, tutorToken, nqt)) {
            assertEquals(200, local.call("GET", path, token, null).status());
            assertEquals(200, local.call("GET", path + "/assessments", token, null).status());
        }
        assertEquals(200, local.call("GET", "/schools/" + urn + "/users", coordinator, null).status());
        refused(404, local.call("GET", "/inductions/" + java.util.UUID.randomUUID(), nqt, null));

        // data-subject rights, where the routes exist: export and rectification
        dataSubjectRights(coordinator, nqt, trn);

        // no token and a forged one (the local stack's console logs these), a suspension and its effect
        refused(401, local.call("GET", "/me", null, null));
        refused(401, local.call("GET", "/me", "not-a-token." + GIVEN, null));
        String headteacherId = local.call("GET", "/me", headteacher, null).json().get("userId").asText();
        assertEquals(200, local.call("POST", "/users/" + headteacherId + "/suspend", coordinator, null).status());
        refused(403, local.call("GET", "/me", headteacher, null));

        // the scheduled functions: a backup and a dry-run retention sweep
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        assertEquals(200, local.invoke("BackupFunction", json(scheduled(now, Map.of()))).status());
        assertEquals(200, local.invoke("RetentionSweepFunction",
                json(scheduled(now, Map.of("dryRun", true)))).status());
    }

    private void dataSubjectRights(String coordinator, String nqt, String trn) {
        RunningStack.Response mine = local.call("GET", "/me/export", nqt, null);
        if (mine.status() == 404 && "No such route.".equals(mine.json().path("message").asText())) {
            return; // not deployed in this tree yet
        }
        assertEquals(200, mine.status(), mine.body());
        assertEquals(200, local.call("GET", "/teachers/" + trn + "/export", admin, null).status());
        refused(400, local.call("PATCH", "/teachers/" + trn, coordinator, json(Map.of("dateOfBirth", "1990-13-07",
                "givenName", RECTIFIED + "\u0001"))));
        assertEquals(200, local.call("PATCH", "/teachers/" + trn, coordinator,
                json(Map.of("givenName", RECTIFIED))).status());
    }

    private static Map<String, Object> scheduled(String time, Map<String, Object> detail) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", java.util.UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.scheduler");
        event.put("time", time);
        event.put("region", "eu-west-2");
        event.put("detail", detail);
        return event;
    }

    private void refused(int status, RunningStack.Response answer) {
        assertEquals(status, answer.status(), answer.body());
        errorAnswers.add(answer);
    }

    private String staffEmail() {
        String email = "ottoline.brackenridge." + TAG + "." + staffEmails.size() + "@example.org";
        staffEmails.add(email);
        return email;
    }

    private static ObjectNode staffBody(String email, String role, String trn) {
        ObjectNode body = E2eWorld.userBody(email, role, trn).put("givenName", STAFF_GIVEN)
                .put("familyName", STAFF_FAMILY);
        return body;
    }

    /** A user provisioned with the journey's names and signed in; answers its token. */
    private String person(String provisioner, String urn, String role, String trn) {
        String email = staffEmail();
        RunningStack.Response created = local.call("POST", "/schools/" + urn + "/users", provisioner,
                json(staffBody(email, role, trn)));
        assertEquals(201, created.status(), created.body());
        local.stack().createLogin(email, E2eWorld.PASSWORD);
        String token = local.idToken(email, E2eWorld.PASSWORD);
        assertEquals(200, local.call("GET", "/me", token, null).status());
        return token;
    }

    private RunningStack.Response register(String coordinator, String urn, String trn, String tutorId,
                                           java.util.function.Consumer<ObjectNode> change) {
        ObjectNode body = E2eWorld.registration(trn, tutorId);
        ObjectNode teacher = (ObjectNode) body.get("teacher");
        teacher.put("givenName", GIVEN).put("familyName", FAMILY).put("dateOfBirth", DATE_OF_BIRTH)
                .put("email", TEACHER_EMAIL);
        change.accept(teacher);
        return local.call("POST", "/schools/" + urn + "/inductions", coordinator, json(body));
    }
}
