package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.assessment;
import static org.inductionrecords.local.E2eWorld.json;
import static org.inductionrecords.local.E2eWorld.newTrn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inductionrecords.local.E2eWorld.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bulk work and exports end to end, over HTTP through the local stack (CONTRACT.md section 9; DOMAIN.md "Bulk
 * work", "Reporting"): CSV registration and passes, checked row by row with the single routes' rules, nothing
 * written when a row is bad, the error file, idempotent retries; the caseload, TRS and termly-return exports;
 * the assessment PDF.
 */
@Tag("emulators")
class BulkWorkE2eTest {

    static final String HEADER = "TRN,Given name,Family name,Date of birth,Email,Programme,Training programme,"
            + "Start date,FTE,Tutor email\r\n";

    private static final String MESSAGE = "Date of birth must be a real date as YYYY-MM-DD";

    private static RunningStack local;
    private static String admin;
    private static Staff school;
    private static Staff other;

    @BeforeAll
    static void twoSchoolsWithTheirStaff() {
        local = E2eWorld.local();
        admin = local.adminToken();
        school = E2eWorld.staff(local, admin);
        other = E2eWorld.staff(local, admin);
    }

    /** A good NQT row of the registration CSV for the school's tutor. */
    private static String row(String trn, String familyName, String dateOfBirth) {
        return trn + ",Bea,\"" + familyName + "\"," + dateOfBirth + ",,NQT,,2021-06-01,1.0," + school.tutor().email()
                + "\r\n";
    }

    static RunningStack.Response upload(String path, String token, String csv, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(local.apiUrl().resolve(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(csv)).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + token);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return local.send(request.build());
    }

    static RunningStack.Response get(String path, String token) {
        return local.send(HttpRequest.newBuilder(local.apiUrl().resolve(path)).timeout(Duration.ofSeconds(60)).GET()
                .header("Authorization", "Bearer " + token).build());
    }

    private static String bulkPath(Staff at) {
        return "/schools/" + at.urn() + "/inductions/bulk";
    }

    @Test
    void givenThreeGoodRowsThenThreeInductionsAndTheSameFileAgainCreatesNone() {
        String csv = HEADER + row(newTrn(), "Ames", "1990-01-02") + row(newTrn(), "Byrne", "1991-02-03")
                + row(newTrn(), "Cole", "1992-03-04");
        RunningStack.Response first = upload(bulkPath(school), school.coordinator().token(), csv, null);
        assertEquals(201, first.status(), first.body());
        assertEquals(3, first.json().path("created").asInt());
        assertEquals(0, first.json().path("unchanged").asInt());
        assertEquals(3, first.json().path("items").size());

        long items = E2eWorld.tableItems(local);
        RunningStack.Response again = upload(bulkPath(school), school.coordinator().token(), csv, null);
        assertEquals(201, again.status(), again.body());
        assertEquals(0, again.json().path("created").asInt());
        assertEquals(3, again.json().path("unchanged").asInt());
        assertEquals(first.json().path("items"), again.json().path("items"));
        assertEquals(items, E2eWorld.tableItems(local), "the retry wrote nothing");
    }

    @Test
    void givenAnImpossibleDateInRowTwoThen400NamingItAndNothingWritten() {
        String csv = HEADER + row(newTrn(), "Ames", "1990-01-02") + row(newTrn(), "Byrne", "1991-02-30")
                + row(newTrn(), "Cole", "1992-03-04");
        String before = E2eWorld.tableFingerprint(local);
        RunningStack.Response refused = upload(bulkPath(school), school.coordinator().token(), csv, null);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("validation_failed", refused.json().path("error").asText());
        List<String> fields = new ArrayList<>();
        refused.json().path("details").forEach(detail -> fields.add(detail.path("field").asText()));
        assertEquals(List.of("row 2: Date of birth"), fields);
        assertEquals(before, E2eWorld.tableFingerprint(local));
    }

    @Test
    void givenAcceptCsvThenTheErrorFileHasErrorMessageLastAndAMessageOnTheBadRowOnly() {
        String csv = HEADER + row(newTrn(), "Ames", "1990-01-02") + row(newTrn(), "Byrne", "1991-02-30")
                + row(newTrn(), "Cole", "1992-03-04");
        RunningStack.Response refused = upload(bulkPath(school), school.coordinator().token(), csv, "text/csv");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.headers().get("content-type").get(0).startsWith("text/csv"));
        List<String> lines = refused.body().lines().toList();
        assertEquals(HEADER.strip() + ",Error message", lines.get(0));
        assertTrue(lines.get(1).endsWith(","), lines.get(1));
        assertTrue(lines.get(2).endsWith("," + MESSAGE), lines.get(2));
        assertTrue(lines.get(3).endsWith(","), lines.get(3));

        // corrected in place and uploaded again, Error message column and all, it goes in
        String corrected = refused.body().replace("1991-02-30", "1991-02-28").replace("," + MESSAGE, ",");
        RunningStack.Response fixed = upload(bulkPath(school), school.coordinator().token(), corrected, null);
        assertEquals(201, fixed.status(), fixed.body());
        assertEquals(3, fixed.json().path("created").asInt());
    }

    @Test
    void givenOneThousandAndOneRowsOrAWrongHeaderThenRefused() {
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i < 1_001; i++) {
            many.append(String.format("%07d", 9_000_000 + i)).append(",A,B,1990-01-01,,NQT,,2021-06-01,1,t@x.org\r\n");
        }
        RunningStack.Response tooMany = upload(bulkPath(school), school.coordinator().token(), many.toString(), null);
        assertEquals(400, tooMany.status(), tooMany.body());
        assertEquals("body", tooMany.json().path("details").get(0).path("field").asText());

        RunningStack.Response wrongHeader = upload(bulkPath(school), school.coordinator().token(),
                HEADER.replace("Family name", "Surname") + row(newTrn(), "Ames", "1990-01-02"), null);
        assertEquals(400, wrongHeader.status(), wrongHeader.body());
        assertEquals("header", wrongHeader.json().path("details").get(0).path("field").asText());
    }

    @Test
    void givenATutorOrAnotherSchoolsCoordinatorThenRefusedAndNothingWritten() {
        String csv = HEADER + row(newTrn(), "Ames", "1990-01-02");
        String before = E2eWorld.tableFingerprint(local);
        assertEquals(403, upload(bulkPath(school), school.tutor().token(), csv, null).status());
        assertEquals(404, upload(bulkPath(school), other.coordinator().token(), csv, null).status());
        assertEquals(before, E2eWorld.tableFingerprint(local));
    }

    /** An NQT induction registered one by one whose FINAL is submitted and signed: ready for its outcome. */
    private static String readyForOutcome(String trn) {
        String inductionId = E2eWorld.registerTeacher(local, school.coordinator().token(), school.urn(), trn,
                school.tutor().userId());
        RunningStack.Response submitted = local.call("POST", "/inductions/" + inductionId + "/assessments",
                school.tutor().token(), json(assessment("FINAL", 3)));
        assertEquals(201, submitted.status(), submitted.body());
        RunningStack.Response signed = local.call("POST", "/inductions/" + inductionId + "/assessments/T3-FINAL/sign",
                school.headteacher().token(), null);
        assertEquals(200, signed.status(), signed.body());
        return inductionId;
    }

    @Test
    void givenAPassedRowThenTheOutcomeIsRecordedAndTheTrsFeedSaysPassedWithBothDates() {
        String trn = newTrn();
        String inductionId = readyForOutcome(trn);
        String csv = "TRN,Outcome,Outcome date\r\n" + trn + ",PASSED,2022-07-15\r\n";
        RunningStack.Response recorded = upload("/outcomes/bulk", admin, csv, null);
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals(1, recorded.json().path("recorded").asInt());
        assertEquals(inductionId, recorded.json().path("items").get(0).path("inductionId").asText());
        assertEquals("PASSED", local.call("GET", "/inductions/" + inductionId, admin, null).json()
                .path("status").asText());
        RunningStack.Response again = upload("/outcomes/bulk", admin, csv, null);
        assertEquals(1, again.json().path("unchanged").asInt(), again.body());

        RunningStack.Response trs = get("/exports/trs", admin);
        assertEquals(200, trs.status(), trs.body());
        JsonNode entry = null;
        for (JsonNode item : trs.json().path("items")) {
            if (item.path("trn").asText().equals(trn)) {
                entry = item;
            }
        }
        assertEquals("Passed", entry.path("status").asText(), trs.body());
        assertEquals("2021-06-01", entry.path("startDate").asText());
        assertEquals("2022-07-15", entry.path("completedDate").asText());
        assertTrue(get("/exports/trs?since=2100-01-01T00:00:00Z", admin).json().path("items").isEmpty());
    }

    @Test
    void givenAFailedRowThenRefusedAndNothingWritten() {
        String trn = newTrn();
        readyForOutcome(trn);
        String before = E2eWorld.tableFingerprint(local);
        RunningStack.Response refused = upload("/outcomes/bulk", admin,
                "TRN,Outcome,Outcome date\r\n" + trn + ",FAILED,2022-07-15\r\n", null);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("row 1: Outcome", refused.json().path("details").get(0).path("field").asText());
        assertEquals(before, E2eWorld.tableFingerprint(local));
        assertEquals(403, upload("/outcomes/bulk", school.coordinator().token(),
                "TRN,Outcome,Outcome date\r\n" + trn + ",PASSED,2022-07-15\r\n", null).status());
    }

    @Test
    void givenTheCaseloadThenTheContractsHeaderOwnSchoolOnlyAndFormulasDefused() {
        String trn = newTrn();
        RunningStack.Response created = upload(bulkPath(school), school.coordinator().token(),
                HEADER + row(trn, "=HYPERLINK(\"\"http://evil\"\")", "1990-01-02"), null);
        assertEquals(201, created.status(), created.body());
        String otherTrn = newTrn();
        E2eWorld.registerTeacher(local, other.coordinator().token(), other.urn(), otherTrn, other.tutor().userId());

        RunningStack.Response caseload = get("/exports/caseload.csv", school.coordinator().token());
        assertEquals(200, caseload.status(), caseload.body());
        assertEquals("TRN,Given name,Family name,Date of birth,School URN,Programme,Training programme,Start date,"
                + "FTE,Terms served,Terms required,Status,Next assessment due,Overdue,Outcome,Outcome date",
                caseload.body().lines().findFirst().orElseThrow());
        assertTrue(caseload.body().lines().skip(1).allMatch(line -> line.contains("," + school.urn() + ",")));
        assertFalse(caseload.body().contains(otherTrn));
        String line = caseload.body().lines().filter(l -> l.startsWith(trn)).findFirst().orElseThrow();
        assertTrue(line.contains(",\"'=HYPERLINK("), line);

        RunningStack.Response all = get("/exports/caseload.csv", admin);
        assertTrue(all.body().contains(otherTrn) && all.body().contains(trn));
        assertEquals(403, get("/exports/caseload.csv", school.tutor().token()).status());
    }

    @Test
    void givenATermWithoutDatesThenItsReturnIs409() {
        RunningStack.Response none = get("/exports/termly-return.csv?academicYear=2090&term=SPRING", admin);
        assertEquals(409, none.status(), none.body());
        assertEquals(403, get("/exports/termly-return.csv?academicYear=2090&term=SPRING",
                school.coordinator().token()).status());
    }

    /** The AB's term dates of 2020/21, as RemindersE2eTest records them too (the two share the stack's table). */
    private static void termDatesOf2020() {
        RunningStack.Response recorded = local.call("PUT", "/term-dates/2020", admin, json(Map.of("terms", List.of(
                Map.of("name", "AUTUMN", "start", "2020-09-02", "end", "2020-12-18"),
                Map.of("name", "SPRING", "start", "2021-01-04", "end", "2021-03-26"),
                Map.of("name", "SUMMER", "start", "2021-04-12", "end", "2021-07-21")))));
        assertEquals(200, recorded.status(), recorded.body());
    }

    @Test
    void givenATermWithDatesThenItsReturnListsTheStartsInIt() {
        termDatesOf2020();
        String trn = newTrn();
        E2eWorld.registerTeacher(local, school.coordinator().token(), school.urn(), trn, school.tutor().userId());
        RunningStack.Response summer = get("/exports/termly-return.csv?academicYear=2020&term=SUMMER", admin);
        assertEquals(200, summer.status(), summer.body());
        assertTrue(summer.body().startsWith("TRN,Given name,Family name,Date of birth,Event,Date,Terms served,School URN"));
        assertTrue(summer.body().contains(trn + ",Ada,Lovelace,1995-12-10,STARTED,2021-06-01,"), summer.body());
    }

    @Test
    void givenATeacherWhoLeavesAndOneWhoseInductionIsClosedInTheTermThenItsReturnListsBothAsLeavers() {
        // given two teachers who started in the summer term of 2020/21: one leaves the school, one is closed
        termDatesOf2020();
        String leaver = newTrn();
        String leaverId = E2eWorld.registerTeacher(local, school.coordinator().token(), school.urn(), leaver,
                school.tutor().userId());
        RunningStack.Response left = local.call("POST", "/inductions/" + leaverId + "/leave",
                school.coordinator().token(), json(Map.of("leaveDate", "2021-07-09")));
        assertEquals(200, left.status(), left.body());
        String closed = newTrn();
        String closedId = E2eWorld.registerTeacher(local, school.coordinator().token(), school.urn(), closed,
                school.tutor().userId());
        RunningStack.Response close = local.call("POST", "/inductions/" + closedId + "/close", admin,
                json(Map.of("closeDate", "2021-07-15", "reason", "LEFT_TEACHING")));
        assertEquals(200, close.status(), close.body());

        // when the AB exports that term's return
        RunningStack.Response summer = get("/exports/termly-return.csv?academicYear=2020&term=SUMMER", admin);

        // then each is a leaver on their last day, beside their start, with the school they left
        assertEquals(200, summer.status(), summer.body());
        for (String[] expected : new String[][] {{leaver, "2021-07-09"}, {closed, "2021-07-15"}}) {
            List<String> rows = summer.body().lines().filter(line -> line.startsWith(expected[0] + ",")).toList();
            assertEquals(2, rows.size(), summer.body());
            assertTrue(rows.get(0).contains(",STARTED,2021-06-01,"), rows.toString());
            assertTrue(rows.get(1).startsWith(expected[0] + ",Ada,Lovelace,1995-12-10,LEFT," + expected[1] + ",")
                    && rows.get(1).endsWith("," + school.urn()), rows.toString());
        }
        assertFalse(get("/exports/termly-return.csv?academicYear=2020&term=SPRING", admin).body()
                .contains(leaver), "nothing of theirs in another term");
    }

    @Test
    void givenTheCaseloadThenNextAssessmentDueAndOverdueAreTheSchedulesFirstPointNotWritten() {
        // given the summer of 2020/21 dated: one teacher's first review overdue, another's written
        termDatesOf2020();
        String overdue = newTrn();
        String overdueId = E2eWorld.registerTeacher(local, school.coordinator().token(), school.urn(), overdue,
                school.tutor().userId());
        String written = newTrn();
        String writtenId = E2eWorld.registerTeacher(local, school.coordinator().token(), school.urn(), written,
                school.tutor().userId());
        RunningStack.Response submitted = local.call("POST", "/inductions/" + writtenId + "/assessments",
                school.tutor().token(), json(assessment("TERMLY", 1)));
        assertEquals(201, submitted.status(), submitted.body());

        // when the coordinator exports the caseload
        RunningStack.Response caseload = get("/exports/caseload.csv", school.coordinator().token());
        assertEquals(200, caseload.status(), caseload.body());

        // then each row's two columns say what GET /inductions/{id}/schedule says of its first point not done
        for (String[] teacher : new String[][] {{overdue, overdueId}, {written, writtenId}}) {
            String[] cells = caseload.body().lines().filter(line -> line.startsWith(teacher[0] + ",")).findFirst()
                    .orElseThrow().split(",", -1);
            JsonNode next = null;
            for (JsonNode point : local.call("GET", "/inductions/" + teacher[1] + "/schedule", admin, null).json()
                    .path("items")) {
                if (next == null && !point.path("status").asText().equals("DONE")) {
                    next = point;
                }
            }
            assertEquals(next.path("dueDate").asText(""), cells[12], "Next assessment due of " + teacher[0]);
            assertEquals(next.path("status").asText().equals("OVERDUE") ? "YES" : "NO", cells[13], "Overdue");
        }
        String[] overdueCells = caseload.body().lines().filter(line -> line.startsWith(overdue + ",")).findFirst()
                .orElseThrow().split(",", -1);
        assertEquals("YES", overdueCells[13], "term 1 was due 10 working days after 2021-07-21");
        assertEquals("2021-08-04", overdueCells[12]);
    }

    @Test
    void givenARowOfATeacherWhoLeftAnotherSchoolThenItContinuesTheSameInductionAndItsRetryIsUnchanged() {
        // given a teacher who left the first school
        String trn = newTrn();
        String inductionId = E2eWorld.registerTeacher(local, school.coordinator().token(), school.urn(), trn,
                school.tutor().userId());
        RunningStack.Response left = local.call("POST", "/inductions/" + inductionId + "/leave",
                school.coordinator().token(), json(Map.of("leaveDate", "2021-07-09")));
        assertEquals(200, left.status(), left.body());
        String path = "/schools/" + other.urn() + "/inductions/bulk";

        // when the other school uploads them with another date of birth, then with theirs
        String before = E2eWorld.tableFingerprint(local);
        RunningStack.Response otherPerson = upload(path, other.coordinator().token(), HEADER + trn
                + ",Ada,Lovelace,1995-12-11,,NQT,,2021-08-02,1.0," + other.tutor().email() + "\r\n", null);
        assertEquals(400, otherPerson.status(), otherPerson.body());
        assertEquals("row 1: Date of birth", otherPerson.json().path("details").get(0).path("field").asText());
        assertEquals(before, E2eWorld.tableFingerprint(local));
        String csv = HEADER + trn + ",Ada,Lovelace,1995-12-10,,NQT,,2021-08-02,1.0," + other.tutor().email() + "\r\n";
        RunningStack.Response continued = upload(path, other.coordinator().token(), csv, null);

        // then it is the same induction, in progress at the other school in a second period
        assertEquals(201, continued.status(), continued.body());
        assertEquals(1, continued.json().path("created").asInt());
        assertEquals(inductionId, continued.json().path("items").get(0).path("inductionId").asText());
        JsonNode induction = local.call("GET", "/inductions/" + inductionId, admin, null).json();
        assertEquals("IN_PROGRESS", induction.path("status").asText());
        assertEquals(other.urn(), induction.path("schoolUrn").asText());
        assertEquals(2, induction.path("periods").size());

        // and the same file again changes nothing
        long items = E2eWorld.tableItems(local);
        RunningStack.Response again = upload(path, other.coordinator().token(), csv, null);
        assertEquals(201, again.status(), again.body());
        assertEquals(0, again.json().path("created").asInt());
        assertEquals(1, again.json().path("unchanged").asInt());
        assertEquals(inductionId, again.json().path("items").get(0).path("inductionId").asText());
        assertEquals(items, E2eWorld.tableItems(local));
    }

    private static java.net.http.HttpResponse<byte[]> bytes(String path, String token, String accept) {
        HttpRequest request = HttpRequest.newBuilder(local.apiUrl().resolve(path)).GET()
                .header("Authorization", "Bearer " + token).header("Accept", accept).build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenAnAssessmentThenItsPdfNamesTheTeacherAndTheTrnInTheJsonsScope() throws IOException {
        String trn = newTrn();
        String inductionId = readyForOutcome(trn);
        String path = "/inductions/" + inductionId + "/assessments/T3-FINAL/pdf";
        java.net.http.HttpResponse<byte[]> pdf = bytes(path, school.headteacher().token(), "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("content-type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ada Lovelace"), text);
            assertTrue(text.contains(trn), text);
            assertTrue(text.contains("TS8: MEETING"), text);
        }
        assertEquals(404, get(path, other.coordinator().token()).status());
    }

    /**
     * API Gateway's rule for a REST API's binary media types, which the local stack applies from the template: the
     * base64 body becomes bytes only when the request's first Accept type is declared binary (application/pdf);
     * a client that asks for anything ({@code *}{@code /*}, a browser's fetch by default) gets the base64 text.
     */
    @Test
    void givenThePdfAskedForWithoutAcceptingPdfFirstThenTheGatewaySendsItsBase64Text() {
        String inductionId = readyForOutcome(newTrn());
        String path = "/inductions/" + inductionId + "/assessments/T3-FINAL/pdf";
        byte[] asPdf = bytes(path, school.headteacher().token(), "application/pdf").body();
        java.net.http.HttpResponse<byte[]> anything = bytes(path, school.headteacher().token(), "*/*");
        assertEquals(200, anything.statusCode());
        String text = new String(anything.body(), java.nio.charset.StandardCharsets.US_ASCII);
        assertFalse(text.startsWith("%PDF-"), "not the bytes");
        assertTrue(new String(java.util.Base64.getDecoder().decode(text), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"), "the base64 of the PDF");
        assertTrue(new String(asPdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }
}
