package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.json;
import static org.inductionrecords.local.E2eWorld.newTrn;
import static org.inductionrecords.local.E2eWorld.object;
import static org.inductionrecords.local.E2eWorld.tableItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inductionrecords.local.E2eWorld.Person;
import org.inductionrecords.local.E2eWorld.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Data-subject rights end to end through the local stack: access ({@code GET /me/export},
 * {@code GET /teachers/{trn}/export}) returns exactly the subject's records, and after the retention
 * sweep only the basic record; rectification ({@code PATCH /teachers/{trn}}) corrects every copy of the
 * teacher's name in one audited change, or changes nothing.
 */
@Tag("emulators")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataSubjectRightsE2eTest {

    /** Started before September 2021 and passed in 2019: six years later, today, the sweep reduces it. */
    private static final LocalDate OLD_START = LocalDate.of(2018, 9, 1);
    private static final String OLD_PASS = "2019-07-20";

    private static RunningStack local;
    private static String admin;
    private static Staff schoolA;
    private static Staff schoolB;
    private static Person teacherA;
    private static Person teacherB;
    private static String inductionA;
    private static String inductionB;

    /** Given teacher A who passed at school A in 2019, and teacher B in progress at school B. */
    @BeforeAll
    static void twoTeachersInTwoSchools() {
        local = E2eWorld.local();
        admin = local.adminToken();
        schoolA = E2eWorld.staff(local, admin);
        schoolB = E2eWorld.staff(local, admin);
        String trnA = newTrn();
        String trnB = newTrn();
        inductionA = register(schoolA, trnA, "Ada", "Lovelace");
        inductionB = register(schoolB, trnB, "Grace", "Hopper");
        teacherA = E2eWorld.person(local, schoolA.coordinator().token(), schoolA.urn(), "NQT", trnA);
        teacherB = E2eWorld.person(local, schoolB.coordinator().token(), schoolB.urn(), "NQT", trnB);
        for (int term = 1; term <= 3; term++) {
            String kind = term == 3 ? "FINAL" : "TERMLY";
            String id = created(local.call("POST", "/inductions/" + inductionA + "/assessments",
                    schoolA.tutor().token(), json(assessment(kind, term)))).get("assessmentId").asText();
            ok(local.call("POST", "/inductions/" + inductionA + "/assessments/" + id + "/sign",
                    schoolA.headteacher().token(), null));
            ok(local.call("POST", "/inductions/" + inductionA + "/assessments/" + id + "/acknowledge",
                    teacherA.token(), json(Map.of("comment", "Agreed, term " + term))));
        }
        ok(local.call("POST", "/inductions/" + inductionA + "/outcome", admin,
                json(Map.of("outcome", "PASSED", "outcomeDate", OLD_PASS))));
        created(local.call("POST", "/inductions/" + inductionB + "/assessments", schoolB.tutor().token(),
                json(assessment("TERMLY", 1))));
    }

    @Test
    @Order(1)
    void exportOfATeacherWhoPassedHoldsExactlyTheirData() {
        // when the Appropriate Body exports teacher A
        JsonNode export = ok(local.call("GET", "/teachers/" + teacherA.trn() + "/export", admin, null));

        // then it holds A's user record, A's one induction with its three assessments and their audit trail
        assertEquals(teacherA.trn(), export.get("trn").asText());
        assertEquals(teacherA.userId(), export.get("user").get("userId").asText());
        assertEquals(teacherA.email(), export.get("user").get("email").asText());
        assertEquals(1, export.get("inductions").size());
        JsonNode file = export.get("inductions").get(0);
        assertEquals(inductionA, file.get("induction").get("inductionId").asText());
        assertEquals("PASSED", file.get("induction").get("status").asText());
        assertEquals("Lovelace", file.get("induction").get("teacher").get("familyName").asText());
        assertEquals(Set.of("T1-TERMLY", "T2-TERMLY", "T3-FINAL"), texts(file.get("assessments"), "assessmentId"));
        assertEquals("Agreed, term 3", find(file.get("assessments"), "assessmentId", "T3-FINAL").get("teacherComment").asText());
        assertEquals(Set.of(inductionA), texts(file.get("auditEvents"), "entityId"));
        assertTrue(texts(file.get("auditEvents"), "action").containsAll(Set.of("INDUCTION_REGISTERED",
                "ASSESSMENT_SUBMITTED", "ASSESSMENT_SIGNED", "ASSESSMENT_ACKNOWLEDGED", "OUTCOME_RECORDED")));
        assertTrue(texts(export.get("auditEvents"), "entityId").stream()
                .allMatch(id -> id.equals(teacherA.userId()) || id.equals(teacherA.trn())));

        // and nothing of teacher B or school B
        String body = export.toString();
        for (String other : List.of(teacherB.trn(), teacherB.userId(), teacherB.email(), inductionB, schoolB.urn(),
                "Hopper", "Grace")) {
            assertFalse(body.contains(other), "export of A mentions " + other);
        }
    }

    @Test
    @Order(2)
    void eachNqtExportsItsOwnRecordsAndNoOneElses() {
        JsonNode mine = ok(local.call("GET", "/me/export", teacherB.token(), null));
        assertEquals(teacherB.userId(), mine.get("user").get("userId").asText());
        assertEquals(Set.of(inductionB), inductionIds(mine));
        assertEquals(Set.of("T1-TERMLY"), texts(mine.get("inductions").get(0).get("assessments"), "assessmentId"));
        assertFalse(mine.toString().contains(teacherA.trn()));
        assertFalse(mine.toString().contains(inductionA));

        JsonNode a = ok(local.call("GET", "/me/export", teacherA.token(), null));
        assertEquals(Set.of(inductionA), inductionIds(a));

        // a member of staff has a user record and no inductions
        JsonNode tutor = ok(local.call("GET", "/me/export", schoolA.tutor().token(), null));
        assertEquals(schoolA.tutor().userId(), tutor.get("user").get("userId").asText());
        assertEquals(0, tutor.get("inductions").size());
        assertTrue(texts(tutor.get("auditEvents"), "action").contains("USER_PROVISIONED"));
    }

    @Test
    @Order(3)
    void onlyTheAppropriateBodyExportsATeacher() {
        assertEquals(403, local.call("GET", "/teachers/" + teacherA.trn() + "/export",
                schoolA.coordinator().token(), null).status());
        assertEquals(403, local.call("GET", "/teachers/" + teacherA.trn() + "/export", teacherA.token(), null).status());
        assertEquals(404, local.call("GET", "/teachers/" + newTrn() + "/export", admin, null).status());
        RunningStack.Response bad = local.call("GET", "/teachers/12ab/export", admin, null);
        assertEquals(400, bad.status());
        assertEquals("trn", bad.json().get("details").get(0).get("field").asText());
    }

    @Test
    @Order(4)
    void theCoordinatorOfTheTeachersSchoolCorrectsTheNameEverywhereInOneAuditedChange() {
        // when school B's coordinator corrects teacher B's family name
        JsonNode answer = ok(local.call("PATCH", "/teachers/" + teacherB.trn(), schoolB.coordinator().token(),
                json(Map.of("familyName", "Hopper-Murray"))));

        // then the induction, the teacher's own user record and the export all carry it
        assertEquals("Hopper-Murray", answer.get("inductions").get(0).get("teacher").get("familyName").asText());
        assertEquals("Hopper-Murray", ok(local.call("GET", "/inductions/" + inductionB, admin, null))
                .get("teacher").get("familyName").asText());
        assertEquals("Hopper-Murray", ok(local.call("GET", "/me", teacherB.token(), null)).get("familyName").asText());
        JsonNode export = ok(local.call("GET", "/teachers/" + teacherB.trn() + "/export", admin, null));
        JsonNode rectified = find(export.get("inductions").get(0).get("auditEvents"), "action", "TEACHER_RECTIFIED");
        assertEquals(schoolB.coordinator().userId(), rectified.get("actorUserId").asText());
        assertEquals("familyName", rectified.get("relatedIds").get("fields").asText());
        assertFalse(export.get("auditEvents").toString().contains("Hopper"), "audit events hold no names");
    }

    @Test
    @Order(5)
    void rectificationOutsideTheCallersReachOrWithBadInputChangesNothing() {
        long before = tableItems(local);
        String path = "/teachers/" + teacherB.trn();
        String name = json(Map.of("givenName", "Amazing"));
        // another school's coordinator: as if the teacher did not exist
        assertEquals(404, local.call("PATCH", path, schoolA.coordinator().token(), name).status());
        // roles that never correct records
        for (Person who : List.of(schoolB.headteacher(), schoolB.tutor(), teacherB)) {
            assertEquals(403, local.call("PATCH", path, who.token(), name).status(), who.email());
        }
        // bad input: every problem named, nothing written
        ObjectNode bad = object().put("givenName", "").put("dateOfBirth", "2023-02-30").put("trn", "7654321");
        RunningStack.Response refused = local.call("PATCH", path, admin, json(bad));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("validation_failed", refused.json().get("error").asText());
        assertEquals(Set.of("givenName", "dateOfBirth", "trn"), texts(refused.json().get("details"), "field"));
        RunningStack.Response empty = local.call("PATCH", path, admin, "{}");
        assertEquals(400, empty.status());
        RunningStack.Response tooYoung = local.call("PATCH", path, admin, json(Map.of("dateOfBirth", "2015-01-01")));
        assertEquals(400, tooYoung.status());
        assertEquals("dateOfBirth", tooYoung.json().get("details").get(0).get("field").asText());
        assertEquals(before, tableItems(local), "a refused rectification writes nothing");
        assertEquals("Grace", ok(local.call("GET", "/inductions/" + inductionB, admin, null))
                .get("teacher").get("givenName").asText());
    }

    @Test
    @Order(6)
    void afterTheRetentionSweepTheExportHoldsOnlyTheBasicRecord() {
        // when the daily sweep runs today
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        RunningStack.Response swept = local.invoke("RetentionSweepFunction", json(Map.of("version", "0",
                "detail-type", "Scheduled Event", "source", "aws.scheduler", "time", now, "detail", Map.of())));
        assertEquals(200, swept.status(), swept.body());
        assertTrue(swept.json().get("reduced").asInt() >= 1, swept.body());

        // then A's export is the basic record only: no assessments, no contact details, no user
        JsonNode export = ok(local.call("GET", "/teachers/" + teacherA.trn() + "/export", admin, null));
        assertNull(export.get("user"), "the teacher's user is removed with the reduction");
        assertEquals(1, export.get("inductions").size());
        JsonNode file = export.get("inductions").get(0);
        JsonNode induction = file.get("induction");
        assertEquals("REDUCED", induction.get("status").asText());
        assertEquals("PASSED", induction.get("outcome").asText());
        assertEquals(OLD_PASS, induction.get("outcomeDate").asText());
        assertEquals(teacherA.trn(), induction.get("teacher").get("trn").asText());
        for (String gone : List.of("fte", "tutorUserId", "legalHold")) {
            assertNull(induction.get(gone), gone + " is not part of the basic record");
        }
        assertNull(induction.get("teacher").get("email"));
        assertEquals(0, file.get("assessments").size());
        assertFalse(export.toString().contains("Agreed, term"), "no teacher comment survives");
        // and B, in progress, is untouched
        assertEquals("IN_PROGRESS", ok(local.call("GET", "/teachers/" + teacherB.trn() + "/export", admin, null))
                .get("inductions").get(0).get("induction").get("status").asText());
    }

    // ---------------------------------------------------------------- helpers

    private static String register(Staff staff, String trn, String given, String family) {
        ObjectNode body = object();
        body.putObject("teacher").put("trn", trn).put("givenName", given).put("familyName", family)
                .put("dateOfBirth", "1995-12-10").put("email", given.toLowerCase() + "." + trn + "@example.org");
        body.put("programme", "NQT").put("startDate", OLD_START.toString()).put("fte", 1.0)
                .put("tutorUserId", staff.tutor().userId());
        return created(local.call("POST", "/schools/" + staff.urn() + "/inductions", staff.coordinator().token(),
                json(body))).get("inductionId").asText();
    }

    private static ObjectNode assessment(String kind, int term) {
        LocalDate periodStart = OLD_START.plusMonths(4L * (term - 1));
        ObjectNode body = object().put("kind", kind).put("term", term).put("periodStart", periodStart.toString())
                .put("periodEnd", periodStart.plusMonths(3).toString()).put("daysAbsent", 0)
                .put("progress", "SATISFACTORY");
        if (kind.equals("FINAL")) {
            ObjectNode standards = body.putObject("standards");
            for (String name : new String[] {"TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8", "PART2"}) {
                standards.putObject(name).put("rating", "MEETING").put("comment", "Evidence for " + name);
            }
            body.put("recommendation", "PASS");
        }
        return body;
    }

    private static JsonNode ok(RunningStack.Response response) {
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static JsonNode created(RunningStack.Response response) {
        assertEquals(201, response.status(), response.body());
        return response.json();
    }

    private static Set<String> inductionIds(JsonNode export) {
        Set<String> ids = new TreeSet<>();
        export.get("inductions").forEach(file -> ids.add(file.get("induction").get("inductionId").asText()));
        return ids;
    }

    private static Set<String> texts(JsonNode array, String field) {
        Set<String> values = new TreeSet<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        array.forEach(node -> {
            if (node.get(field).asText().equals(value)) {
                found.add(node);
            }
        });
        assertEquals(1, found.size(), field + "=" + value + " in " + array);
        return found.get(0);
    }
}
