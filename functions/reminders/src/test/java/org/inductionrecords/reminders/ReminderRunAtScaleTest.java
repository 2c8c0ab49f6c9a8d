package org.inductionrecords.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.json.Json;
import org.inductionrecords.testing.RoundTrips;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An Appropriate Body of 500 inductions (docs/PERFORMANCE.md, "Reminders"): 50 schools, each with a coordinator, a
 * headteacher and two tutors of 5 inductions each. In every other school the first tutor has one term-1 review overdue
 * on the run's day; every other induction started in January 2026 and is not due for months. The run's emails,
 * round trips and time are printed and the round trips held to what docs/TABLE.md says.
 */
@Tag("emulators")
class ReminderRunAtScaleTest {

    private static final int SCHOOLS = 50;

    @Test
    void fiveHundredInductionsCostOneUsersQueryPerSchoolEachUsersTaskListAndFourCallsPerEmail() throws Exception {
        // given the seeded Appropriate Body
        ReminderWorld world = ReminderWorld.fresh();
        int inductions = 0;
        for (int school = 0; school < SCHOOLS; school++) {
            String urn = String.valueOf(200000 + school);
            world.school(urn);
            world.user(urn, Role.INDUCTION_COORDINATOR, "Cora Coordinator", UserStatus.ACTIVE, true);
            world.user(urn, Role.HEADTEACHER, "Hana Head", UserStatus.ACTIVE, true);
            for (int t = 0; t < 2; t++) {
                User tutor = world.user(urn, Role.INDUCTION_TUTOR, "Tutor T" + school + "x" + t, UserStatus.ACTIVE,
                        true);
                for (int i = 0; i < 5; i++) {
                    boolean overdue = school % 2 == 0 && t == 0 && i == 0;
                    world.induction(urn, tutor, "Teacher N" + school + "x" + t + "x" + i,
                            overdue ? LocalDate.of(2025, 9, 3) : LocalDate.of(2026, 1, 5));
                    inductions++;
                }
            }
        }
        assertEquals(500, inductions);
        ReminderHandler handler = world.handler();
        String event = "{\"time\":\"" + ReminderWorld.FIRST_DAY_OVERDUE + "\",\"detail\":{}}";
        RoundTrips.reset();

        // when the day's run goes
        long started = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        long millis = (System.nanoTime() - started) / 1_000_000;
        JsonNode answer = Json.mapper().readTree(out.toByteArray());
        Map<String, Integer> calls = RoundTrips.counts();
        System.out.println("reminders at scale: " + answer + " in " + millis + " ms, calls " + calls);

        // then 25 tutors are emailed, after 1 + 50 + 1 users queries, the term dates once for the run, and each user's
        // task list (GET /tasks's queries but the term dates: 2 a tutor, 1 a headteacher, 2 a coordinator: the
        // school's users and its interim queue), and per email one GetItem (the teacher's name), a claim, a
        // confirmation and the send
        assertEquals(SCHOOLS * 4, answer.get("users").asInt());
        assertEquals(SCHOOLS / 2, answer.get("emailsSent").asInt());
        assertEquals(Map.of("DynamoDb:GetItem", 25, "DynamoDb:PutItem", 25,
                "DynamoDb:Query", 1 + SCHOOLS + 1 + 1 + 2 * 2 * SCHOOLS + SCHOOLS + 2 * SCHOOLS,
                "DynamoDb:UpdateItem", 25, "SesV2:SendEmail", 25), calls);
    }
}
