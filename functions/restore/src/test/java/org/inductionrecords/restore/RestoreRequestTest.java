package org.inductionrecords.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inductionrecords.json.Json;
import org.inductionrecords.store.backup.BackupSite;
import org.junit.jupiter.api.Test;

class RestoreRequestTest {

    @Test
    void aCompleteRequestIsRead() {
        RestoreRequest request = RestoreRequest.parse(Json.tree(
                "{\"backupId\":\"20261122T180000Z\",\"site\":\"secondary\",\"targetTable\":\"x-restore-1\",\"dryRun\":true}"));
        assertEquals(new RestoreRequest("20261122T180000Z", BackupSite.SECONDARY, "x-restore-1", true), request);
    }

    @Test
    void dryRunIsOptionalAndOffByDefault() {
        assertEquals(false, RestoreRequest.parse(Json.tree(
                "{\"backupId\":\"20261122T180000Z\",\"site\":\"primary\",\"targetTable\":\"x-restore-1\"}")).dryRun());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        RestoreRefused refused = assertThrows(RestoreRefused.class, () -> RestoreRequest.parse(Json.tree(
                "{\"backupId\":\"../x\",\"site\":\"tertiary\",\"targetTable\":\"a b\",\"dryRun\":\"yes\"}")));
        for (String field : new String[] {"backupId", "site", "targetTable", "dryRun"}) {
            assertTrue(refused.getMessage().contains(field), refused.getMessage());
        }
        assertThrows(RestoreRefused.class, () -> RestoreRequest.parse(Json.tree("{}")));
    }
}
