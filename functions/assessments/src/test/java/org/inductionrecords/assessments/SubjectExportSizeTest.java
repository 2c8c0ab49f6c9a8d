package org.inductionrecords.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.user.User;
import org.inductionrecords.store.AuditItems;
import org.inductionrecords.store.Batches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Every read is audited, so a record read every day for years holds thousands of read events; the right of
 * access must still answer inside Lambda's 6 MB response, however long the record lives.
 */
@Tag("emulators")
class SubjectExportSizeTest {

    private static final int READS = 20_000;

    @Test
    void aTeachersExportAfterTwentyThousandReadsStaysFarInsideLambdasResponseLimit() {
        // given a teacher whose induction its tutor has read 20,000 times over 200 school days: the last 100 reads
        // through the function, the audit events of the earlier 19,900 written as those reads wrote them
        TestApi api = new TestApi("export-size");
        Fixtures.School school = Fixtures.school(api);
        String trn = Fixtures.newTrn();
        String inductionId = api.post(school.coordinator(), "/schools/" + school.urn() + "/inductions",
                Fixtures.registration(trn, "NQT", Fixtures.NQT_START, school.tutor().userId())).text("inductionId");
        User teacher = api.nqt(school.urn(), trn);
        Instant first = Instant.now().minusSeconds(86_400L * 200);
        List<WriteRequest> earlier = new ArrayList<>();
        for (int i = 0; i < READS - 100; i++) {
            AuditEvent read = AuditEvent.of(first.plusSeconds(86_400L * (i / 100) + 60L * (i % 100)),
                    school.tutor().userId(), "INDUCTION_READ", "INDUCTION", inductionId, Optional.of("192.0.2.7"),
                    Map.of("schoolUrn", school.urn()));
            earlier.add(WriteRequest.builder().putRequest(PutRequest.builder().item(AuditItems.toItem(read)).build()).build());
        }
        for (int from = 0; from < earlier.size(); from += Batches.MAX_WRITE) {
            Batches.writeAll(api.dynamo, api.stack.tableName(), earlier.subList(from, Math.min(from + Batches.MAX_WRITE, earlier.size())));
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(200, api.get(school.tutor(), "/inductions/" + inductionId).status());
        }

        // when the teacher asks for a copy of its data
        long started = System.nanoTime();
        TestApi.Response export = api.get(teacher, "/me/export");
        long millis = (System.nanoTime() - started) / 1_000_000;

        // then every read is accounted for, one line per day, and the answer is a few tens of KB
        assertEquals(200, export.status(), export::toString);
        int bytes = export.body().getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("subject export after %,d reads: %,d bytes, %d read lines, in %d ms%n", READS, bytes,
                export.json().path("inductions").path(0).path("reads").size(), millis);
        int counted = 0;
        for (JsonNode line : export.json().path("inductions").path(0).path("reads")) {
            assertEquals("INDUCTION_READ", line.path("action").asText());
            counted += line.path("count").asInt();
        }
        assertEquals(READS, counted);
        assertTrue(export.json().path("inductions").path(0).path("reads").size() <= 201);
        assertTrue(bytes < 200_000, bytes + " bytes");
    }
}
