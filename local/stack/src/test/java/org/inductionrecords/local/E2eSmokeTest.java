package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The smallest end-to-end path: the bootstrap admin signs in and reads itself. */
class E2eSmokeTest {

    @Test
    void theBootstrapAdminReadsItself() {
        RunningStack local = RunningStack.get();
        assumeTrue(local.adminReady(), "BootstrapAdminFunction is not implemented yet");
        RunningStack.Response me = local.call("GET", "/me", local.adminToken(), null);
        assumeTrue(me.status() != 501, "UsersFunction is not implemented yet");
        assertEquals(200, me.status(), me.body());
        assertEquals(RunningStack.ADMIN_EMAIL, me.json().get("email").asText());
        assertEquals("AB_ADMIN", me.json().get("role").asText());
    }
}
