package org.inductionrecords.assessments;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;

/** A school with its staff, and request bodies as a client would send them. */
final class Fixtures {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    /** An NQT induction starts before September 2021; these dates keep every period in the past. */
    static final LocalDate NQT_START = LocalDate.of(2021, 6, 1);
    static final LocalDate ECT_START = LocalDate.of(2023, 9, 4);

    private Fixtures() {
    }

    static String newUrn() {
        return String.format("%06d", 100_000 + NEXT.incrementAndGet() % 900_000);
    }

    static String newTrn() {
        return String.format("%07d", 1_000_000 + NEXT.incrementAndGet() % 9_000_000);
    }

    record School(String urn, User coordinator, User headteacher, User tutor) {
    }

    static School school(TestApi api) {
        String urn = newUrn();
        api.school(urn);
        return new School(urn, api.user(Role.INDUCTION_COORDINATOR, urn), api.user(Role.HEADTEACHER, urn),
                api.user(Role.INDUCTION_TUTOR, urn));
    }

    static Map<String, Object> registration(String trn, String programme, LocalDate start, String tutorUserId) {
        Map<String, Object> teacher = new LinkedHashMap<>();
        teacher.put("trn", trn);
        teacher.put("givenName", "Ada");
        teacher.put("familyName", "Lovelace");
        teacher.put("dateOfBirth", "1995-12-10");
        teacher.put("email", "ada." + trn + "@example.org");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("teacher", teacher);
        body.put("programme", programme);
        body.put("startDate", start.toString());
        body.put("fte", 1.0);
        body.put("tutorUserId", tutorUserId);
        return body;
    }

    static Map<String, Object> standards(String rating) {
        Map<String, Object> standards = new LinkedHashMap<>();
        for (String name : new String[] {"TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8", "PART2"}) {
            standards.put(name, Map.of("rating", rating, "comment", "Evidence for " + name));
        }
        return standards;
    }

    /** A complete, valid body for this kind and term: standards where required, recommendation on FINAL. */
    static Map<String, Object> assessment(String kind, int term, LocalDate programmeStart) {
        LocalDate periodStart = programmeStart.plusMonths(4L * (term - 1));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("term", term);
        body.put("periodStart", periodStart.toString());
        body.put("periodEnd", periodStart.plusMonths(3).toString());
        body.put("daysAbsent", 2);
        body.put("progress", "SATISFACTORY");
        if (kind.equals("FORMAL") || kind.equals("FINAL")) {
            body.put("standards", standards("MEETING"));
        }
        if (kind.equals("FINAL")) {
            body.put("recommendation", "PASS");
        }
        body.put("summary", "Good progress this term.\nTargets agreed.");
        return body;
    }
}
