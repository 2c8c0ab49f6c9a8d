package org.inductionrecords.emulators;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How long an app client's tokens live, read from its template properties with Cognito's defaults: ID and access
 * tokens one hour, refresh tokens 30 days, each value in the unit {@code TokenValidityUnits} names (hours for ID
 * and access tokens, days for refresh tokens when it names none: AWS::Cognito::UserPoolClient TokenValidityUnits).
 * cognito-local would otherwise issue ID tokens for 24 hours.
 */
public record TokenValidity(Duration idToken, Duration accessToken, Duration refreshToken) {

    static TokenValidity of(Map<String, Object> clientProperties) {
        Map<String, Object> units = Template.asMap(clientProperties.get("TokenValidityUnits"));
        return new TokenValidity(
                duration(clientProperties.get("IdTokenValidity"), units.get("IdToken"), "hours", Duration.ofHours(1)),
                duration(clientProperties.get("AccessTokenValidity"), units.get("AccessToken"), "hours",
                        Duration.ofHours(1)),
                duration(clientProperties.get("RefreshTokenValidity"), units.get("RefreshToken"), "days",
                        Duration.ofDays(30)));
    }

    private static Duration duration(Object value, Object unit, String defaultUnit, Duration absent) {
        if (value == null) {
            return absent;
        }
        long amount = Long.parseLong(String.valueOf(value));
        String name = unit == null ? defaultUnit : String.valueOf(unit).toLowerCase(Locale.ROOT);
        return switch (name) {
            case "seconds" -> Duration.ofSeconds(amount);
            case "minutes" -> Duration.ofMinutes(amount);
            case "hours" -> Duration.ofHours(amount);
            case "days" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("TokenValidityUnits: unknown unit '" + unit + "'");
        };
    }
}
