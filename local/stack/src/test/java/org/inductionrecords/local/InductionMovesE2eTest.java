package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.json;
import static org.inductionrecords.local.E2eWorld.newTrn;
import static org.inductionrecords.local.E2eWorld.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inductionrecords.local.E2eWorld.Person;
import org.inductionrecords.local.E2eWorld.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A teacher's move between schools end to end, over HTTP through the local stack (CONTRACT.md section 6; DOMAIN.md
 * "Induction periods"): registered at A, reviewed, leaving on the last day of the autumn term (1.0 term served),
 * continued at B with the same id; who sees what afterwards, the former school and its tutor included; a new tutor
 * and a new FTE; the teacher's own login following the teacher; the AB closing inductions without an outcome, and
 * the retention sweep counting six years from the closing date. Every exchange is checked against
 * docs/openapi.yaml by the running stack.
 */
@Tag("emulators")
class InductionMovesE2eTest {

    /** The AB's term dates of 2022/23 (this class's own year: other classes record other years). */
    private static final String AUTUMN_START = "2022-09-05";
    private static final String AUTUMN_END = "2022-12-16";
    private static final String SPRING_START = "2023-01-03";
    private static final String SUMMER_START = "2023-04-17";

    private static RunningStack local;
    private static String admin;

    @BeforeAll
    static void termDates() {
        local = E2eWorld.local();
        admin = local.adminToken();
        RunningStack.Response recorded = local.call("PUT", "/term-dates/2022", admin, json(Map.of("terms", List.of(
                Map.of("name", "AUTUMN", "start", AUTUMN_START, "end", AUTUMN_END),
                Map.of("name", "SPRING", "start", SPRING_START, "end", "2023-03-31"),
                Map.of("name", "SUMMER", "start", SUMMER_START, "end", "2023-07-21")))));
        assertEquals(200, recorded.status(), recorded.body());
    }

    private static ObjectNode ect(String trn, String urn, String start, String tutorUserId, String dateOfBirth) {
        ObjectNode body = registration(trn, tutorUserId);
        body.put("programme", "ECT").put("startDate", start);
        ((ObjectNode) body.get("teacher")).put("dateOfBirth", dateOfBirth);
        return body;
    }

    private static ObjectNode review(int term, String start, String end) {
        return E2eWorld.assessment("PROGRESS_REVIEW", term).put("periodStart", start).put("periodEnd", end);
    }

    private static RunningStack.Response ok(int status, RunningStack.Response response) {
        assertEquals(status, response.status(), response.body());
        return response;
    }

    private static void assertTerms(String expected, JsonNode value) {
        assertEquals(0, new BigDecimal(expected).compareTo(value.decimalValue()), expected + " vs " + value);
    }

    @Test
    void givenATeacherWhoMovesFromAToBThenTheInductionFollowsAndEachSchoolSeesWhatTheContractSays() {
        // given a teacher registered at A, reviewed for the autumn term, with their own login
        Staff a = E2eWorld.staff(local, admin);
        Staff b = E2eWorld.staff(local, admin);
        String trn = newTrn();
        String inductionId = ok(201, local.call("POST", "/schools/" + a.urn() + "/inductions",
                a.coordinator().token(), json(ect(trn, a.urn(), AUTUMN_START, a.tutor().userId(), "1994-02-03"))))
                .json().path("inductionId").asText();
        Person teacher = E2eWorld.person(local, a.coordinator().token(), a.urn(), "NQT", trn);
        String path = "/inductions/" + inductionId;
        ok(201, local.call("POST", path + "/assessments", a.tutor().token(), json(review(1, AUTUMN_START, AUTUMN_END))));

        // when A's coordinator records the leaver on the last day of the term
        JsonNode left = ok(200, local.call("POST", path + "/leave", a.coordinator().token(),
                json(Map.of("leaveDate", AUTUMN_END)))).json();

        // then one term is served and the induction is LEFT, its teacher still able to sign in and read it
        assertEquals("LEFT", left.path("status").asText());
        assertTerms("1.0", left.path("termsServed"));
        assertTerms("1.0", left.path("periods").get(0).path("termsServed"));
        String teacherToken = local.idToken(teacher.email(), E2eWorld.PASSWORD);
        ok(200, local.call("GET", "/me", teacherToken, null));
        assertEquals("LEFT", ok(200, local.call("GET", path, teacherToken, null)).json().path("status").asText());

        // when B registers the TRN with another date of birth, then with the same one
        RunningStack.Response otherPerson = local.call("POST", "/schools/" + b.urn() + "/inductions",
                b.coordinator().token(), json(ect(trn, b.urn(), SPRING_START, b.tutor().userId(), "1990-01-01")));
        assertEquals(400, otherPerson.status(), otherPerson.body());
        assertEquals("teacher.dateOfBirth", otherPerson.json().path("details").get(0).path("field").asText());
        JsonNode continued = ok(201, local.call("POST", "/schools/" + b.urn() + "/inductions",
                b.coordinator().token(), json(ect(trn, b.urn(), SPRING_START, b.tutor().userId(), "1994-02-03"))))
                .json();

        // then it is the same induction with two periods, and B's staff see A's review
        assertEquals(inductionId, continued.path("inductionId").asText());
        assertEquals(2, continued.path("periods").size());
        assertEquals(b.urn(), continued.path("schoolUrn").asText());
        ok(200, local.call("GET", path + "/assessments/T1-PROGRESS_REVIEW", b.coordinator().token(), null));
        ok(201, local.call("POST", path + "/assessments", b.tutor().token(),
                json(review(2, SPRING_START, "2023-03-31"))));

        // and A's coordinator keeps A's review but not B's; A's tutor sees nothing
        ok(200, local.call("GET", path + "/assessments/T1-PROGRESS_REVIEW", a.coordinator().token(), null));
        assertEquals(404, local.call("GET", path + "/assessments/T2-PROGRESS_REVIEW", a.coordinator().token(), null)
                .status());
        JsonNode asFormer = ok(200, local.call("GET", path, a.coordinator().token(), null)).json();
        assertFalse(asFormer.has("tutorUserId"), asFormer::toString);
        assertEquals(1, asFormer.path("periods").size());
        assertEquals(404, local.call("GET", path, a.tutor().token(), null).status());
        assertEquals(404, local.call("GET", path + "/assessments/T1-PROGRESS_REVIEW", a.tutor().token(), null)
                .status());
        JsonNode former = ok(200, local.call("GET", "/schools/" + a.urn() + "/inductions?former=true",
                a.headteacher().token(), null)).json().path("items");
        assertEquals(inductionId, former.get(0).path("inductionId").asText());
        assertEquals(0, ok(200, local.call("GET", "/schools/" + a.urn() + "/inductions", a.coordinator().token(),
                null)).json().path("items").size());

        // and the teacher's login, now B's, sees the whole induction; only B's coordinator can suspend it
        assertEquals(2, ok(200, local.call("GET", path + "/assessments", teacherToken, null)).json().path("items")
                .size());
        assertEquals(b.urn(), ok(200, local.call("GET", "/me", teacherToken, null)).json().path("schoolUrn").asText());
        String suspend = "/users/" + teacher.userId() + "/suspend";
        assertEquals(404, local.call("POST", suspend, a.coordinator().token(), null).status());
        ok(200, local.call("POST", suspend, b.coordinator().token(), null));
        ok(200, local.call("POST", "/users/" + teacher.userId() + "/reactivate", b.coordinator().token(), null));

        // when B's coordinator reassigns the tutor, visibility moves at once
        Person second = E2eWorld.person(local, b.coordinator().token(), b.urn(), "INDUCTION_TUTOR", null);
        ok(200, local.call("PATCH", path, b.coordinator().token(), json(Map.of("tutorUserId", second.userId()))));
        assertEquals(404, local.call("GET", path, b.tutor().token(), null).status());
        ok(200, local.call("GET", path, second.token(), null));

        // and a new FTE from the summer term opens another period at B
        JsonNode changed = ok(200, local.call("PATCH", path, b.coordinator().token(),
                json(Map.of("fte", 0.5, "from", SUMMER_START)))).json();
        assertEquals(3, changed.path("periods").size());
        assertEquals("FTE_CHANGED", changed.path("periods").get(1).path("endReason").asText());
        assertTerms("1.0", changed.path("periods").get(1).path("termsServed"));
        assertTerms("0.5", changed.path("fte"));

        // and the AB closes it: the teacher has left teaching
        JsonNode closed = ok(200, local.call("POST", path + "/close", admin,
                json(Map.of("closeDate", "2023-05-31", "reason", "LEFT_TEACHING")))).json();
        assertEquals("CLOSED", closed.path("status").asText());
        assertEquals("LEFT_TEACHING", closed.path("closeReason").asText());
        assertEquals("2029-05-31", closed.path("retentionEnds").asText());
    }

    @Test
    void givenInductionsClosedSixYearsAgoAndFiveYearsAgoThenTheSweepReducesOnlyTheFirstFromItsClosingDate() {
        // given two NQT inductions the AB closed without an outcome, one on 2020-06-30, one on 2021-01-29
        Staff school = E2eWorld.staff(local, admin);
        String sixYearsAgo = closedInduction(school, "2019-09-02", "2020-06-30");
        String fiveYearsAgo = closedInduction(school, "2020-09-01", "2021-01-29");

        // when the daily sweep runs today
        RunningStack.Response report = local.invoke("RetentionSweepFunction", json(Map.of("version", "0",
                "id", UUID.randomUUID().toString(), "detail-type", "Scheduled Event", "source", "aws.scheduler",
                "time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "region", "eu-west-2",
                "detail", Map.of())));
        assertEquals(200, report.status(), report.body());

        // then the one closed six years ago is its basic record, the other untouched
        JsonNode reduced = ok(200, local.call("GET", "/inductions/" + sixYearsAgo, admin, null)).json();
        assertEquals("REDUCED", reduced.path("status").asText(), reduced::toString);
        assertEquals("2020-06-30", reduced.path("completionDate").asText(), reduced::toString);
        JsonNode kept = ok(200, local.call("GET", "/inductions/" + fiveYearsAgo, admin, null)).json();
        assertEquals("CLOSED", kept.path("status").asText(), kept::toString);
        assertEquals("2027-01-29", kept.path("retentionEnds").asText());
    }

    private static String closedInduction(Staff school, String start, String closeDate) {
        ObjectNode body = registration(newTrn(), school.tutor().userId());
        body.put("startDate", start);
        String inductionId = ok(201, local.call("POST", "/schools/" + school.urn() + "/inductions",
                school.coordinator().token(), json(body))).json().path("inductionId").asText();
        JsonNode closed = ok(200, local.call("POST", "/inductions/" + inductionId + "/close", admin,
                json(Map.of("closeDate", closeDate, "reason", "LEFT_TEACHING")))).json();
        assertTrue(closed.path("periods").get(0).has("endDate"), closed::toString);
        return inductionId;
    }
}
