package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The six-year sweep (docs/RETENTION.md) end to end through the local stack: inductions passed in 2019 and in
 * 2021 are recorded through the API (outcomes entered now, with past outcome dates); the daily sweep, invoked with
 * the real AWS CLI as EventBridge would invoke it today, reduces the 2019 one to its basic record and leaves the
 * 2021 one.
 */
@Tag("emulators")
class RetentionSweepE2eTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningStack local;
    private static AwsCli aws;

    @TempDir
    Path work;

    @BeforeAll
    static void stack() {
        local = E2eWorld.local();
        aws = AwsCli.get();
    }

    @Test
    void theDailySweepReducesAnInductionPassedSixYearsAgoAndLeavesOnePassedFiveYearsAgo() throws IOException {
        // given two teachers of one school, one passed in July 2019 and one in July 2021
        E2eWorld.Staff staff = E2eWorld.staff(local, local.adminToken());
        String passed2019 = passedInduction(staff, LocalDate.of(2018, 9, 3), LocalDate.of(2019, 7, 19));
        String passed2021 = passedInduction(staff, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 7, 20));

        // when the sweep runs as scheduled today, invoked with the AWS CLI
        Path event = work.resolve("retention-today.json");
        Files.writeString(event, JSON.writeValueAsString(Map.of(
                "version", "0", "id", UUID.randomUUID().toString(), "detail-type", "Scheduled Event",
                "source", "aws.scheduler", "time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "region", "eu-west-2", "detail", Map.of())));
        JsonNode report = invoke("RetentionSweepFunction", event);

        // then it reports a real run that reduced at least the 2019 induction (other tests' records may be due too)
        assertFalse(report.path("dryRun").asBoolean(), report::toString);
        assertTrue(report.path("reduced").asInt() >= 1, report::toString);

        // and the 2019 induction is only its basic record; its assessments are gone
        RunningStack.Response reduced = local.call("GET", "/inductions/" + passed2019, local.adminToken(), null);
        assertEquals(200, reduced.status(), reduced.body());
        assertEquals("REDUCED", reduced.json().path("status").asText(), reduced.body());
        assertEquals("PASSED", reduced.json().path("outcome").asText(), reduced.body());
        assertEquals("2019-07-19", reduced.json().path("outcomeDate").asText(), reduced.body());
        assertTrue(reduced.json().path("teacher").path("email").isMissingNode(), reduced.body());
        assertTrue(reduced.json().path("tutorUserId").isMissingNode(), reduced.body());
        RunningStack.Response gone = local.call("GET", "/inductions/" + passed2019 + "/assessments/T3-FINAL",
                local.adminToken(), null);
        assertEquals(404, gone.status(), gone.body());

        // and the 2021 induction is untouched, its three assessments still there
        RunningStack.Response kept = local.call("GET", "/inductions/" + passed2021, local.adminToken(), null);
        assertEquals("PASSED", kept.json().path("status").asText(), kept.body());
        assertEquals(staff.tutor().userId(), kept.json().path("tutorUserId").asText(), kept.body());
        RunningStack.Response assessments = local.call("GET", "/inductions/" + passed2021 + "/assessments",
                local.adminToken(), null);
        assertEquals(3, assessments.json().path("items").size(), assessments.body());
    }

    /** Registers an NQT induction, submits and signs its three assessments, and records PASSED on that date. */
    private static String passedInduction(E2eWorld.Staff staff, LocalDate start, LocalDate passedOn) {
        ObjectNode registration = E2eWorld.registration(E2eWorld.newTrn(), staff.tutor().userId());
        registration.put("startDate", start.toString());
        RunningStack.Response created = local.call("POST", "/schools/" + staff.urn() + "/inductions",
                staff.coordinator().token(), E2eWorld.json(registration));
        assertEquals(201, created.status(), created.body());
        String inductionId = created.json().path("inductionId").asText();
        String[] kinds = {"TERMLY", "TERMLY", "FINAL"};
        for (int term = 1; term <= 3; term++) {
            ObjectNode assessment = E2eWorld.assessment(kinds[term - 1], term);
            LocalDate periodStart = start.plusMonths(4L * (term - 1));
            assessment.put("periodStart", periodStart.toString());
            assessment.put("periodEnd", periodStart.plusMonths(3).toString());
            RunningStack.Response submitted = local.call("POST", "/inductions/" + inductionId + "/assessments",
                    staff.tutor().token(), E2eWorld.json(assessment));
            assertEquals(201, submitted.status(), submitted.body());
            String assessmentId = submitted.json().path("assessmentId").asText();
            RunningStack.Response signed = local.call("POST",
                    "/inductions/" + inductionId + "/assessments/" + assessmentId + "/sign",
                    staff.headteacher().token(), null);
            assertEquals(200, signed.status(), signed.body());
        }
        RunningStack.Response outcome = local.call("POST", "/inductions/" + inductionId + "/outcome",
                local.adminToken(), E2eWorld.json(Map.of("outcome", "PASSED", "outcomeDate", passedOn.toString())));
        assertEquals(200, outcome.status(), outcome.body());
        return inductionId;
    }

    private JsonNode invoke(String function, Path payload) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> endpoints = (Map<String, Object>) local.outputs().get("endpoints");
        Path out = work.resolve(function + "-out.json");
        AwsCli.Result result = aws.invoke(String.valueOf(endpoints.get("lambda")), function, payload, out);
        assertEquals(0, result.exitCode(), result::toString);
        JsonNode status = JSON.readTree(result.stdout());
        String answer = Files.readString(out);
        assertFalse(status.has("FunctionError"), () -> function + " failed: " + answer);
        return JSON.readTree(answer);
    }
}
