package org.inductionrecords.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API Gateway's Cognito user-pool authorizer, emulated: the {@code Authorization} header carries an ID token
 * (raw, or after {@code Bearer }), signed RS256 by the key its {@code kid} names in the pool's JWKS, unexpired,
 * issued by the pool, for the pool's app client, with {@code token_use=id}. Its times must be ones Cognito could
 * have written: issued ({@code iat}) and valid from ({@code nbf}) no later than now, and living ({@code exp - iat})
 * no longer than the app client's ID token validity, each give or take {@link #CLOCK_SKEW}. The claims then reach
 * the function as strings, the way API Gateway passes them.
 *
 * <p>A token that passed every check is remembered (by its exact text) until it expires: its signature and
 * claims cannot change, so a client's next requests skip the RS256 check, the local API's largest own cost per
 * request (docs/PERFORMANCE.md). Expiry is checked on every use, remembered or not; a suspended user is refused
 * by the functions, which read the user's record on every request.
 */
final class CognitoAuthorizer {

    /** Rejection of a request; the message says why, for the stack's console only. */
    static final class Unauthorized extends Exception {
        Unauthorized(String message) {
            super(message);
        }
    }

    /** API Gateway writes time claims like this (e.g. "Sun Nov 22 19:00:00 UTC 2026"). */
    private static final DateTimeFormatter CLAIM_TIME =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final List<String> TIME_CLAIMS = List.of("exp", "iat", "auth_time", "nbf");

    private final URI jwksUri;
    private final String issuer;
    private final String clientId;
    private final Duration idTokenValidity;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile JWKSet keys;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /**
     * How far a token's {@code iat} and {@code nbf} may be ahead of this clock, and its life past the validity: the
     * JWT rules allow "some small leeway, usually no more than a few minutes, to account for clock skew"
     * (RFC 7519, 4.1.4 and 4.1.5); a minute covers cognito-local and this JVM on one machine.
     */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** Enough for every token of a busy local stack; beyond it the memory starts afresh. */
    static final int REMEMBERED_TOKENS = 10_000;

    private record Verified(Instant expiry, Map<String, String> claims) {
    }

    /** {@code idTokenValidity}: the app client's IdTokenValidity, the longest life of a token the pool issues. */
    CognitoAuthorizer(URI jwksUri, String issuer, String clientId, Duration idTokenValidity, Clock clock) {
        this.jwksUri = jwksUri;
        this.issuer = issuer;
        this.clientId = clientId;
        this.idTokenValidity = idTokenValidity;
        this.clock = clock;
    }

    /** The verified claims of the request's token, as strings. */
    Map<String, String> authorize(String authorizationHeader) throws Unauthorized {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new Unauthorized("no Authorization header");
        }
        String token = authorizationHeader.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        Verified known = verified.get(token);
        if (known != null) {
            if (!known.expiry().isAfter(clock.instant())) {
                verified.remove(token);
                throw new Unauthorized("token expired");
            }
            return new LinkedHashMap<>(known.claims());
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Unauthorized("not a signed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new Unauthorized("algorithm " + jwt.getHeader().getAlgorithm() + " is not RS256");
        }
        verifySignature(jwt);
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(clock.instant())) {
            throw new Unauthorized("token expired");
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new Unauthorized("issuer is not this pool");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(clientId)) {
            throw new Unauthorized("audience is not this pool's client");
        }
        if (!"id".equals(claims.getClaim("token_use"))) {
            throw new Unauthorized("not an ID token");
        }
        checkTimes(claims, expiry.toInstant());
        Map<String, String> strings = asStrings(claims);
        if (verified.size() >= REMEMBERED_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(expiry.toInstant(), Collections.unmodifiableMap(new LinkedHashMap<>(strings))));
        return strings;
    }

    /** Times no token of the pool could carry: from the future, or a life longer than the pool gives. */
    private void checkTimes(JWTClaimsSet claims, Instant expiry) throws Unauthorized {
        Instant latest = clock.instant().plus(CLOCK_SKEW);
        Date issued = claims.getIssueTime();
        if (issued == null) {
            throw new Unauthorized("no iat");
        }
        if (issued.toInstant().isAfter(latest)) {
            throw new Unauthorized("issued in the future (iat " + issued.toInstant() + ")");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().isAfter(latest)) {
            throw new Unauthorized("not valid yet (nbf " + notBefore.toInstant() + ")");
        }
        if (Duration.between(issued.toInstant(), expiry).compareTo(idTokenValidity.plus(CLOCK_SKEW)) > 0) {
            throw new Unauthorized("lives longer than the pool's ID token validity of " + idTokenValidity);
        }
    }

    private void verifySignature(SignedJWT jwt) throws Unauthorized {
        String keyId = jwt.getHeader().getKeyID();
        if (keyId == null) {
            throw new Unauthorized("no kid: Cognito names the signing key of every token");
        }
        RSAKey key = key(keyId, false);
        if (key == null) {
            key = key(keyId, true);   // the pool may have a key we have not seen; fetch once more
        }
        if (key == null) {
            throw new Unauthorized("signing key " + keyId + " is not in the pool's JWKS");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new Unauthorized("bad signature");
            }
        } catch (JOSEException e) {
            throw new Unauthorized("signature check failed: " + e.getMessage());
        }
    }

    private RSAKey key(String keyId, boolean refresh) throws Unauthorized {
        JWKSet set = keys;
        if (set == null || refresh) {
            set = fetchKeys();
            keys = set;
        }
        JWK jwk = set.getKeyByKeyId(keyId);
        return jwk instanceof RSAKey rsa ? rsa : null;
    }

    private JWKSet fetchKeys() throws Unauthorized {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(jwksUri).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Unauthorized("JWKS answered " + response.statusCode());
            }
            return JWKSet.parse(response.body());
        } catch (IOException | ParseException e) {
            throw new Unauthorized("cannot read the pool's JWKS: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unauthorized("interrupted reading the JWKS");
        }
    }

    private static Map<String, String> asStrings(JWTClaimsSet claims) {
        Map<String, String> strings = new LinkedHashMap<>();
        claims.getClaims().forEach((name, value) -> {
            if (value instanceof Date date && TIME_CLAIMS.contains(name)) {
                strings.put(name, CLAIM_TIME.format(date.toInstant()));
            } else if (value instanceof Number seconds && TIME_CLAIMS.contains(name)) {
                strings.put(name, CLAIM_TIME.format(Instant.ofEpochSecond(seconds.longValue())));
            } else if (value instanceof List<?> list && name.equals("aud") && list.size() == 1) {
                strings.put(name, String.valueOf(list.get(0)));
            } else {
                strings.put(name, String.valueOf(value));
            }
        });
        return strings;
    }
}
