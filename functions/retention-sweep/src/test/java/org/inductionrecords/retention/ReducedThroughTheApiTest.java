package org.inductionrecords.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.inductionrecords.assessments.AssessmentsHandler;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.identity.CognitoLogins;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.Attributes;
import org.inductionrecords.store.InductionItems;
import org.inductionrecords.store.Keys;
import org.inductionrecords.store.RetentionTable;
import org.inductionrecords.store.UserItems;
import org.inductionrecords.testing.ApiGatewayEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * docs/RETENTION.md's end-to-end case, in process: two NQT inductions taken to a pass through the real
 * AssessmentsFunction (outcomes recorded now with past outcome dates, 2019 and 2021), a sweep as of
 * today, then reads through the API: the 2019 one shows only its basic record and its assessments
 * answer 404; the 2021 one is untouched.
 */
@Tag("emulators")
class ReducedThroughTheApiTest {

    private final World world = World.fresh();
    private final AssessmentsHandler api = new AssessmentsHandler(world.stack.environment("AssessmentsFunction"));
    private final String urn = String.format("%06d", 100_000 + Math.floorMod(UUID.randomUUID().hashCode(), 800_000));
    private final User admin = user(Role.AB_ADMIN, Optional.empty());
    private final User coordinator = user(Role.INDUCTION_COORDINATOR, Optional.of(urn));
    private final User headteacher = user(Role.HEADTEACHER, Optional.of(urn));
    private final User tutor = user(Role.INDUCTION_TUTOR, Optional.of(urn));

    @Test
    void aPassFrom2019IsReducedToItsBasicRecordAndOneFrom2021IsUntouched() {
        school();
        String trn2019 = World.newTrn();
        String trn2021 = World.newTrn();
        User teacher2019 = world.nqtUser(trn2019, urn);
        User teacher2021 = world.nqtUser(trn2021, urn);
        String passed2019 = pass(trn2019, LocalDate.of(2018, 9, 3), "2019-07-18");
        String passed2021 = pass(trn2021, LocalDate.of(2020, 9, 1), "2021-07-16");

        JsonNode report = Sweeps.invoke(new RetentionSweepHandler(world.environment()),
                Sweeps.event(Instant.now().toString(), false));

        assertEquals(1, report.get("reduced").asInt(), report.toString());
        JsonNode reduced = call(admin, "GET", "/inductions/" + passed2019, null).json();
        assertEquals("REDUCED", reduced.path("status").asText());
        assertEquals(trn2019, reduced.path("teacher").path("trn").asText());
        assertEquals("1995-12-10", reduced.path("teacher").path("dateOfBirth").asText());
        assertEquals("PASSED", reduced.path("outcome").asText());
        assertEquals("2019-07-18", reduced.path("outcomeDate").asText());
        assertFalse(reduced.path("teacher").has("email"));
        assertFalse(reduced.has("tutorUserId"));
        assertFalse(reduced.has("fte"));
        assertEquals(0, call(admin, "GET", "/inductions/" + passed2019 + "/assessments", null)
                .json().path("items").size());
        for (String id : new String[] {"T1-TERMLY", "T2-TERMLY", "T3-FINAL"}) {
            assertEquals(404, call(admin, "GET", "/inductions/" + passed2019 + "/assessments/" + id, null).status());
        }
        assertEquals(403, call(teacher2019, "GET", "/inductions/" + passed2019, null).status(),
                "the teacher's user is gone");
        assertFalse(world.loginExists(teacher2019.email()));

        JsonNode untouched = call(admin, "GET", "/inductions/" + passed2021, null).json();
        assertEquals("PASSED", untouched.path("status").asText());
        assertTrue(untouched.path("teacher").has("email"));
        assertEquals(3, call(teacher2021, "GET", "/inductions/" + passed2021 + "/assessments", null)
                .json().path("items").size());
        assertTrue(world.loginExists(teacher2021.email()));
    }

    /**
     * A legal hold asked for once the sweep has begun reducing a record (claimed, its deletes to come) would not
     * stop those deletes: it is refused with 409 and changes nothing, and the next run completes the reduction.
     */
    @Test
    void aLegalHoldAskedForWhileTheRecordIsBeingReducedIsRefusedAndTheNextRunCompletesIt() {
        // given a 2019 pass, and a sweep that stopped right after claiming it (a timeout, say)
        school();
        String trn = World.newTrn();
        world.nqtUser(trn, urn);
        String inductionId = pass(trn, LocalDate.of(2018, 9, 3), "2019-07-18");
        FaultAfter stop = new FaultAfter(1);
        RetentionSweepHandler stopping = new RetentionSweepHandler(
                stop.records(new RetentionTable(world.dynamo, world.table)),
                stop.logins(new CognitoLogins(world.stack.emulators().cognito(), world.stack.userPoolId())),
                Clock.systemUTC());
        assertThrows(FaultAfter.InjectedFault.class,
                () -> Sweeps.invoke(stopping, Sweeps.event(Instant.now().toString(), false)));
        Map<String, AttributeValue> claimed = world.induction(inductionId);

        // when the AB admin asks for a legal hold
        Response hold = call(admin, "POST", "/inductions/" + inductionId + "/legal-hold",
                Map.of("hold", true, "reason", "Employment tribunal claim"));

        // then it is refused, and the record is as the claim left it
        assertEquals(409, hold.status(), hold.body());
        assertEquals("conflict", hold.json().path("error").asText());
        assertTrue(hold.json().path("message").asText().contains("being reduced"), hold.body());
        assertEquals(claimed, world.induction(inductionId));

        // and the next run completes the reduction, leaving no marker behind
        JsonNode report = Sweeps.invoke(new RetentionSweepHandler(world.environment()),
                Sweeps.event(Instant.now().toString(), false));
        assertEquals(1, report.get("reduced").asInt(), report.toString());
        assertEquals("REDUCED", call(admin, "GET", "/inductions/" + inductionId, null).json().path("status").asText());
        assertFalse(world.induction(inductionId).containsKey(InductionItems.REDUCTION_STARTED));
    }

    private void school() {
        world.put(Map.of(Keys.PK, Attributes.s(Keys.school(urn)), Keys.SK, Attributes.s("SCHOOL"),
                Keys.TYPE, Attributes.s("SCHOOL"), "urn", Attributes.s(urn), "name", Attributes.s("School " + urn),
                Keys.GSI1_PK, Attributes.s("SCHOOLS"), Keys.GSI1_SK, Attributes.s(urn)));
    }

    /** Registration, three signed assessments (T1, T2 termly, T3 final) and a pass with a past outcome date. */
    private String pass(String trn, LocalDate start, String outcomeDate) {
        Map<String, Object> teacher = new LinkedHashMap<>();
        teacher.put("trn", trn);
        teacher.put("givenName", "Ada");
        teacher.put("familyName", "Lovelace");
        teacher.put("dateOfBirth", "1995-12-10");
        teacher.put("email", "ada." + trn + "@example.org");
        Response registered = call(coordinator, "POST", "/schools/" + urn + "/inductions", Map.of(
                "teacher", teacher, "programme", "NQT", "startDate", start.toString(), "fte", 1.0,
                "tutorUserId", tutor.userId()));
        assertEquals(201, registered.status(), registered.body());
        String inductionId = registered.json().path("inductionId").asText();
        for (int term = 1; term <= 3; term++) {
            String kind = term == 3 ? "FINAL" : "TERMLY";
            Response submitted = call(tutor, "POST", "/inductions/" + inductionId + "/assessments",
                    assessment(kind, term, start));
            assertEquals(201, submitted.status(), submitted.body());
            Response signed = call(headteacher, "POST", "/inductions/" + inductionId + "/assessments/T" + term
                    + "-" + kind + "/sign", Map.of());
            assertEquals(200, signed.status(), signed.body());
        }
        Response outcome = call(admin, "POST", "/inductions/" + inductionId + "/outcome",
                Map.of("outcome", "PASSED", "outcomeDate", outcomeDate));
        assertEquals(200, outcome.status(), outcome.body());
        return inductionId;
    }

    private static Map<String, Object> assessment(String kind, int term, LocalDate start) {
        LocalDate periodStart = start.plusMonths(3L * (term - 1));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("term", term);
        body.put("periodStart", periodStart.toString());
        body.put("periodEnd", periodStart.plusMonths(3).minusDays(1).toString());
        body.put("daysAbsent", 0);
        body.put("progress", "SATISFACTORY");
        if (kind.equals("FINAL")) {
            Map<String, Object> standards = new LinkedHashMap<>();
            for (String name : new String[] {"TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8", "PART2"}) {
                standards.put(name, Map.of("rating", "MEETING", "comment", "Evidence for " + name));
            }
            body.put("standards", standards);
            body.put("recommendation", "PASS");
        }
        body.put("summary", "A private judgement about the teacher.");
        return body;
    }

    private User user(Role role, Optional<String> school) {
        String id = UUID.randomUUID().toString();
        User user = new User(id, "staff." + id + "@example.org", "Staff", "Member", role, school, Optional.empty(),
                UserStatus.ACTIVE);
        world.put(UserItems.toItem(user));
        return user;
    }

    record Response(int status, String body) {
        JsonNode json() {
            return Json.tree(body);
        }
    }

    /** The proxy event API Gateway's Cognito authorizer passes on (only {@code sub} is read). */
    private Response call(User caller, String method, String path, Object body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String[] parts = path.substring(1).split("/");
        StringBuilder resource = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String name = i == 1 ? (parts[0].equals("schools") ? "urn" : "inductionId") : i == 3 ? "assessmentId" : null;
            if (name != null) {
                parameters.put(name, parts[i]);
                resource.append("/{").append(name).append('}');
            } else {
                resource.append('/').append(parts[i]);
            }
        }
        APIGatewayProxyRequestEvent event = ApiGatewayEvent.request(method, resource.toString()).path(path)
                .pathParameters(parameters).caller(caller.userId()).body(body == null ? null : Json.write(body)).build();
        APIGatewayProxyResponseEvent response = api.handleRequest(event, null);
        return new Response(response.getStatusCode(), response.getBody());
    }
}
