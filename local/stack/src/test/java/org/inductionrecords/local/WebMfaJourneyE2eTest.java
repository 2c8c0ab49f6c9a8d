package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two-factor sign-in for AB admins (CONTRACT.md section 10) in the browser: web/test/journeys/95-admin-mfa.mjs
 * against a local stack of its own started with {@code --require-admin-mfa} (the shared {@link RunningStack}, and so
 * {@link WebJourneyE2eTest}, leaves the rule off). The admin is sent to set up TOTP, scans nothing but reads the key
 * the page shows, types the codes computed from it and signs in again with a code; axe-core checks each state.
 */
@Tag("emulators")
class WebMfaJourneyE2eTest {

    private static final String ADMIN_EMAIL = "web.mfa.admin@example.org";
    private static final String ADMIN_PASSWORD = "Web-Mfa-Admin-Passw0rd!";

    private static SeparateStack stack;

    @BeforeAll
    static void theBrowserTheBuiltSiteAndAStackWithTheRuleOn() throws Exception {
        WebJourneyE2eTest.theBrowserAndTheBuiltSiteAreThere();
        stack = SeparateStack.start("webmfa", ADMIN_EMAIL, ADMIN_PASSWORD, "--require-admin-mfa");
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anAbAdminSetsUpTwoFactorSignInOnThePageAndIsAskedForTheCodeAtTheNextSignIn() throws Exception {
        String output = WebJourneyE2eTest.run(List.of("node", "test/journey.mjs", stack.outputs().get("ApiUrl").asText(),
                ADMIN_EMAIL, ADMIN_PASSWORD, WebJourneyE2eTest.SCREENSHOTS.toString()), Map.of("JOURNEYS", "95"), 300);

        assertTrue(output.contains("journey passed"), output);
        assertTrue(output.contains("95-admin-mfa.mjs passed"), output);
        assertTrue(Files.size(WebJourneyE2eTest.SCREENSHOTS.resolve("ab-admin-mfa-setup.png")) > 0, "set-up screenshot");
    }
}
