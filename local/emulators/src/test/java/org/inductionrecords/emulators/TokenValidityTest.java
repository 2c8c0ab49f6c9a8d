package org.inductionrecords.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenValidityTest {

    @Test
    void theTemplatesValuesAreReadInTheirUnits() {
        TokenValidity validity = TokenValidity.of(Map.of("IdTokenValidity", 60, "AccessTokenValidity", 5,
                "RefreshTokenValidity", 12,
                "TokenValidityUnits", Map.of("IdToken", "minutes", "AccessToken", "minutes", "RefreshToken", "hours")));
        assertEquals(new TokenValidity(Duration.ofMinutes(60), Duration.ofMinutes(5), Duration.ofHours(12)), validity);
    }

    @Test
    void whatTheTemplateLeavesOutIsCognitosDefault() {
        // Cognito: one hour for ID and access tokens, 30 days for refresh tokens; a value without a unit is in
        // hours (ID, access) or days (refresh)
        assertEquals(new TokenValidity(Duration.ofHours(1), Duration.ofHours(1), Duration.ofDays(30)),
                TokenValidity.of(Map.of()));
        assertEquals(new TokenValidity(Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(7)),
                TokenValidity.of(Map.of("IdTokenValidity", 2, "RefreshTokenValidity", 7)));
    }
}
