package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each of the authorizer's checks, against a JWKS served locally for a throwaway pool key. */
class CognitoAuthorizerTest {

    private static final String ISSUER = "http://localhost:9229/local_pool";
    private static final String CLIENT = "client-1";
    /** The pool client's IdTokenValidity in template.yaml. */
    private static final Duration VALIDITY = Duration.ofMinutes(60);
    private static RSAKey poolKey;
    private static HttpServer jwksServer;
    private static CognitoAuthorizer authorizer;

    @BeforeAll
    static void serveJwks() throws Exception {
        poolKey = new RSAKeyGenerator(2048).keyID("pool-key").generate();
        byte[] jwks = new JWKSet(poolKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwksServer.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        jwksServer.start();
        authorizer = new CognitoAuthorizer(URI.create("http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks"),
                ISSUER, CLIENT, VALIDITY, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        jwksServer.stop(0);
    }

    @Test
    void aValidIdTokenGivesItsClaimsAsStrings() throws Exception {
        Map<String, String> claims = authorizer.authorize("Bearer " + token(poolKey, c -> { }));
        assertEquals("user-1", claims.get("sub"));
        assertEquals(CLIENT, claims.get("aud"));
        assertEquals("true", claims.get("email_verified"));
        assertEquals(claims, authorizer.authorize(token(poolKey, c -> { })).keySet().stream()
                .collect(java.util.stream.Collectors.toMap(k -> k, claims::get)));
    }

    @Test
    void eachFailedCheckIsUnauthorized() throws Exception {
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID("pool-key").generate();
        assertUnauthorized(token(otherKey, c -> { }));
        assertUnauthorized(token(poolKey, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(1)))));
        assertUnauthorized(token(poolKey, c -> c.issuer("http://localhost:9229/other_pool")));
        assertUnauthorized(token(poolKey, c -> c.audience("other-client")));
        assertUnauthorized(token(poolKey, c -> c.claim("token_use", "access")));
        assertUnauthorized(null);
        assertUnauthorized("Bearer ");
        assertUnauthorized("Bearer x.y.z");
    }

    @Test
    void aRememberedTokenGivesTheSameClaimsAndIsRefusedOnceItHasExpired() throws Exception {
        // given an authorizer whose clock we move, and a token valid for ten minutes that it has checked once
        MovableClock clock = new MovableClock(Instant.now());
        CognitoAuthorizer remembering = new CognitoAuthorizer(
                URI.create("http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks"), ISSUER, CLIENT, VALIDITY,
                clock);
        String token = token(poolKey, c -> c.expirationTime(Date.from(clock.instant().plusSeconds(600))));
        Map<String, String> first = remembering.authorize("Bearer " + token);

        // when it is used again within its life, then the same claims; a changed copy does not change them
        Map<String, String> again = remembering.authorize("Bearer " + token);
        assertEquals(first, again);
        again.put("sub", "someone-else");
        assertEquals("user-1", remembering.authorize(token).get("sub"));

        // when its expiry has passed, then it is refused, remembered or not
        clock.now = clock.instant().plusSeconds(601);
        assertThrows(CognitoAuthorizer.Unauthorized.class, () -> remembering.authorize("Bearer " + token));
        assertThrows(CognitoAuthorizer.Unauthorized.class, () -> remembering.authorize("Bearer " + token));
    }

    @Test
    void aTokenWithOneCharacterChangedIsCheckedAfreshAndRefused() throws Exception {
        String token = token(poolKey, c -> { });
        authorizer.authorize(token);
        int last = token.length() - 2;
        String tampered = token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.substring(last + 1);

        assertUnauthorized(tampered);
    }

    @Test
    void aTokenWithoutAKeyIdIsRefusedEvenWhenThePoolHasOneKey() throws Exception {
        // given a token signed by the pool's key but with no kid in its header
        JWTClaimsSet claims = claims(c -> { }).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims);
        jwt.sign(new RSASSASigner(poolKey));

        // when it is presented, then it is refused: Cognito names the key of every token it signs
        assertUnauthorized("Bearer " + jwt.serialize());
    }

    @Test
    void aTokenNotValidForAnotherHourIsRefused() throws Exception {
        Instant now = Instant.now();
        assertUnauthorized(token(poolKey, c -> c.notBeforeTime(Date.from(now.plusSeconds(3600)))));
    }

    @Test
    void aTokenIssuedTomorrowIsRefused() throws Exception {
        Instant tomorrow = Instant.now().plusSeconds(24 * 3600);
        assertUnauthorized(token(poolKey, c -> c.issueTime(Date.from(tomorrow))
                .expirationTime(Date.from(tomorrow.plusSeconds(600)))));
    }

    @Test
    void aTokenWithoutAnIssueTimeIsRefused() throws Exception {
        assertUnauthorized(token(poolKey, c -> c.issueTime(null)));
    }

    @Test
    void aTokenThatLivesLongerThanThePoolsIdTokenValidityIsRefused() throws Exception {
        // given the pool's ID tokens live 60 minutes: a forged one that lives a day is refused
        Instant now = Instant.now();
        assertUnauthorized(token(poolKey, c -> c.issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofDays(1))))));
        // and so is one that lives just past the validity and the clock skew
        assertUnauthorized(token(poolKey, c -> c.issueTime(Date.from(now)).expirationTime(Date.from(
                now.plus(VALIDITY).plus(CognitoAuthorizer.CLOCK_SKEW).plusSeconds(1)))));
    }

    @Test
    void aTokenWithinTheClockSkewAndTheFullValidityIsAccepted() throws Exception {
        // given a token as cognito-local issues it on a clock a little ahead of ours: iat and nbf 30 s in the future,
        // exp the pool's whole validity after iat
        Instant ahead = Instant.now().plusSeconds(30);
        String token = token(poolKey, c -> c.issueTime(Date.from(ahead)).notBeforeTime(Date.from(ahead))
                .expirationTime(Date.from(ahead.plus(VALIDITY))));

        // when it is presented, then it passes
        assertEquals("user-1", authorizer.authorize("Bearer " + token).get("sub"));
    }

    private static JWTClaimsSet.Builder claims(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("user-1").issuer(ISSUER).audience(CLIENT)
                .claim("token_use", "id").claim("email_verified", true)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));
        change.accept(claims);
        return claims;
    }

    private static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static void assertUnauthorized(String header) {
        assertThrows(CognitoAuthorizer.Unauthorized.class, () -> authorizer.authorize(header));
    }

    private static String token(RSAKey key, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims(change).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
