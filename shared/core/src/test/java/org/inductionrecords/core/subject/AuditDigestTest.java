package org.inductionrecords.core.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/** A subject access export's trail: every change in full, reads summarised per day, reader, action and record. */
class AuditDigestTest {

    private static AuditEvent event(String at, String actor, String action) {
        return AuditEvent.of(Instant.parse(at), actor, action, "INDUCTION", "i-1", Optional.of("192.0.2.1"), Map.of());
    }

    @Test
    void twentyThousandReadsOnOneDayAreOneLineAndChangesStayWhole() {
        // given a registration, 20,000 reads by one tutor on one day and a signature
        List<AuditEvent> trail = new ArrayList<>();
        trail.add(event("2025-09-01T08:00:00Z", "coordinator", "INDUCTION_REGISTERED"));
        for (int i = 0; i < 20_000; i++) {
            trail.add(event(Instant.parse("2025-09-02T07:00:00Z").plusMillis(i).toString(), "tutor", "INDUCTION_READ"));
        }
        trail.add(event("2025-09-03T08:00:00Z", "headteacher", "ASSESSMENT_SIGNED"));

        // when digested
        AuditDigest digest = AuditDigest.of(trail);

        // then
        assertEquals(List.of("INDUCTION_REGISTERED", "ASSESSMENT_SIGNED"), digest.changes().stream().map(AuditEvent::action).toList());
        assertEquals(1, digest.reads().size());
        AuditDigest.ReadSummary reads = digest.reads().get(0);
        assertEquals(20_000, reads.count());
        assertEquals(LocalDate.of(2025, 9, 2), reads.day());
        assertEquals(Instant.parse("2025-09-02T07:00:00Z"), reads.firstAt());
        assertEquals(Instant.parse("2025-09-02T07:00:19.999Z"), reads.lastAt());
    }

    @Test
    void readsAreSummarisedPerLondonDayReaderAndAction() {
        List<AuditEvent> trail = List.of(
                event("2025-06-30T22:30:00Z", "tutor", "INDUCTION_READ"),    // 23:30 on 30 June in London
                event("2025-06-30T23:30:00Z", "tutor", "INDUCTION_READ"),    // 00:30 on 1 July in London
                event("2025-07-01T09:00:00Z", "tutor", "ASSESSMENT_READ"),
                event("2025-07-01T10:00:00Z", "headteacher", "INDUCTION_READ"),
                event("2025-07-01T11:00:00Z", "tutor", "INDUCTION_READ"),
                event("2025-07-01T12:00:00Z", "ab-admin", "SUBJECT_EXPORTED"),
                event("2025-07-01T12:00:00Z", "ab-admin", "LISTED"));

        AuditDigest digest = AuditDigest.of(trail);

        assertEquals(List.of(), digest.changes());
        assertEquals(List.of("2025-06-30 tutor INDUCTION_READ 1", "2025-07-01 tutor INDUCTION_READ 2",
                        "2025-07-01 tutor ASSESSMENT_READ 1", "2025-07-01 headteacher INDUCTION_READ 1",
                        "2025-07-01 ab-admin SUBJECT_EXPORTED 1", "2025-07-01 ab-admin LISTED 1"),
                digest.reads().stream().map(r -> r.day() + " " + r.actorUserId() + " " + r.action() + " " + r.count()).toList());
    }
}
