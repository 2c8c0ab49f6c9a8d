package org.inductionrecords.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.inductionrecords.testing.RoundTrips;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The SnapStart priming hook exercises the table before the snapshot and writes nothing to it. */
@Tag("emulators")
class SnapStartPrimingTest {

    @Test
    void primingReadsTheTableAndWritesNothing() throws Exception {
        TestApi api = new TestApi("assessments-priming");
        Fixtures.School school = Fixtures.school(api);
        long itemsBefore = api.itemCount();

        RoundTrips.reset();
        api.handler.priming().beforeCheckpoint(null);
        api.handler.priming().afterRestore(null);

        assertTrue(RoundTrips.dynamoDb() >= 1, "the DynamoDB client made its first call: " + RoundTrips.counts());
        assertTrue(Set.of("GetItem", "BatchGetItem", "Query").containsAll(RoundTrips.operationsOf("DynamoDb").keySet()),
                "reads only: " + RoundTrips.operationsOf("DynamoDb"));
        assertEquals(itemsBefore, api.itemCount(), "no item written (no audit event either)");
        assertEquals(200, api.get(school.coordinator(), "/schools/" + school.urn() + "/inductions").status(),
                "the handler answers as before");
    }
}
