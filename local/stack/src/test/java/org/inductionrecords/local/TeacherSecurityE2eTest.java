package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.json;
import static org.inductionrecords.local.E2eWorld.newTrn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.inductionrecords.local.E2eWorld.Person;
import org.inductionrecords.local.E2eWorld.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The attacks on a teacher's identity and on the Appropriate Body's admins, end to end over HTTP through
 * the local stack (contract section 10): written from the attacker's side.
 */
@Tag("emulators")
class TeacherSecurityE2eTest {

    private static RunningStack local;
    private static String admin;
    private static Staff schoolA;
    private static Staff schoolB;

    @BeforeAll
    static void twoSchools() {
        local = E2eWorld.local();
        admin = local.adminToken();
        schoolA = E2eWorld.staff(local, admin);
        schoolB = E2eWorld.staff(local, admin);
    }

    @Test
    void anotherSchoolsTeacherCanNeitherBeLoggedInAsNorReRegisteredNorCorrected() {
        // given teacher T in progress at school B, with its own login
        String trn = newTrn();
        String inductionB = E2eWorld.registerTeacher(local, schoolB.coordinator().token(), schoolB.urn(), trn,
                schoolB.tutor().userId());
        Person teacher = E2eWorld.person(local, schoolB.coordinator().token(), schoolB.urn(), "NQT", trn);

        // when school A's coordinator binds a login of its own to T: 400 on trn, no login
        RunningStack.Response login = E2eWorld.provision(local, schoolA.coordinator().token(), schoolA.urn(),
                E2eWorld.email("impostor"), "NQT", trn);
        assertEquals(400, login.status(), login.body());
        assertEquals("trn", login.json().path("details").path(0).path("field").asText());
        // a second login for T at its own school: 409
        assertEquals(409, E2eWorld.provision(local, schoolB.coordinator().token(), schoolB.urn(),
                E2eWorld.email("second-login"), "NQT", trn).status());

        // registering T at A under another date of birth: 400 on teacher.dateOfBirth, nothing of B's told
        var other = E2eWorld.registration(trn, schoolA.tutor().userId());
        ((com.fasterxml.jackson.databind.node.ObjectNode) other.get("teacher")).put("givenName", "Mallory")
                .put("dateOfBirth", "1990-01-01");
        RunningStack.Response registered = local.call("POST", "/schools/" + schoolA.urn() + "/inductions",
                schoolA.coordinator().token(), json(other));
        assertEquals(400, registered.status(), registered.body());
        assertEquals("teacher.dateOfBirth", registered.json().path("details").path(0).path("field").asText());
        assertTrue(!registered.body().contains(schoolB.urn()) && !registered.body().contains("1995-12-10"), registered.body());

        // correcting T from school A: 404; from school B: 200 with B's induction only
        RunningStack.Response rewrite = local.call("PATCH", "/teachers/" + trn, schoolA.coordinator().token(),
                json(Map.of("familyName", "Rewritten")));
        assertEquals(404, rewrite.status(), rewrite.body());
        RunningStack.Response corrected = local.call("PATCH", "/teachers/" + trn, schoolB.coordinator().token(),
                json(Map.of("familyName", "Lovelace-King")));
        assertEquals(200, corrected.status(), corrected.body());

        // then T's own login still sees its induction, and T can acknowledge its own reports only
        RunningStack.Response own = local.call("GET", "/inductions/" + inductionB, teacher.token(), null);
        assertEquals(200, own.status(), own.body());
        assertEquals("Lovelace-King", own.json().path("teacher").path("familyName").asText());
    }

    @Test
    void twoAdminsSuspendingEachOtherAtOnceAlwaysLeaveOneWhoCanAct() throws Exception {
        // given two more AB admins, signed in
        Person first = E2eWorld.person(local, admin, schoolA.urn(), "AB_ADMIN", null);
        Person second = E2eWorld.person(local, admin, schoolA.urn(), "AB_ADMIN", null);
        for (int race = 0; race < 6; race++) {
            // when each suspends the other at the same moment
            CyclicBarrier start = new CyclicBarrier(2);
            var one = CompletableFuture.supplyAsync(() -> suspend(start, first, second));
            var two = CompletableFuture.supplyAsync(() -> suspend(start, second, first));
            List<Integer> answers = List.of(one.get(), two.get());

            // then one is refused, and the other is still an admin who can act
            assertEquals(List.of(200, 403), answers.stream().sorted().toList(), "race " + race);
            Person winner = answers.get(0) == 200 ? first : second;
            Person loser = winner == first ? second : first;
            assertEquals(200, local.call("GET", "/me", winner.token(), null).status());
            assertEquals(200, local.call("POST", "/users/" + loser.userId() + "/reactivate", winner.token(), null).status());
        }
    }

    private static int suspend(CyclicBarrier start, Person caller, Person target) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return local.call("POST", "/users/" + target.userId() + "/suspend", caller.token(), null).status();
    }

    @Test
    void aTeachersExportSummarisesItsReadsPerDayAndReader() {
        // given a teacher whose induction its tutor read 150 times today (SubjectExportSizeTest takes it to 20,000)
        String trn = newTrn();
        String inductionId = E2eWorld.registerTeacher(local, schoolA.coordinator().token(), schoolA.urn(), trn,
                schoolA.tutor().userId());
        Person teacher = E2eWorld.person(local, schoolA.coordinator().token(), schoolA.urn(), "NQT", trn);
        for (int i = 0; i < 150; i++) {
            assertEquals(200, local.call("GET", "/inductions/" + inductionId, schoolA.tutor().token(), null).status());
        }

        // when the teacher exports its data
        RunningStack.Response export = local.call("GET", "/me/export", teacher.token(), null);

        // then the 150 reads are one line, with their count, and the changes stay whole
        assertEquals(200, export.status(), export.body());
        System.out.printf("subject export after 150 reads: %,d bytes%n", export.body().getBytes(StandardCharsets.UTF_8).length);
        JsonNode file = export.json().path("inductions").path(0);
        List<JsonNode> tutorReads = new ArrayList<>();
        file.path("reads").forEach(line -> {
            if (line.path("actorUserId").asText().equals(schoolA.tutor().userId())) {
                tutorReads.add(line);
            }
        });
        assertEquals(1, tutorReads.size(), file.path("reads").toString());
        assertEquals(150, tutorReads.get(0).path("count").asInt());
        assertEquals("INDUCTION_REGISTERED", file.path("auditEvents").path(0).path("action").asText());
    }
}
