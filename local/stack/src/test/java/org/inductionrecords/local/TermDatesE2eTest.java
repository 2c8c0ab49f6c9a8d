package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.inductionrecords.local.E2eWorld.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The AB records each academic year's term dates; every role reads them (contract section 7). */
@Tag("emulators")
class TermDatesE2eTest {

    private static RunningStack local;
    private static Staff school;

    @BeforeAll
    static void aSchool() {
        local = E2eWorld.local();
        school = E2eWorld.staff(local, local.adminToken());
    }

    private static String year(String autumnEnd) {
        return json(Map.of("terms", List.of(
                Map.of("name", "AUTUMN", "start", "2025-09-03", "end", autumnEnd),
                Map.of("name", "SPRING", "start", "2026-01-05", "end", "2026-03-27"),
                Map.of("name", "SUMMER", "start", "2026-04-13", "end", "2026-07-22"))));
    }

    @Test
    void theAbRecordsAYearsTermsACoordinatorMayNotAndABadTermIsRefusedNamingIt() {
        long items = E2eWorld.tableItems(local);

        RunningStack.Response coordinator = local.call("PUT", "/term-dates/2025", school.coordinator().token(),
                year("2025-12-19"));
        RunningStack.Response backwards = local.call("PUT", "/term-dates/2025", local.adminToken(), year("2025-08-01"));

        assertEquals(403, coordinator.status(), coordinator.body());
        assertEquals(400, backwards.status(), backwards.body());
        assertEquals("terms[0].end", backwards.json().path("details").path(0).path("field").asText());
        assertEquals(items, E2eWorld.tableItems(local), "nothing written");

        RunningStack.Response recorded = local.call("PUT", "/term-dates/2025", local.adminToken(), year("2025-12-19"));
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals("2025-12-19", recorded.json().path("terms").path(0).path("end").asText());

        // a correction replaces the year whole; the tutor reads it
        assertEquals(200, local.call("PUT", "/term-dates/2025", local.adminToken(), year("2025-12-18")).status());
        JsonNode listed = local.call("GET", "/term-dates", school.tutor().token(), null).json();
        JsonNode year2025 = null;
        for (JsonNode year : listed.path("items")) {
            if (year.path("academicYear").asInt() == 2025) {
                year2025 = year;
            }
        }
        assertEquals("2025-12-18", year2025.path("terms").path(0).path("end").asText(), listed.toString());
    }
}
