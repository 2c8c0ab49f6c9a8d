package org.inductionrecords.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inductionrecords.emulators.Stack;

/**
 * {@code --demo}: a working Appropriate Body in an empty data dir (contract section 12), built through the
 * public API as its people would build it: the AB admin authorises three schools and their coordinators,
 * who provision their staff and register teachers; tutors write assessments, headteachers sign, teachers
 * acknowledge, the AB decides. Every login shares {@link #PASSWORD}. Idempotent: once the first demo school
 * exists, a later start only prints the logins.
 */
final class DemoAppropriateBody {

    static final String PASSWORD = "Demo-Passw0rd!";
    static final String ADMIN_EMAIL = "admin@ab.demo.example";
    static final String ASHBY = "100001";
    static final String BIRCHWOOD = "100002";
    static final String CEDAR = "100003";

    private final URI api;
    private final Stack stack;
    private final Console console;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    private DemoAppropriateBody(URI api, Stack stack, Console console) {
        this.api = api;
        this.stack = stack;
        this.console = console;
    }

    /** One sign-in email per role, as printed: the person trying the system sees each role with these. */
    static final Map<String, String> LOGINS = Map.of(
            "AB_ADMIN", ADMIN_EMAIL,
            "INDUCTION_COORDINATOR", "coordinator@ashby.demo.example",
            "HEADTEACHER", "head@ashby.demo.example",
            "INDUCTION_TUTOR", "tutor@ashby.demo.example",
            "NQT", "nia.newton@ashby.demo.example");

    /** Fills the stack with the demo AB unless it is there already; {@code adminEmail} is the bootstrap admin's. */
    static void run(URI api, Stack stack, String adminEmail, String adminPassword, Console console) {
        new DemoAppropriateBody(api, stack, console).fill(adminEmail, adminPassword);
    }

    private void fill(String adminEmail, String adminPassword) {
        String admin = stack.idToken(adminEmail, adminPassword);
        tokens.put(ADMIN_EMAIL, admin);
        if (call("GET", "/schools/" + ASHBY, admin, null).status() == 200) {
            console.info("demo: the demo Appropriate Body is there already; nothing changed");
            printLogins(adminEmail, adminPassword);
            return;
        }
        long started = System.nanoTime();
        termDates(2025, "2025-09-03", "2025-12-19", "2026-01-05", "2026-03-27", "2026-04-13", "2026-07-22");
        termDates(2026, "2026-09-02", "2026-12-18", "2027-01-04", "2027-03-25", "2027-04-12", "2027-07-21");
        school(ASHBY, "Ashby Primary School", "ashby");
        school(BIRCHWOOD, "Birchwood Academy", "birchwood");
        school(CEDAR, "Cedar Grove School", "cedar");

        // Ashby: just registered; awaiting the headteacher's signature; awaiting the teacher's acknowledgement
        // (the NQT login's own induction); passed; mid-way with an overdue review; returned for correction.
        register("ashby", "2345601", "Amir", "Shah", "1999-04-12", "ECT", LocalDate.of(2026, 9, 1), "1.0", false);
        String awaitingSignature = register("ashby", "2345602", "Bella", "Okafor", "1998-11-03", "ECT",
                LocalDate.of(2025, 9, 1), "1.0", false);
        submit("ashby", awaitingSignature, "PROGRESS_REVIEW", 1, LocalDate.of(2025, 9, 1), "PASS");
        String own = register("ashby", "2345603", "Nia", "Newton", "1997-02-27", "ECT", LocalDate.of(2025, 9, 1), "1.0", true);
        signed("ashby", own, "PROGRESS_REVIEW", 1, LocalDate.of(2025, 9, 1), "PASS");
        signed("ashby", own, "PROGRESS_REVIEW", 2, LocalDate.of(2025, 9, 1), "PASS");
        String passed = register("ashby", "2345604", "Cerys", "Evans", "1996-06-30", "NQT", LocalDate.of(2020, 9, 7), "1.0", false);
        nqtYear("ashby", passed, LocalDate.of(2020, 9, 7), "PASS");
        outcome(passed, "PASSED", "2021-07-20", 0);
        // Mid-way with an overdue review: started in January 2026, its spring review signed, its summer review
        // (due 10 working days after 22 July 2026) never written. Returned for correction: its summer FORMAL signed,
        // then returned by the AB with a comment for the tutor and the headteacher to correct.
        LocalDate january = LocalDate.of(2026, 1, 5);
        String midWay = register("ashby", "2345612", "Kofi", "Mensah", "1998-03-21", "ECT", january, "1.0", false);
        signed("ashby", midWay, "PROGRESS_REVIEW", 1, january, "PASS");
        LocalDate september = LocalDate.of(2025, 9, 3);
        String returned = register("ashby", "2345613", "Lena", "Fischer", "1997-10-02", "ECT", september, "1.0", false);
        signed("ashby", returned, "PROGRESS_REVIEW", 1, september, "PASS");
        signed("ashby", returned, "PROGRESS_REVIEW", 2, september, "PASS");
        String formal = submit("ashby", returned, "FORMAL", 3, september, "PASS");
        expect(200, call("POST", "/inductions/" + returned + "/assessments/" + formal + "/sign", token("ashby", "head"),
                null));
        expect(200, call("POST", "/inductions/" + returned + "/assessments/" + formal + "/return",
                tokens.get(ADMIN_EMAIL), body().put("comment", "Please add the evidence observed for TS5.")));

        // Birchwood: part-time, mid-way; a finished ECT induction awaiting the AB's decision.
        String partTime = register("birchwood", "2345605", "Dev", "Patel", "1995-01-19", "ECT", LocalDate.of(2025, 9, 1), "0.5", false);
        signed("birchwood", partTime, "PROGRESS_REVIEW", 1, LocalDate.of(2025, 9, 1), "PASS");
        signed("birchwood", partTime, "PROGRESS_REVIEW", 2, LocalDate.of(2025, 9, 1), "PASS");
        LocalDate twoYearsAgo = LocalDate.of(2024, 9, 2);
        String awaitingDecision = register("birchwood", "2345606", "Erin", "Walsh", "1998-08-08", "ECT", twoYearsAgo, "1.0", false);
        String[] ectKinds = {"PROGRESS_REVIEW", "PROGRESS_REVIEW", "FORMAL", "PROGRESS_REVIEW", "PROGRESS_REVIEW", "FINAL"};
        for (int term = 1; term <= ectKinds.length; term++) {
            signed("birchwood", awaitingDecision, ectKinds[term - 1], term, twoYearsAgo, "PASS");
        }

        // Cedar: extended by the AB; failed. (Outcomes of 2021: their six years of retention run to 2027.)
        String extended = register("cedar", "2345607", "Femi", "Adeyemi", "1994-03-14", "NQT", LocalDate.of(2020, 9, 7), "1.0", false);
        nqtYear("cedar", extended, LocalDate.of(2020, 9, 7), "EXTEND");
        outcome(extended, "EXTENDED", "2021-07-21", 1);
        String failed = register("cedar", "2345608", "Gwen", "Hughes", "1993-12-01", "NQT", LocalDate.of(2020, 9, 7), "1.0", false);
        nqtYear("cedar", failed, LocalDate.of(2020, 9, 7), "FAIL");
        outcome(failed, "FAILED", "2021-07-22", 0);

        // Moves (CONTRACT.md section 6): one left Birchwood at Christmas (LEFT, one term served: Birchwood owes its
        // interim assessment); one left it then, Birchwood wrote and signed the interim, and Cedar continued the
        // induction in January (the same induction, two periods); one the AB closed (left teaching).
        LocalDate autumn = LocalDate.of(2025, 9, 3);
        String leaver = register("birchwood", "2345609", "Hari", "Kumar", "1997-05-05", "ECT", autumn, "1.0", false);
        signed("birchwood", leaver, "PROGRESS_REVIEW", 1, autumn, "PASS");
        leave("birchwood", leaver, "2025-12-19");
        String mover = register("birchwood", "2345610", "Isla", "Murray", "1998-07-07", "ECT", autumn, "1.0", false);
        signed("birchwood", mover, "PROGRESS_REVIEW", 1, autumn, "PASS");
        leave("birchwood", mover, "2025-12-19");
        signed("birchwood", mover, "INTERIM", 1, autumn, "PASS");
        register("cedar", "2345610", "Isla", "Murray", "1998-07-07", "ECT", LocalDate.of(2026, 1, 5), "1.0", false);
        String closed = register("cedar", "2345611", "Jon", "Bell", "1996-09-09", "ECT", LocalDate.of(2024, 9, 2), "1.0",
                false);
        expect(200, call("POST", "/inductions/" + closed + "/close", tokens.get(ADMIN_EMAIL),
                body().put("closeDate", "2025-03-31").put("reason", "LEFT_TEACHING")));

        console.info("demo: the demo Appropriate Body was created in " + (System.nanoTime() - started) / 1_000_000 + " ms"
                + " (3 schools, 13 inductions, term dates of 2025/26 and 2026/27)");
        printLogins(adminEmail, adminPassword);
    }

    private void printLogins(String adminEmail, String adminPassword) {
        console.info("demo: sign in at " + api + "/ as any of these (password " + PASSWORD + ")");
        for (String role : new String[] {"INDUCTION_COORDINATOR", "HEADTEACHER", "INDUCTION_TUTOR", "NQT"}) {
            console.info(String.format("  %-22s %s", role, LOGINS.get(role)));
        }
        console.info(String.format("  %-22s %s%s", "AB_ADMIN", adminEmail,
                adminPassword.equals(PASSWORD) ? "" : " (with the --admin-password given)"));
    }

    // ---------------------------------------------------------------- the steps, through the API

    /** The previous and the current academic year's terms, as a local authority publishes them. */
    private void termDates(int year, String... days) {
        ObjectNode dates = body();
        var terms = dates.putArray("terms");
        String[] names = {"AUTUMN", "SPRING", "SUMMER"};
        for (int i = 0; i < names.length; i++) {
            terms.addObject().put("name", names[i]).put("start", days[2 * i]).put("end", days[2 * i + 1]);
        }
        expect(200, call("PUT", "/term-dates/" + year, tokens.get(ADMIN_EMAIL), dates));
    }

    private void school(String urn, String name, String tag) {
        String admin = tokens.get(ADMIN_EMAIL);
        expect(201, call("POST", "/schools", admin, body().put("urn", urn).put("name", name)));
        String[] staff = STAFF.get(tag);
        String coordinator = user(admin, urn, "coordinator@" + tag + ".demo.example", staff[0], staff[1],
                "INDUCTION_COORDINATOR", null);
        user(coordinator, urn, "head@" + tag + ".demo.example", staff[2], staff[3], "HEADTEACHER", null);
        user(coordinator, urn, "tutor@" + tag + ".demo.example", staff[4], staff[5], "INDUCTION_TUTOR", null);
    }

    /** Each school's coordinator, headteacher and tutor (given and family names). */
    private static final Map<String, String[]> STAFF = Map.of(
            "ashby", new String[] {"Cora", "Clarke", "Hana", "Hussain", "Tom", "Turner"},
            "birchwood", new String[] {"Colin", "Baker", "Helen", "Moss", "Tara", "Singh"},
            "cedar", new String[] {"Chloe", "Davies", "Hugh", "Price", "Tomos", "Rees"});

    /** Provisions a user, gives it the demo password and signs it in once (INVITED becomes ACTIVE). */
    private String user(String provisioner, String urn, String email, String given, String family, String role, String trn) {
        ObjectNode user = body().put("email", email).put("givenName", given).put("familyName", family).put("role", role);
        if (trn != null) {
            user.put("trn", trn);
        }
        expect(201, call("POST", "/schools/" + urn + "/users", provisioner, user));
        stack.createLogin(email, PASSWORD);
        String token = stack.idToken(email, PASSWORD);
        expect(200, call("GET", "/me", token, null));
        tokens.put(email, token);
        return token;
    }

    private String token(String tag, String who) {
        return tokens.get(who + "@" + tag + ".demo.example");
    }

    private String urn(String tag) {
        return switch (tag) {
            case "ashby" -> ASHBY;
            case "birchwood" -> BIRCHWOOD;
            default -> CEDAR;
        };
    }

    private String register(String tag, String trn, String given, String family, String born, String programme,
                            LocalDate start, String fte, boolean withLogin) {
        String tutorId = call("GET", "/me", token(tag, "tutor"), null).json().path("userId").asText();
        String email = given.toLowerCase() + "." + family.toLowerCase() + "@" + tag + ".demo.example";
        ObjectNode registration = body();
        registration.putObject("teacher").put("trn", trn).put("givenName", given).put("familyName", family)
                .put("dateOfBirth", born).put("email", email);
        registration.put("programme", programme).put("startDate", start.toString())
                .put("fte", new java.math.BigDecimal(fte)).put("tutorUserId", tutorId);
        String inductionId = expect(201, call("POST", "/schools/" + urn(tag) + "/inductions",
                token(tag, "coordinator"), registration)).path("inductionId").asText();
        if (withLogin) {
            user(token(tag, "coordinator"), urn(tag), email, given, family, "NQT", trn);
        }
        return inductionId;
    }

    /** The three NQT assessments, each signed; the final's recommendation as given. */
    private void nqtYear(String tag, String inductionId, LocalDate start, String recommendation) {
        signed(tag, inductionId, "TERMLY", 1, start, recommendation);
        signed(tag, inductionId, "TERMLY", 2, start, recommendation);
        signed(tag, inductionId, "FINAL", 3, start, recommendation);
    }

    private void signed(String tag, String inductionId, String kind, int term, LocalDate start, String recommendation) {
        String assessmentId = submit(tag, inductionId, kind, term, start, recommendation);
        expect(200, call("POST", "/inductions/" + inductionId + "/assessments/" + assessmentId + "/sign",
                token(tag, "head"), null));
    }

    private String submit(String tag, String inductionId, String kind, int term, LocalDate start, String recommendation) {
        LocalDate periodStart = start.plusMonths(4L * (term - 1));
        ObjectNode assessment = body().put("kind", kind).put("term", term).put("periodStart", periodStart.toString())
                .put("periodEnd", periodStart.plusMonths(3).toString()).put("daysAbsent", term == 2 ? 3 : 0)
                .put("progress", recommendation.equals("FAIL") ? "UNSATISFACTORY" : "SATISFACTORY")
                .put("summary", "Term " + term + ": planning and behaviour management discussed; targets agreed.");
        if (kind.equals("FINAL") || kind.equals("FORMAL")) {
            ObjectNode standards = assessment.putObject("standards");
            for (String standard : new String[] {"TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8", "PART2"}) {
                standards.putObject(standard).put("rating", recommendation.equals("FAIL") && standard.equals("TS7")
                        ? "NOT_MEETING" : "MEETING").put("comment", "Observed evidence for " + standard + ".");
            }
        }
        if (kind.equals("FINAL")) {
            assessment.put("recommendation", recommendation);
        }
        return expect(201, call("POST", "/inductions/" + inductionId + "/assessments", token(tag, "tutor"), assessment))
                .path("assessmentId").asText();
    }

    /** The school's coordinator records the leaver. */
    private void leave(String tag, String inductionId, String on) {
        expect(200, call("POST", "/inductions/" + inductionId + "/leave", token(tag, "coordinator"),
                body().put("leaveDate", on)));
    }

    private void outcome(String inductionId, String outcome, String date, int extensionTerms) {
        ObjectNode decision = body().put("outcome", outcome).put("outcomeDate", date);
        if (extensionTerms > 0) {
            decision.put("extensionTerms", extensionTerms);
        }
        expect(200, call("POST", "/inductions/" + inductionId + "/outcome", tokens.get(ADMIN_EMAIL), decision));
    }

    // ---------------------------------------------------------------- HTTP

    private record Answer(int status, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("demo: not JSON: " + status);
            }
        }
    }

    private static ObjectNode body() {
        return Json.MAPPER.createObjectNode();
    }

    private static JsonNode expect(int status, Answer answer) {
        if (answer.status() != status) {
            // The API's error code and message only: they never hold personal data.
            JsonNode error = answer.json();
            throw new IllegalStateException("demo: expected " + status + ", got " + answer.status() + " "
                    + error.path("error").asText() + ": " + error.path("message").asText() + " " + error.path("details"));
        }
        return answer.json();
    }

    private Answer call(String method, String path, String token, ObjectNode json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.toString()));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("demo: the local API did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo: interrupted", e);
        }
    }
}
