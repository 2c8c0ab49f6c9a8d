package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The smallest end-to-end path: the bootstrap admin signs in and reads itself. */
@Tag("emulators")
class E2eSmokeTest {

    @Test
    void theBootstrapAdminReadsItself() {
        // given the stack's bootstrap admin, when it reads GET /me with its own ID token
        RunningStack local = RunningStack.get();
        RunningStack.Response me = local.call("GET", "/me", local.adminToken(), null);

        // then it is the AB_ADMIN the stack created
        assertEquals(200, me.status(), me.body());
        assertEquals(RunningStack.ADMIN_EMAIL, me.json().get("email").asText());
        assertEquals("AB_ADMIN", me.json().get("role").asText());
    }
}
